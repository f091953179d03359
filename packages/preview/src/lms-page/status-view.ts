/**
 * The page's status lines: the course's diagnostics (errors announced, with where and how to fix them),
 * what the LMS has stored, and whether the module is open.
 */
import type { Diagnostic } from "@coursepack/course-model";
import type { PreviewState } from "../protocol.ts";
import type { Controller, LogItem } from "./controller.ts";
import { el, fill } from "./dom.ts";

export function renderDiagnostics(errors: HTMLElement, warnings: HTMLElement, state: PreviewState): void {
  const bad = state.diagnostics.filter((d) => d.severity === "error");
  const minor = state.diagnostics.filter((d) => d.severity === "warning");
  const loadedBefore = state.variants.length > 0;
  fill(errors, bad.length === 0 ? null : [
    el("h2", {}, `The course has ${count(bad.length, "error")}`),
    el("p", {}, loadedBefore
      ? "The module below is the last version that loaded. Fix the course and save it: the preview reloads it."
      : "The module appears when the course loads. Fix the course and save it: the preview reloads it."),
    el("ul", {}, bad.map(diagnosticItem)),
  ]);
  warnings.hidden = minor.length === 0;
  fill(warnings, minor.length === 0 ? null : el("details", {}, el("summary", {}, count(minor.length, "warning")), el("ul", {}, minor.map(diagnosticItem))));
}

function diagnosticItem(d: Diagnostic): HTMLLIElement {
  const at = d.line === undefined ? d.file : `${d.file}:${d.line}${d.column === undefined ? "" : `:${d.column}`}`;
  return el("li", {}, el("code", {}, at), ` ${d.severity} ${d.code}: ${d.message}`, d.hint ? el("p", { class: "hint" }, `Hint: ${d.hint}`) : null);
}

/** "Last stored at 10:41:02 …": what a relaunch would get, and whether saving is failing. */
export function storeText(controller: Controller): string {
  const stored = controller.stored;
  const failing = failedSaves(controller.log);
  const failures = failing > 0 ? ` ${count(failing, "save")} failed since then.` : "";
  if (!stored) return `The LMS has stored nothing in this attempt yet.${failures}`;
  const live = controller.current?.data();
  const behind = live && JSON.stringify(live) !== JSON.stringify(stored.cmi);
  const time = new Date(stored.at).toLocaleTimeString("en-GB");
  return `The LMS last stored the module's data at ${time}.${behind ? " Newer values are not stored yet." : " It holds everything the module sent."}${failures}`;
}

/** Commits and finishes that failed since the last one that succeeded. */
function failedSaves(log: readonly LogItem[]): number {
  let failed = 0;
  for (let i = log.length - 1; i >= 0; i--) {
    const item = log[i]!;
    if (item.kind !== "call" || !/Commit|Finish|Terminate/.test(item.call.method)) continue;
    if (item.call.result === "true") break;
    failed += 1;
  }
  return failed;
}

export function moduleStatusText(controller: Controller): string {
  if (!controller.variant) return "No module yet: the course has not loaded.";
  if (!controller.open) return "The module is closed. Resume launches it again with what the LMS stored.";
  const how = controller.faults.noLms ? "without an LMS" : `entry = ${controller.current?.entry || "\"\""}`;
  return `Module open: SCORM ${controller.version}, ${how}.`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
