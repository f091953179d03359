import type { LmsKind } from "./types.ts";

/**
 * The port between the tracker and one LMS. The tracker speaks only in the version-neutral `LmsRecord`;
 * each adapter (SCORM 1.2, SCORM 2004, standalone) owns element names, value formats, limits and error codes.
 */

export type Success = "passed" | "failed" | "unknown";

/** One element/value pair in the order it must be set (ids before the fields that depend on them). */
export interface CmiEntry {
  readonly element: string;
  readonly value: string;
  /** A terminal status or a score: never written implicitly (on launch) when the LMS holds something else. */
  readonly terminal?: boolean;
}

/** What the LMS told us when the session opened. */
export interface StartData {
  /** True when the LMS says this session continues a suspended one (`entry` = `resume`). */
  readonly resume: boolean;
  readonly location: string;
  readonly suspendData: string;
  /** As the LMS holds it, usually "Last, First". */
  readonly learnerName: string;
  /** What the LMS already records, so an earned status is never downgraded. */
  readonly completed: boolean;
  readonly success: Success;
  /** Interactions already stored: new ones are appended after them (the interactions list is a journal). */
  readonly interactionCount: number;
  /** Objective ids already stored, by index: an outcome keeps its index across sessions. */
  readonly objectiveIds: readonly string[];
  /** The LMS's current values of guarded elements (statuses), so the sync knows what it would replace. */
  readonly current: readonly CmiEntry[];
}

/** A choice as the adapter needs it: position for SCORM 1.2's single characters, id for 2004. */
export interface ChoiceRef {
  readonly index: number;
  readonly id: string;
}

export interface InteractionRecord {
  /** The question id (ID_PATTERN-safe). */
  readonly id: string;
  readonly type: "choice" | "true-false";
  readonly learner: readonly ChoiceRef[];
  readonly correct: readonly ChoiceRef[];
  readonly result: boolean;
  /** Time the learner took to answer; null when unknown (an answer restored from an earlier session). */
  readonly latencyMs: number | null;
  /** When the answer was given, epoch milliseconds. */
  readonly at: number;
  /** The outcome the question evidences: its objective id. */
  readonly objectiveId: string;
  readonly description: string;
}

export interface ObjectiveRecord {
  /** The outcome id (ID_PATTERN-safe, stable across rebuilds). */
  readonly id: string;
  readonly description: string;
  readonly completion: "not attempted" | "completed";
  readonly success: Success;
  /** True when the outcome is judged pass/fail (the course has a pass mark and the outcome has questions). */
  readonly assessable: boolean;
  /** 0-100, only once the assessment is final. */
  readonly score: number | null;
}

/** Everything the LMS should hold, independent of the SCORM version. */
export interface LmsRecord {
  readonly location: string | null;
  readonly suspendData: string;
  readonly completion: "incomplete" | "completed";
  readonly success: Success;
  /** True when the course is judged pass/fail (it has a pass mark and questions). */
  readonly assessable: boolean;
  /** 0-100, only once the assessment is final. */
  readonly score: number | null;
  readonly objectives: readonly ObjectiveRecord[];
  /** This session's interactions, in the order they were recorded. */
  readonly interactions: readonly InteractionRecord[];
  /** The learner is done: leave without `suspend`. */
  readonly done: boolean;
  /**
   * Time spent in this session; null when this save does not report it. Moodle sends the session time only
   * when the session finishes (1.2 leaves it out of every commit), so it goes with the finish and with the
   * save when the page is hidden, never with each press's commit.
   */
  readonly sessionMs: number | null;
}

export interface CallResult {
  readonly ok: boolean;
  /** The LMS's error code ("0" when fine); "throw" when the call threw, "gone" when there is no API. */
  readonly code: string;
  readonly detail?: string;
}

/** Called when a value fails the version's rules: a bug. Throws in tests (strict), logs in production. */
export type InvalidValueHandler = (element: string, value: string, reason: string) => void;

export interface LmsPort {
  readonly kind: LmsKind;
  /** Initialize and read what resume needs; null when the LMS refused or is unreachable. */
  open(): StartData | null;
  /** The record as ordered entries; every value is checked against the version's rules first. */
  entries(record: LmsRecord, start: StartData): readonly CmiEntry[];
  setValue(element: string, value: string): CallResult;
  commit(): CallResult;
  /** Read one value back (to check a commit kept it); null when unreadable. */
  getValue(element: string): string | null;
  finish(): CallResult;
  /** The element read back after each commit to prove the save (the suspend data). */
  readonly proofElement: string;
  /** False would downgrade what the LMS holds (e.g. `passed` -> `incomplete`): the sync then skips it. */
  mayReplace(element: string, from: string, to: string): boolean;
  /**
   * After a failure: look for the API again. "same" = the same session may work again, "new" = a different
   * API object was found and must be opened, "none" = nothing to talk to yet.
   */
  reconnect(): "same" | "new" | "none";
  /** True when a call failed in a way that a later session cannot fix (e.g. finish after terminate). */
  isClosedError(code: string): boolean;
}
