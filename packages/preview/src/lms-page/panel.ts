/**
 * The panel beside the module: what the LMS holds (status, score, every objective, interactions, location,
 * time) and the saved progress decoded from suspend_data. Everything is text content (dom.ts), and nothing
 * here knows SCORM element names: model-view.ts and progress-view.ts read them.
 */
import type { Course, ScormVersion } from "@coursepack/course-model";
import type { Child } from "./dom.ts";
import { el, fill } from "./dom.ts";
import type { ModelView } from "./model-view.ts";
import { readModel } from "./model-view.ts";
import type { ProgressView } from "./progress-view.ts";
import { readProgress } from "./progress-view.ts";
import type { CmiJson } from "./resume-data.ts";

export interface PanelInput {
  readonly version: ScormVersion;
  readonly course: Course;
  /** The data model to show (live or stored), with its total time; null when there is none yet. */
  readonly cmi: CmiJson | null;
  readonly totalTime: string;
  /** Shown when `cmi` is null. */
  readonly empty: string;
}

/** Renders into `target`, keeping which <details> the author had open across re-renders. */
export function renderPanel(target: HTMLElement, input: PanelInput): void {
  const open = new Set([...target.querySelectorAll("details[open]")].map((d) => d.id));
  if (!input.cmi) return fill(target, el("p", { class: "empty" }, input.empty));
  const view = readModel(input.version, input.cmi, input.totalTime);
  fill(target, ...modelSections(view), ...progressSection(readProgress(input.course, view.suspendData), view, open));
}

function modelSections(view: ModelView): Child[] {
  return [
    el("h3", {}, "Status and score"),
    el("dl", { class: "facts" }, view.facts.flatMap((f) => [el("dt", {}, f.label, " ", el("span", { class: "element" }, f.element)), el("dd", {}, f.value)])),
    el("h3", {}, `Objectives (${view.objectives.length})`),
    table("Objectives", ["Objective id", "Score", "Status"], view.objectives.map((o) => [o.id, o.score, o.status])),
    el("h3", {}, `Interactions (${view.interactions.length})`),
    table("Interactions", ["Interaction id", "Type", "Response", "Result"], view.interactions.map((i) => [i.id, i.type, i.response, i.result])),
  ];
}

function progressSection(progress: ProgressView, view: ModelView, open: ReadonlySet<string>): Child[] {
  const size = `${view.suspendData.length} of ${view.suspendLimit} characters`;
  return [
    el("h3", {}, "Saved progress (suspend_data)"),
    progress.state === "ok" ? null : el("p", { class: progress.state === "unreadable" ? "problem" : "empty" }, progress.message),
    progress.facts.length ? el("dl", { class: "facts" }, progress.facts.flatMap((f) => [el("dt", {}, f.label), el("dd", {}, f.value)])) : null,
    details("sections-done", `Sections done (${progress.sections.length})`, open, el("ol", {}, progress.sections.map((s) => el("li", {}, s)))),
    details("answers", `Answers (${progress.answers.length})`, open, el("ol", { class: "answers" }, progress.answers.map((a) =>
      el("li", {}, el("span", { class: "prompt" }, a.question), " ", el("span", { class: "answer" }, a.answer), " ",
        el("strong", { class: a.correct ? "right" : "wrong" }, a.correct ? "(right)" : "(wrong)"))))),
    details("raw-suspend-data", `The value itself (${size})`, open, el("pre", { class: "raw" }, view.suspendData || "(empty)")),
  ];
}

function details(id: string, summary: string, open: ReadonlySet<string>, body: Child): HTMLDetailsElement {
  const node = el("details", { id }, el("summary", {}, summary), body);
  node.open = open.has(id);
  return node;
}

function table(caption: string, headings: readonly string[], rows: readonly (readonly string[])[]): HTMLElement {
  if (rows.length === 0) return el("p", { class: "empty" }, `No ${caption.toLowerCase()} yet.`);
  return el("div", { class: "table-wrap" },
    el("table", {},
      el("caption", { class: "visually-hidden" }, caption),
      el("thead", {}, el("tr", {}, headings.map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows.map(([first = "", ...rest]) => el("tr", {}, el("th", { scope: "row" }, first), rest.map((cell) => el("td", {}, cell)))))));
}
