import type { Block, Course, Inline, Question } from "@coursepack/course-model";
import type { TrackerSnapshot } from "@coursepack/tracking";

/**
 * Where the learner may go and what comes next: pure functions of the course and the tracker's snapshot,
 * so the rules are tested without a browser and the shell stays a thin event-to-tracker switch.
 *
 * Page ids are the tracker's bookmark values: "welcome", an outcome id (its section), "assessment" (only
 * when feedback comes at the end), "results" and "certificate".
 */
export const WELCOME = "welcome";
export const ASSESSMENT = "assessment";
export const RESULTS = "results";
export const CERTIFICATE = "certificate";

export type PageKind = "welcome" | "section" | "assessment" | "results" | "certificate";

/** True when the questions are answered on one assessment screen after the sections. */
export function hasEndAssessment(course: Course): boolean {
  return course.assessment.feedback === "end" && course.questions.length > 0;
}

export function pageKind(course: Course, pageId: string): PageKind | null {
  if (pageId === WELCOME) return "welcome";
  if (pageId === RESULTS) return "results";
  if (pageId === CERTIFICATE) return "certificate";
  if (pageId === ASSESSMENT) return hasEndAssessment(course) ? "assessment" : null;
  return course.outcomes.some((o) => o.id === pageId) ? "section" : null;
}

/** Every page in reading order, as the contents lists them. */
export function pageIds(course: Course): string[] {
  const ids = [WELCOME, ...course.outcomes.map((o) => o.id)];
  if (hasEndAssessment(course)) ids.push(ASSESSMENT);
  ids.push(RESULTS, CERTIFICATE);
  return ids;
}

export function questionsOf(course: Course, outcomeId: string): Question[] {
  return course.questions.filter((q) => q.outcomeId === outcomeId);
}

/** Questions of the current attempt not answered yet, optionally of one outcome only, in course order. */
export function unanswered(course: Course, snap: TrackerSnapshot, outcomeId?: string): Question[] {
  return course.questions.filter((q) => (outcomeId === undefined || q.outcomeId === outcomeId) && !isAnswered(snap, q.id));
}

/** An answer with no choice picked (every box unticked again) counts as not answered. */
export function isAnswered(snap: TrackerSnapshot, questionId: string): boolean {
  return (snap.answers[questionId]?.choiceIds.length ?? 0) > 0;
}

/** The "sections" rules move forward one section at a time; "assessment" lets the learner skip reading. */
function isLinear(course: Course): boolean {
  return course.completion !== "assessment";
}

function allSectionsDone(course: Course, snap: TrackerSnapshot): boolean {
  return course.outcomes.every((o) => snap.sectionsDone.includes(o.id));
}

/** Moving back is always allowed; moving forward only as far as the completion rule lets. */
export function isUnlocked(course: Course, snap: TrackerSnapshot, pageId: string): boolean {
  switch (pageKind(course, pageId)) {
    case "welcome":
      return true;
    case "section": {
      const index = course.outcomes.findIndex((o) => o.id === pageId);
      return !isLinear(course) || course.outcomes.slice(0, index).every((o) => snap.sectionsDone.includes(o.id));
    }
    case "assessment":
      return !isLinear(course) || allSectionsDone(course, snap);
    case "results":
      return course.questions.length > 0 ? snap.submitted : allSectionsDone(course, snap);
    case "certificate":
      return snap.completed && snap.passed !== false;
    default:
      return false;
  }
}

export function isDone(course: Course, snap: TrackerSnapshot, pageId: string): boolean {
  const kind = pageKind(course, pageId);
  if (kind === "section") return snap.sectionsDone.includes(pageId);
  if (kind === "assessment") return snap.submitted;
  return false;
}

/** Where the learner goes after a section, and whether that move submits the knowledge check. */
export interface Move {
  readonly pageId: string;
  readonly submit: boolean;
  /** Questions still open when the learner is sent back to answer them instead of finishing; else 0. */
  readonly open: number;
}

/**
 * After the last section with per-question feedback the knowledge check is submitted, but only once every
 * question is answered: otherwise the learner is taken to the first section with one still open.
 */
export function afterSection(course: Course, snap: TrackerSnapshot, outcomeId: string): Move {
  const index = course.outcomes.findIndex((o) => o.id === outcomeId);
  const next = course.outcomes[index + 1];
  if (next) return { pageId: next.id, submit: false, open: 0 };
  if (hasEndAssessment(course)) return { pageId: ASSESSMENT, submit: false, open: 0 };
  if (course.questions.length === 0 || snap.submitted) return { pageId: RESULTS, submit: false, open: 0 };
  const open = unanswered(course, snap);
  const first = open[0];
  return first ? { pageId: first.outcomeId, submit: false, open: open.length } : { pageId: RESULTS, submit: true, open: 0 };
}

/** Where a new attempt at the knowledge check starts. */
export function retryPage(course: Course): string {
  if (hasEndAssessment(course)) return ASSESSMENT;
  return course.questions[0]?.outcomeId ?? course.outcomes[0]?.id ?? WELCOME;
}

/** Resume at the bookmark when it is still a page the learner may open, else at the first open section. */
export function resumePage(course: Course, snap: TrackerSnapshot): string {
  const at = snap.location;
  if (at && at !== WELCOME && pageKind(course, at) && isUnlocked(course, snap, at)) return at;
  const open = course.outcomes.find((o) => !snap.sectionsDone.includes(o.id));
  if (open) return open.id;
  if (hasEndAssessment(course) && !snap.submitted) return ASSESSMENT;
  return isUnlocked(course, snap, RESULTS) ? RESULTS : (course.outcomes[0]?.id ?? WELCOME);
}

/** "Section 3 of 16" for a section page; null elsewhere. */
export function sectionNumber(course: Course, pageId: string): { current: number; total: number } | null {
  const index = course.outcomes.findIndex((o) => o.id === pageId);
  return index < 0 ? null : { current: index + 1, total: course.outcomes.length };
}

const WORDS_PER_MINUTE = 180;
const MINUTES_PER_QUESTION = 1;

/** Reading time of the sections plus a minute a question, rounded up to 5 minutes. */
export function estimateMinutes(course: Course): number {
  const words = course.outcomes.reduce((n, o) => n + countBlockWords(o.content), 0);
  const minutes = words / WORDS_PER_MINUTE + course.questions.length * MINUTES_PER_QUESTION;
  return Math.max(5, Math.ceil(minutes / 5) * 5);
}

function countBlockWords(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.t === "p" || b.t === "h") n += countInlineWords(b.c);
    else if (b.t === "ul" || b.t === "ol") n += b.items.reduce((m, item) => m + countBlockWords(item), 0);
    else if (b.t === "quote") n += countBlockWords(b.c);
  }
  return n;
}

function countInlineWords(inlines: readonly Inline[]): number {
  let n = 0;
  for (const i of inlines) {
    if (i.t === "text" || i.t === "code") n += i.v.split(/\s+/).filter(Boolean).length;
    else if (i.t === "em" || i.t === "strong" || i.t === "link") n += countInlineWords(i.c);
  }
  return n;
}
