import type { LmsPort, LmsRecord, StartData } from "./lms-port.ts";
import type { Sync } from "./scorm-sync.ts";
import { createSync } from "./scorm-sync.ts";
import type { SaveState } from "./types.ts";

/**
 * Gets the learner's progress into the LMS and keeps trying until it is there. Each save sends the whole
 * current record (the sync sets only what changed), so nothing is lost while retrying: a later save simply
 * carries the earlier changes too. Failures (an answer of "false", an error code, a throw, a missing API)
 * are retried with backoff. The save state the learner sees: `saved`; `saving` after a first failure while
 * the quick retry is pending (a single lost request should not alarm anyone); `not-saved` once a retry has
 * failed too, until a save succeeds. Calls are synchronous, so no transient state is ever shown during a
 * successful save. Finishing happens once.
 *
 * One learner action is one save: `schedule()` only asks for a save at the end of the current task (a 0 ms
 * timer), so the visit, section and status changes one press makes reach the LMS as one batch of SetValue
 * calls and one Commit (in Moodle every Commit is a synchronous HTTP request). `save()` and `finish()` run
 * at once and take the scheduled save with them: the page may be gone before the timer fires. Every save
 * carries the whole record, so whichever save runs first makes a scheduled one needless.
 */

/** Runs the end-of-task save (0 ms) and the retries; injectable so tests decide when a task ends. */
export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const DEFAULT_TIMER: Timer = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** 1 s, 2 s, 5 s, 10 s, then every 30 s for as long as the page lives. */
export const DEFAULT_RETRY_DELAYS: readonly number[] = [1000, 2000, 5000, 10000, 30000];

export interface SaverOptions {
  readonly port: LmsPort;
  /** What open() returned; null when the LMS refused to initialise (the saver keeps trying). */
  readonly start: StartData | null;
  /**
   * The record to save; `revision` counts failed saves (see suspend-data.ts on why it matters);
   * `withSessionTime` is true when the save should report the session time (page hidden, finish).
   */
  readonly record: (revision: number, withSessionTime: boolean) => LmsRecord;
  /** True until the learner has done something in this session (see FlushOptions.implicit). */
  readonly implicit: () => boolean;
  readonly onState: (state: SaveState) => void;
  /**
   * The LMS answered Initialize only after this page had started: called with what it returned, before
   * anything is written, so the tracker can take in the progress it holds instead of overwriting it.
   */
  readonly onLateStart?: (start: StartData) => void;
  readonly timer?: Timer;
  readonly retryDelays?: readonly number[];
  readonly logger?: Pick<Console, "warn">;
}

export interface Saver {
  /**
   * The state changed: save at the end of the current task (`delayMs` 0), once however many changes it
   * made, or within `delayMs` (a draft that may wait for the next save). An earlier save is never put off.
   */
  schedule(delayMs?: number): void;
  /** Save now, with the session time (the page is being hidden). */
  save(): void;
  /** Final save and finish, now; only the first call does anything. */
  finish(): void;
  readonly state: SaveState;
  dispose(): void;
}

const BROKEN = new Set(["throw", "gone"]);

export function createSaver(options: SaverOptions): Saver {
  const { port, timer = DEFAULT_TIMER, retryDelays = DEFAULT_RETRY_DELAYS, logger = console } = options;
  let sync: Sync | null = options.start ? createSync(port, options.start) : null;
  let state: SaveState = "saved";
  const retry = createRetry(timer, retryDelays, () => run());
  let scheduled: unknown = null;
  let scheduledDelay = 0;
  /** The session time waits for a save that asks for it (see the 0002 decision on session time). */
  let timeDue = false;
  let consecutive = 0;
  let revision = 0;
  let needsReconnect = false;
  let needsReopen = false;
  let finishing = false;
  let closed = false;

  function setState(next: SaveState): void {
    if (next === state) return;
    state = next;
    options.onState(next);
  }

  function ensureOpen(): Sync | null {
    if (needsReconnect && port.reconnect() === "new") needsReopen = true;
    needsReconnect = false;
    if (needsReopen) sync = null;
    needsReopen = false;
    if (sync) return sync;
    // A session opened late: the tracker merges in what the LMS holds (the learner may have gone on meanwhile),
    // then the whole merged record is written.
    const start = port.open();
    if (start) {
      options.onLateStart?.(start);
      sync = createSync(port, start);
    }
    return sync;
  }

  function attempt(): boolean {
    const current = ensureOpen();
    if (!current) return false;
    const flushed = current.flush(options.record(revision, timeDue || finishing), { implicit: options.implicit() });
    if (!flushed.ok) return fail(flushed.failure?.code ?? "", flushed.failure?.detail);
    if (!finishing) return true;
    const finished = port.finish();
    if (!finished.ok) return fail(finished.code, finished.detail);
    closed = true;
    return true;
  }

  function fail(code: string, detail?: string): false {
    revision += 1;
    needsReconnect = BROKEN.has(code) || port.isClosedError(code);
    // A session closed under us (the LMS was reset) is opened again; after our own finish nothing can be.
    if (port.isClosedError(code)) {
      if (finishing) closed = true;
      else needsReopen = true;
    }
    logger.warn(`coursepack: progress not saved yet (${code}${detail ? `: ${detail}` : ""}); retrying`);
    return false;
  }

  function cancelScheduled(): void {
    if (scheduled !== null) timer.clear(scheduled);
    scheduled = null;
  }

  function run(): void {
    cancelScheduled();
    if (closed) return;
    if (attempt()) {
      timeDue = false;
      consecutive = 0;
      retry.reset();
      setState("saved");
      return;
    }
    consecutive += 1;
    setState(consecutive >= 2 || closed ? "not-saved" : "saving");
    if (!closed) retry.schedule();
  }

  return {
    schedule(delayMs = 0) {
      if (closed || finishing || (scheduled !== null && scheduledDelay <= delayMs)) return;
      cancelScheduled();
      scheduledDelay = delayMs;
      scheduled = timer.set(() => {
        scheduled = null;
        run();
      }, delayMs);
    },
    save() {
      timeDue = true;
      run();
    },
    finish() {
      if (finishing) return;
      finishing = true;
      run();
    },
    get state() {
      return state;
    },
    dispose() {
      cancelScheduled();
      retry.reset();
      closed = true;
    },
  };
}

/** One pending retry at a time; the delays grow to the last one, which then repeats. */
function createRetry(timer: Timer, delays: readonly number[], run: () => void) {
  let handle: unknown = null;
  let count = 0;
  return {
    schedule(): void {
      if (handle !== null) return;
      const delay = delays[Math.min(count, delays.length - 1)] ?? 30000;
      count += 1;
      handle = timer.set(() => {
        handle = null;
        run();
      }, delay);
    },
    reset(): void {
      count = 0;
      if (handle !== null) timer.clear(handle);
      handle = null;
    },
  };
}
