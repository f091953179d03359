/**
 * The outcomes-to-standards matrix of a course (dist/<course-id>.standards.html), for training managers and
 * inspectors: for each framework ref (Care certificate 3, QCF HSC025 ...), which learning outcomes and which
 * knowledge-check questions evidence it.
 *
 * Course profiles name the standards for the course as a whole, never per outcome, so by default every
 * outcome is shown against every ref and the page says so: a course-level claim, not a mapping. Given a
 * per-outcome mapping (outcome id -> refs), the same page shows that mapping instead, refs that no outcome
 * covers included, so gaps are visible.
 */
import type { Course, LearningOutcome, Question } from "@coursepack/course-model";
import type { SafeHtml } from "../html.ts";
import { html } from "../html.ts";
import { page, standardsText } from "./page.ts";

export interface StandardRef {
  /** The framework's name as the course writes it, e.g. "Care certificate". */
  readonly framework: string;
  readonly ref: string;
}

/** Which refs each outcome evidences, by outcome id. */
export type OutcomeStandards = Readonly<Record<string, readonly StandardRef[]>>;

export interface StandardEvidence {
  readonly standard: StandardRef;
  /** False for a ref named by an outcome but missing from the course's frameworks. */
  readonly declared: boolean;
  readonly outcomeIds: readonly string[];
  readonly questionIds: readonly string[];
}

export interface OutcomeEvidence {
  readonly outcome: LearningOutcome;
  readonly standards: readonly StandardRef[];
  readonly questions: readonly Question[];
}

export interface StandardsMatrix {
  readonly course: Course;
  /** course: every outcome against every ref of the course; outcome: from a per-outcome mapping. */
  readonly attribution: "course" | "outcome";
  readonly standards: readonly StandardEvidence[];
  readonly outcomes: readonly OutcomeEvidence[];
}

export function standardsFileName(courseId: string): string {
  return `${courseId}.standards.html`;
}

export function refLabel(s: StandardRef): string {
  return `${s.framework} ${s.ref}`;
}

const keyOf = (s: StandardRef): string => `${s.framework}\u0000${s.ref}`;

export function standardsMatrix(course: Course, mapping?: OutcomeStandards): StandardsMatrix {
  const declared = course.frameworks.flatMap((f) => f.refs.map((ref) => ({ framework: f.name, ref })));
  const refsOf = (outcome: LearningOutcome): readonly StandardRef[] => (mapping ? (mapping[outcome.id] ?? []) : declared);
  const outcomes = course.outcomes.map((outcome) => ({
    outcome,
    standards: refsOf(outcome),
    questions: course.questions.filter((q) => q.outcomeId === outcome.id),
  }));
  const standards = [...declared, ...undeclared(declared, outcomes)].map((standard, index) => {
    const evidence = outcomes.filter((o) => o.standards.some((s) => keyOf(s) === keyOf(standard)));
    return {
      standard,
      declared: index < declared.length,
      outcomeIds: evidence.map((o) => o.outcome.id),
      questionIds: evidence.flatMap((o) => o.questions.map((q) => q.id)),
    };
  });
  return { course, attribution: mapping ? "outcome" : "course", standards, outcomes };
}

/** Refs an outcome names that the course does not declare: kept, after the declared ones, never dropped. */
function undeclared(declared: readonly StandardRef[], outcomes: readonly OutcomeEvidence[]): StandardRef[] {
  const seen = new Set(declared.map(keyOf));
  const extra: StandardRef[] = [];
  for (const s of outcomes.flatMap((o) => o.standards)) {
    if (seen.has(keyOf(s))) continue;
    seen.add(keyOf(s));
    extra.push(s);
  }
  return extra;
}

export function standardsMatrixHtml(course: Course, mapping?: OutcomeStandards): string {
  const matrix = standardsMatrix(course, mapping);
  const body = html`<dl>
<dt>Course</dt><dd>${course.title} <code>${course.id}</code>, ${course.duration.label}</dd>
<dt>Standards supported</dt><dd>${standardsText(course.frameworks) || "none named"}</dd>
</dl>
${attributionNote(matrix)}
${byStandard(matrix)}
${byOutcome(matrix)}
${questionList(course)}`;
  return page(`Standards matrix: ${course.title}`, body, course.language);
}

function attributionNote(m: StandardsMatrix): SafeHtml {
  if (m.standards.length === 0) return html`<p>This course names no standards, so there is nothing to map.</p>`;
  if (m.attribution === "outcome") return html`<p>Each learning outcome is mapped to the standards it evidences, as the course source states.</p>`;
  return html`<p><strong>The course as a whole supports ${standardsText(m.course.frameworks)}.</strong> The course source does not say which learning outcome covers which standard, so every outcome and every question is shown against every standard: read this as a claim for the whole course, not as a mapping of each outcome.</p>`;
}

