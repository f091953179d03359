import type { Course } from "@coursepack/course-model";
import type { LmsPort, StartData } from "./lms-port.ts";
import type { Action } from "./state.ts";
import { initialState, reduce } from "./state.ts";
import type { SavedProgress } from "./suspend-data.ts";
import { decodeProgress } from "./suspend-data.ts";
import { toRecord, toSnapshot } from "./derive.ts";
import type { Timer } from "./saver.ts";
import { createSaver } from "./saver.ts";
import type { StorageLike } from "./standalone-adapter.ts";
import { createStandaloneAdapter } from "./standalone-adapter.ts";
import { mergeLateResume } from "./late-resume.ts";
import type { AnswerRecord, SaveState, Tracker, TrackerListener, TrackerSnapshot } from "./types.ts";

export type Logger = Pick<Console, "info" | "warn" | "error">;

/**
 * How long a draft answer may wait for the next save. With feedback at the end, every tick in the knowledge
 * check is an answer the learner has not submitted yet; committing each one would cost a synchronous request
 * per tick (Moodle). A draft goes with the next press's save, the page being hidden or left, or after this
 * long, whichever comes first.
 */
export const DRAFT_SAVE_DELAY = 30_000;

export interface TrackerOptions {
  readonly course: Course;
  /** The LMS to report to; without one, progress is kept in `storage` (standalone). */
  readonly lms?: LmsPort;
  /** Standalone only: where progress is kept (default: memory, this page only). */
  readonly storage?: StorageLike | null;
  readonly storageKey?: string;
  /** Epoch milliseconds; injectable for tests. */
  readonly clock?: () => number;
  /** Runs the save at the end of each learner action's task and the save retries; injectable for tests. */
  readonly timer?: Timer;
  readonly retryDelays?: readonly number[];
  readonly logger?: Logger;
}

/** The Tracker the player uses, plus what the page lifecycle needs. */
export interface ManagedTracker extends Tracker {
  /** Save and commit now, with the session time (the page is being hidden). */
  commit(): void;
  /** Stop retrying and release timers (tests, hot reload). */
  dispose(): void;
}

/** "Last, First" (how LMSs send names) -> "First Last". */
export function displayName(raw: string): string {
  const comma = raw.indexOf(",");
  if (comma < 0) return raw.trim();
  return `${raw.slice(comma + 1).trim()} ${raw.slice(0, comma).trim()}`.trim();
}

function restore(course: Course, start: StartData | null, logger: Logger): SavedProgress | null {
  // Only entry = resume means "continue": otherwise the LMS started a new attempt (SCORM RTE cmi.entry).
  if (!start?.resume || start.suspendData === "") return null;
  const decoded = decodeProgress(course, start.suspendData);
  if (decoded.ok) return decoded.value;
  logger.warn(`coursepack: saved progress ignored (${decoded.reason}); starting afresh`);
  return null;
}

/** Listeners that cannot break the tracker: a failing view is logged, the others still hear. */
function createListeners(logger: Logger) {
  const listeners = new Set<TrackerListener>();
  return {
    add(listener: TrackerListener): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    notify(snapshot: TrackerSnapshot): void {
      for (const listener of [...listeners]) {
        try {
          listener(snapshot);
        } catch (error) {
          logger.error("coursepack: a tracker listener failed", error);
        }
      }
    },
  };
}

export function createTracker(options: TrackerOptions): ManagedTracker {
  const { course, clock = Date.now, logger = console } = options;
  const port = options.lms ?? createStandaloneAdapter({ storage: options.storage, key: options.storageKey ?? `coursepack:${course.id}` });
  const startedAt = clock();
  const start = port.open();
  const saved = restore(course, start, logger);
  let state = initialState(course, startedAt, saved, {
    completed: start?.completed ?? false,
    success: start?.success ?? "unknown",
    location: saved && start?.location ? start.location : null,
  });
  let acted = false;
  let saveState: SaveState = "saved";
  const session = () => ({ lms: port.kind, learnerName: displayName(start?.learnerName ?? ""), resumed: saved !== null, saveState });
  const listeners = createListeners(logger);
  let snapshot = toSnapshot(course, state, session());

  function changed(): void {
    const next = toSnapshot(course, state, session());
    if (JSON.stringify(next) === JSON.stringify(snapshot)) return;
    snapshot = next;
    listeners.notify(snapshot);
  }

  const saver = createSaver({
    port,
    start,
    record: (revision, withSessionTime) => toRecord(course, state, withSessionTime ? clock() - startedAt : null, revision),
    implicit: () => !acted,
    onState: (next) => {
      saveState = next;
      changed();
    },
    onLateStart: (late) => {
      const held = restore(course, late, logger);
      if (!held) return;
      state = mergeLateResume(course, state, held, { completed: late.completed, success: late.success });
      changed();
    },
    timer: options.timer,
    retryDelays: options.retryDelays,
    logger,
  });

  function dispatch(action: Action): void {
    const next = reduce(course, state, action);
    if (next === state) return;
    state = next;
    acted = true;
    changed();
    // Saved once the learner's action (one press: visit, section, status) is over: one Commit per press.
    // A draft answer (feedback at the end) may wait for the next press's save.
    const draft = action.type === "answer" && course.assessment.feedback === "end";
    saver.schedule(draft ? DRAFT_SAVE_DELAY : 0);
  }

  const tracker: ManagedTracker = {
    snapshot: () => snapshot,
    subscribe: (listener) => listeners.add(listener),
    visit: (pageId) => dispatch({ type: "visit", pageId, at: clock() }),
    completeSection: (outcomeId) => dispatch({ type: "complete-section", outcomeId, at: clock() }),
    answer(questionId, choiceIds): AnswerRecord {
      if (!course.questions.some((question) => question.id === questionId)) {
        throw new Error(`coursepack: no question "${questionId}" in this course`);
      }
      dispatch({ type: "answer", questionId, choiceIds, at: clock() });
      return state.answers[questionId] ?? { choiceIds: [], correct: false };
    },
    submitAssessment: () => dispatch({ type: "submit", at: clock() }),
    retry: () => dispatch({ type: "retry", at: clock() }),
    exit() {
      if (state.finished) return;
      state = reduce(course, state, { type: "finish" });
      changed();
      saver.finish();
    },
    commit() {
      if (!state.finished) saver.save();
    },
    dispose: () => saver.dispose(),
  };
  // No commit at launch: the learner has done nothing yet. The first save (the first press, the page
  // hidden, or the finish) carries the launch values too: incomplete, exit = suspend, the objectives.
  return tracker;
}
