import type { CallResult, LmsPort, LmsRecord, StartData } from "./lms-port.ts";

/**
 * Turns records into LMS calls: sets only what changed since the last confirmed commit, commits, and reads
 * the suspend data back to prove the LMS kept it (many LMSs answer "true" when nothing persisted).
 * Values set before a failed commit are set again on the next flush, so a retry always carries everything.
 */

export interface FlushOptions {
  /** No learner action yet in this session: never write a terminal status or a score implicitly. */
  readonly implicit: boolean;
}

export interface FlushResult {
  readonly ok: boolean;
  /** The first failure, for the log and to tell a dead session from a passing fault. */
  readonly failure?: CallResult;
}

export interface Sync {
  flush(record: LmsRecord, options: FlushOptions): FlushResult;
  /** A new session (a new API object, or one that was reopened): it holds nothing we sent. */
  reset(start: StartData): void;
  readonly start: StartData;
}

export function createSync(port: LmsPort, initial: StartData): Sync {
  let start = initial;
  /** What the LMS holds, as far as we know: read at start, then every value a proven commit carried. */
  let held = new Map(start.current.map((entry) => [entry.element, entry.value]));
  /** What this session has set and proven. Values are always set once per session (statuses explicitly). */
  let confirmed = new Map<string, string>();

  function setChanged(record: LmsRecord, options: FlushOptions, staged: Map<string, string>): CallResult | undefined {
    let failure: CallResult | undefined;
    for (const { element, value, terminal } of port.entries(record, start)) {
      if (confirmed.get(element) === value) continue;
      if (terminal && options.implicit) continue;
      const current = held.get(element);
      if (current !== undefined && current !== "" && !port.mayReplace(element, current, value)) continue;
      const result = port.setValue(element, value);
      if (result.ok) staged.set(element, value);
      else failure ??= { ...result, detail: `${element}: ${result.detail ?? ""}` };
    }
    return failure;
  }

  return {
    get start() {
      return start;
    },
    flush(record, options) {
      const staged = new Map<string, string>();
      const failure = setChanged(record, options, staged);
      const commit = port.commit();
      if (!commit.ok) return { ok: false, failure: commit };
      const proof = staged.get(port.proofElement) ?? confirmed.get(port.proofElement);
      if (proof !== undefined && port.getValue(port.proofElement) !== proof) {
        return { ok: false, failure: { ok: false, code: "unsaved", detail: `${port.proofElement} did not read back` } };
      }
      for (const [element, value] of staged) {
        held.set(element, value);
        confirmed.set(element, value);
      }
      return failure ? { ok: false, failure } : { ok: true };
    },
    reset(next) {
      start = next;
      held = new Map(next.current.map((entry) => [entry.element, entry.value]));
      confirmed = new Map();
    },
  };
}