function byStandard(m: StandardsMatrix): SafeHtml {
  if (m.standards.length === 0) return html``;
  const all = m.attribution === "course";
  const rows = m.standards.map((s) => {
    const outcomes = all ? html`All ${m.outcomes.length} learning outcomes (the course as a whole)` : outcomeList(m, s.outcomeIds);
    const questions = s.questionIds.length === 0 ? "none" : all ? html`All ${s.questionIds.length} questions` : idList(s.questionIds);
    const note = s.declared ? "" : html` <em>(not among the course's standards)</em>`;
    return html`<tr><th scope="row">${refLabel(s.standard)}${note}</th><td>${outcomes}</td><td class="ids">${questions}</td></tr>\n`;
  });
  return html`<h2>Evidence for each standard</h2>
<table>
<caption>Learning outcomes and questions that evidence each standard</caption>
<thead><tr><th scope="col">Standard</th><th scope="col">Learning outcomes</th><th scope="col">Questions</th></tr></thead>
<tbody>
${rows}</tbody>
</table>`;
}

function outcomeList(m: StandardsMatrix, ids: readonly string[]): SafeHtml | string {
  if (ids.length === 0) return "none: no learning outcome evidences this standard";
  const items = m.outcomes.flatMap((o, i) => (ids.includes(o.outcome.id) ? [html`<li>${i + 1}. ${o.outcome.text}</li>`] : []));
  return html`<ul>${items}</ul>`;
}

function byOutcome(m: StandardsMatrix): SafeHtml {
  if (m.standards.length === 0) return html``;
  const refs = m.standards.map((s) => html`<th scope="col"><span class="visually-hidden">${s.standard.framework} </span>${s.standard.ref}</th>`);
  const groups = frameworkGroups(m.standards).map((g) => html`<th scope="colgroup" colspan="${g.span}">${g.framework}</th>`);
  const cols = frameworkGroups(m.standards).map((g) => html`<colgroup span="${g.span}"></colgroup>`);
  const rows = m.outcomes.map((o, i) => {
    const has = new Set(o.standards.map(keyOf));
    const marks = m.standards.map((s) => (has.has(keyOf(s.standard)) ? html`<td class="mark">✓<span class="visually-hidden"> evidences</span></td>` : html`<td class="mark"><span class="visually-hidden">no</span></td>`));
    const questions = o.questions.length === 0 ? "none" : idList(o.questions.map((q) => q.id));
    return html`<tr><th scope="row">${i + 1}. ${o.outcome.text}${daysNote(o.outcome, m.course)}</th>${marks}<td class="ids">${questions}</td></tr>\n`;
  });
  return html`<h2>Learning outcomes against standards</h2>
<table>
<caption>Each learning outcome, the standards it evidences (✓) and its questions</caption>
<colgroup></colgroup>${cols}<colgroup></colgroup>
<thead><tr><th scope="col" rowspan="2">Learning outcome</th>${groups}<th scope="col" rowspan="2">Questions</th></tr>
<tr>${refs}</tr></thead>
<tbody>
${rows}</tbody>
</table>`;
}

/** One id a line: ids are long and hyphenated, and break badly inside a cell. */
function idList(ids: readonly string[]): SafeHtml {
  return html`${ids.map((id, i) => html`${i > 0 ? html`<br>` : ""}<code class="nowrap">${id}</code>`)}`;
}

function frameworkGroups(standards: readonly StandardEvidence[]): { framework: string; span: number }[] {
  const groups: { framework: string; span: number }[] = [];
  for (const s of standards) {
    const last = groups.at(-1);
    if (last?.framework === s.standard.framework) last.span++;
    else groups.push({ framework: s.standard.framework, span: 1 });
  }
  return groups;
}

/** Outcomes taught only in some course lengths, as profiles write it: "(2 & 3 day courses only)". */
function daysNote(outcome: LearningOutcome, course: Course): string {
  if (outcome.days.length >= course.duration.days.length) return "";
  const days = outcome.days.map((d) => (d === 0.5 ? "half" : String(d))).join(" & ");
  return ` (${days} day course${outcome.days.length === 1 ? "" : "s"} only)`;
}

function questionList(course: Course): SafeHtml {
  if (course.questions.length === 0) return html`<h2>Questions</h2>\n<p>This course has no knowledge-check questions.</p>`;
  const number = new Map(course.outcomes.map((o, i) => [o.id, i + 1]));
  const rows = course.questions.map((q) => html`<tr><th scope="row"><code>${q.id}</code></th><td>${number.get(q.outcomeId) ?? ""}</td><td>${q.prompt}</td></tr>\n`);
  return html`<h2>Questions</h2>
<table>
<caption>The knowledge-check questions, with the number of the learning outcome each evidences</caption>
<thead><tr><th scope="col">Question id</th><th scope="col">Outcome</th><th scope="col">Question</th></tr></thead>
<tbody>
${rows}</tbody>
</table>`;
}
