import type { Course } from "@coursepack/course-model";
import type { AnswerRecord, LmsKind, SaveState, Tracker, TrackerListener, TrackerSnapshot } from "@coursepack/tracking";

/**
 * An in-memory Tracker for the player's tests (never shipped): the same rules the real tracker follows
 * (scores per outcome from their questions, pass mark, attempts, completion rule), no LMS. It records every
 * call so tests can assert what the shell told the tracker, and lets a test set the save state and LMS kind.
 */
export class FakeTracker implements Tracker {
  readonly calls: string[] = [];
  private state: TrackerSnapshot;
  private readonly listeners = new Set<TrackerListener>();

  constructor(
    private readonly course: Course,
    start: Partial<TrackerSnapshot> = {},
  ) {
    this.state = { ...emptySnapshot(), ...start };
  }

  snapshot(): TrackerSnapshot {
    return this.state;
  }

  subscribe(listener: TrackerListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  visit(pageId: string): void {
    this.calls.push(`visit ${pageId}`);
    this.update({ location: pageId });
  }

  completeSection(outcomeId: string): void {
    this.calls.push(`completeSection ${outcomeId}`);
    if (this.state.sectionsDone.includes(outcomeId)) return;
    this.update({ sectionsDone: [...this.state.sectionsDone, outcomeId] });
  }

  answer(questionId: string, choiceIds: readonly string[]): AnswerRecord {
    this.calls.push(`answer ${questionId} ${choiceIds.join(",")}`);
    const question = this.course.questions.find((q) => q.id === questionId);
    if (!question) throw new Error(`unknown question ${questionId}`);
    const right = question.choices.filter((c) => c.correct).map((c) => c.id);
    const record = { choiceIds: [...choiceIds], correct: sameSet(right, choiceIds) };
    this.update({ answers: { ...this.state.answers, [questionId]: record } });
    return record;
  }

  submitAssessment(): void {
    this.calls.push("submitAssessment");
    const outcomeScores = Object.fromEntries(this.course.outcomes.map((o) => [o.id, this.outcomeScore(o.id)]));
    const all = this.course.questions;
    const score = all.length ? Math.round((100 * all.filter((q) => this.state.answers[q.id]?.correct).length) / all.length) : null;
    const passMark = this.course.assessment.passMark;
    const passed = passMark === null || score === null ? null : score >= passMark;
    const attemptsUsed = this.state.attemptsUsed + 1;
    const limit = this.course.assessment.attempts;
    const canRetry = passed === false && (limit === 0 || attemptsUsed < limit);
    this.update({ submitted: true, outcomeScores, score, passed, attemptsUsed, canRetry });
  }

  retry(): void {
    this.calls.push("retry");
    this.update({ answers: {}, submitted: false, outcomeScores: {}, score: null, passed: null });
  }

  exit(): void {
    this.calls.push("exit");
    this.update({ finished: true });
  }

  /** Test control: what the save indicator should show. */
  setSaveState(saveState: SaveState): void {
    this.update({ saveState });
  }

  setLms(lms: LmsKind): void {
    this.update({ lms });
  }

  private outcomeScore(outcomeId: string): number | null {
    const questions = this.course.questions.filter((q) => q.outcomeId === outcomeId);
    if (!questions.length) return null;
    return Math.round((100 * questions.filter((q) => this.state.answers[q.id]?.correct).length) / questions.length);
  }

  private update(change: Partial<TrackerSnapshot>): void {
    const next = { ...this.state, ...change };
    this.state = { ...next, completed: this.isCompleted(next) };
    for (const listener of this.listeners) listener(this.state);
  }

  private isCompleted(s: TrackerSnapshot): boolean {
    const sections = this.course.outcomes.every((o) => s.sectionsDone.includes(o.id));
    if (this.course.completion === "sections") return sections;
    if (this.course.completion === "assessment") return s.submitted;
    return sections && (s.submitted || this.course.questions.length === 0);
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function emptySnapshot(): TrackerSnapshot {
  return {
    lms: "scorm12",
    learnerName: "Alex Morgan",
    resumed: false,
    location: null,
    sectionsDone: [],
    answers: {},
    attemptsUsed: 0,
    canRetry: false,
    submitted: false,
    outcomeScores: {},
    score: null,
    completed: false,
    passed: null,
    saveState: "saved",
    finished: false,
  };
}
