/**
 * The log of API calls: each call with its arguments, what it returned and the error code it left; calls
 * Moodle would reject and calls a fault answered are marked in words (not by colour alone). New entries are
 * appended, never re-rendered, so a long session stays fast.
 */
import type { Child } from "./dom.ts";
import { el } from "./dom.ts";
import type { LogItem } from "./controller.ts";
import type { CallEntry, Faults } from "./lms.ts";

/** Longer values (suspend_data) are cut in the list; the full value is in the panel. */
const SHOWN_CHARS = 160;
/** The oldest entries are dropped from the page beyond this; the controller keeps them all. */
const MAX_SHOWN = 3000;
const READS = /GetValue|GetLastError|GetErrorString|GetDiagnostic/;

const FAULT_TEXT: Record<keyof Faults, string> = {
  commitFails: "fault: commit fails",
  throws: "fault: LMS not answering",
  slow: "fault: slow LMS",
  noLms: "fault: no LMS",
};

export interface LogView {
  /** Shows the entries of `log` not shown yet; starts over when the log was cleared. */
  update(log: readonly LogItem[]): void;
}

export function createLogView(list: HTMLOListElement): LogView {
  let shown = 0;
  let source: readonly LogItem[] | null = null;
  return {
    update(log) {
      // A new array means the log was cleared.
      if (log !== source) {
        list.replaceChildren();
        shown = 0;
        source = log;
      }
      const stick = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
      for (const item of log.slice(shown)) list.append(item.kind === "launch" ? el("li", { class: "launch" }, item.text) : callItem(item.call));
      shown = log.length;
      while (list.childElementCount > MAX_SHOWN) list.firstElementChild?.remove();
      if (stick) list.scrollTop = list.scrollHeight;
    },
  };
}

function callItem(call: CallEntry): HTMLLIElement {
  const bad = call.violations.length > 0;
  const failed = call.result === "false" || call.result === "(threw)" || (call.error !== "0" && call.error !== "");
  const classes = ["call", READS.test(call.method) ? "read" : "", bad ? "violation" : "", failed ? "failed" : ""].filter(Boolean).join(" ");
  const parts: Child[] = [
    el("span", { class: "time" }, `${(call.at / 1000).toFixed(1)} s`), " ",
    el("code", {}, `${call.method}(${call.args.map(quote).join(", ")})`), " → ",
    el("code", {}, call.result === "(threw)" ? "threw an exception" : quote(call.result)),
    call.error !== "0" && call.error !== "" ? ` error ${call.error}${call.errorText ? ` (${call.errorText})` : ""}` : null,
    call.ms >= 100 ? ` took ${(call.ms / 1000).toFixed(1)} s` : null,
    call.fault ? [" ", el("span", { class: "tag" }, FAULT_TEXT[call.fault])] : null,
  ];
  const problems = call.violations.map((v) => el("p", { class: "rejected" }, el("strong", {}, "Moodle would reject this: "), `${v.reason} (error ${v.code})`));
  return el("li", { class: classes }, el("p", { class: "line" }, parts), problems);
}

function quote(value: string): string {
  const cut = value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}… (${value.length} characters)` : value;
  return JSON.stringify(cut);
}
