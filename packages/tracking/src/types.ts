/**
 * The contract between the learner module (player) and the tracking runtime. The player only ever sees
 * this: no `cmi.*`, no SCORM versions. Kept small on purpose.
 */

/**
 * What the learner is told about saving: "Saved", "Saving…", "Not saved: ...". `saving`: a save failed once
 * and a quick retry is pending; `not-saved`: the retry failed too (retries go on until a save succeeds).
 */
export type SaveState = "saved" | "saving" | "not-saved";

/** Which LMS the tracker found; "standalone" means no LMS (progress kept in this browser only). */
export type LmsKind = "scorm12" | "scorm2004" | "standalone";

export interface AnswerRecord {
  /** The choice ids the learner picked, in the order they appear in the question. */
  readonly choiceIds: readonly string[];
  readonly correct: boolean;
}

export interface TrackerSnapshot {
  readonly lms: LmsKind;
  /** From the LMS (`cmi.core.student_name` / `cmi.learner_name`), "" when unknown. Shown as "First Last". */
  readonly learnerName: string;
  /** True when this session continues an earlier one (entry = resume with usable data). */
  readonly resumed: boolean;
  /** The page the learner was last on ("welcome", an outcome id, "assessment", "results"), or null. */
  readonly location: string | null;
  /** Outcome ids whose section the learner has completed. */
  readonly sectionsDone: readonly string[];
  /** Answers of the current attempt, by question id. */
  readonly answers: Readonly<Record<string, AnswerRecord>>;
  /** Knowledge-check submissions made so far (0 before the first). */
  readonly attemptsUsed: number;
  /** True when the learner may submit (again): attempts remain and not yet passed. */
  readonly canRetry: boolean;
  /** True once the current attempt's knowledge check is submitted (scores final). */
  readonly submitted: boolean;
  /** 0-100 per outcome id; null for an outcome whose questions are not all answered/submitted. */
  readonly outcomeScores: Readonly<Record<string, number | null>>;
  /** 0-100 overall; null until the assessment is final. */
  readonly score: number | null;
  /**
   * The score reported to the LMS: the best submission so far (a retry never lowers it); null before the
   * first submission. Always present in snapshots from createTracker (optional only for older fakes).
   */
  readonly bestScore?: number | null;
  /** Per outcome, the best score over all submissions (what the LMS objectives show); null when none yet. */
  readonly bestOutcomeScores?: Readonly<Record<string, number | null>>;
  readonly completed: boolean;
  /** null while unknown or when the course has no pass mark. */
  readonly passed: boolean | null;
  readonly saveState: SaveState;
  /** True once the attempt has been finished (Exit or page hide). */
  readonly finished: boolean;
}

export type TrackerListener = (snapshot: TrackerSnapshot) => void;

export interface Tracker {
  /** Current state; cheap, immutable. */
  snapshot(): TrackerSnapshot;
  /** Called on every change, including save-state changes. Returns an unsubscribe function. */
  subscribe(listener: TrackerListener): () => void;
  /** The learner is now on this page: sets the bookmark. */
  visit(pageId: string): void;
  /** The learner has finished reading (and, per-question mode, answering) an outcome's section. */
  completeSection(outcomeId: string): void;
  /** Record (or change, before submission) an answer. Per-question mode: this is the check. */
  answer(questionId: string, choiceIds: readonly string[]): AnswerRecord;
  /** Make the knowledge check final: scores, objectives, status and score reach the LMS. */
  submitAssessment(): void;
  /** Start a new knowledge-check attempt (clears answers and scores of the current attempt). */
  retry(): void;
  /** The learner's Exit button: finish the attempt exactly once. */
  exit(): void;
}
