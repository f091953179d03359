/**
 * One launch of the module under the preview LMS: scorm-again as the LMS, Moodle's rules between it and the
 * module (createStrictLms12/2004 flag what Moodle would reject, and answer it as Moodle does), the faults
 * the author switches on, and a record of every call. Like Moodle, the LMS keeps only what a successful
 * Commit or Finish stored: that, not the live data, is what the next launch gets.
 */
import type { ScormVersion } from "@coursepack/course-model";
import type { Violation } from "@coursepack/tracking/testing";
import { createStrictLms12, createStrictLms2004 } from "@coursepack/tracking/testing";
import { Scorm12API, Scorm2004API } from "@coursepack/tracking/testing/scorm-again";
import type { CmiJson, LaunchInput, StoredAttempt } from "./resume-data.ts";
import { entryFor, preloadJson } from "./resume-data.ts";

export interface Faults {
  /** Commit (and Finish) answer "false" with the version's commit error. */
  commitFails: boolean;
  /** Every call throws, as an LMS page whose session died does. */
  throws: boolean;
  /** Commit and Finish block for SLOW_MS first, as Moodle's synchronous requests do on a slow server. */
  slow: boolean;
  /** The next launch finds no API at all (the module falls back to keeping progress in the browser). */
  noLms: boolean;
}

export const SLOW_MS = 2000;

export interface CallEntry {
  readonly launch: number;
  /** Milliseconds since the launch began. */
  readonly at: number;
  readonly method: string;
  readonly args: readonly string[];
  /** What the module got back; "(threw)" when the call threw. */
  readonly result: string;
  /** The error code the call left ("0": none). */
  readonly error: string;
  readonly errorText: string;
  /** The fault that answered this call, if one did. */
  readonly fault: keyof Faults | null;
  /** What Moodle would have rejected in this call (answered as Moodle answers it). */
  readonly violations: readonly Violation[];
  readonly ms: number;
}

export interface LaunchOptions extends LaunchInput {
  readonly launch: number;
  /** Read at every call: switching a fault works mid-session. */
  readonly faults: Readonly<Faults>;
  readonly onCall: (entry: CallEntry) => void;
  readonly onStored: (stored: StoredAttempt) => void;
  readonly now?: () => number;
}

type RawApi = Record<string, (...args: string[]) => string>;
type LmsSide = RawApi & { loadFromJSON(json: CmiJson): void; renderCMIToJSONObject(): { cmi: CmiJson }; cmi: { getCurrentTotalTime(): string } };

export interface LmsLaunch {
  readonly version: ScormVersion;
  readonly entry: string;
  /** Put on the LMS page's window as `API` (1.2) or `API_1484_11` (2004). */
  readonly api: RawApi;
  readonly globalName: "API" | "API_1484_11";
  /** The LMS's live data model. */
  data(): CmiJson;
  /** The total time the LMS would record now: earlier sessions plus this one's session_time. */
  totalTime(): string;
}

/** The method names of a version, in the order the log and the facade list them. */
const NAMES = {
  "1.2": { init: "LMSInitialize", finish: "LMSFinish", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", error: "LMSGetLastError", errorString: "LMSGetErrorString", diagnostic: "LMSGetDiagnostic" },
  "2004": { init: "Initialize", finish: "Terminate", get: "GetValue", set: "SetValue", commit: "Commit", error: "GetLastError", errorString: "GetErrorString", diagnostic: "GetDiagnostic" },
} as const;
/** The error a failed commit reports: 1.2 has only "general exception"; 2004 "General Commit Failure". */
const COMMIT_ERROR = { "1.2": "101", "2004": "391" } as const;
const QUIET = { autocommit: false, lmsCommitUrl: false, logLevel: 5 } as const;

export function launchLms(options: LaunchOptions): LmsLaunch {
  const family = options.version === "1.2" ? "1.2" : "2004";
  const names = NAMES[family];
  const now = options.now ?? (() => performance.now());
  const started = now();
  const pending: Violation[] = [];
  const { strict, snapshot, totalTime } = createLmsSide(options, (v) => void pending.push(v));
  // A fault's error code, reported by the GetLastError that follows it (the real API never saw the call).
  let faultError: string | null = null;

  function answer(method: string, args: string[]): { result: string; error: string; fault: keyof Faults | null } {
    const faults = options.faults;
    if (faults.throws) throw new Error("the LMS is not answering (fault switched on in the preview)");
    const saving = method === names.commit || method === names.finish;
    if (saving && faults.slow) busyWait(SLOW_MS, now);
    if (method === names.error && faultError !== null) return { result: faultError, error: "0", fault: "commitFails" };
    faultError = null;
    if (saving && faults.commitFails) {
      faultError = COMMIT_ERROR[family];
      return { result: "false", error: faultError, fault: "commitFails" };
    }
    const result = String(strict[method]!(...args));
    const error = method === names.error ? "0" : String(strict[names.error]!());
    if (saving && result === "true") options.onStored({ cmi: snapshot(), totalTime: totalTime(), at: Date.now() });
    return { result, error, fault: saving && faults.slow ? "slow" : null };
  }

  function call(method: string, args: string[]): string {
    const begun = now();
    pending.length = 0;
    const record = (result: string, error: string, fault: keyof Faults | null): void => {
      const errorText = error === "0" || error === "" ? "" : String(strict[names.errorString]!(error));
      options.onCall({ launch: options.launch, at: begun - started, method, args, result, error, errorText, fault, violations: [...pending], ms: now() - begun });
    };
    try {
      const { result, error, fault } = answer(method, args);
      record(result, error, fault);
      return result;
    } catch (e) {
      record("(threw)", "", options.faults.throws ? "throws" : null);
      throw e;
    }
  }

  const api: RawApi = {};
  for (const method of Object.values(names)) api[method] = (...args: string[]) => call(method, args.map(String));
  return { version: options.version, entry: entryFor(options.version, options.stored), api, globalName: family === "1.2" ? "API" : "API_1484_11", data: snapshot, totalTime };
}

/** scorm-again with what the LMS hands this launch, behind Moodle's rules. */
function createLmsSide(options: LaunchOptions, onViolation: (v: Violation) => void) {
  const is12 = options.version === "1.2";
  // Moodle's "mastery score overrides status" (on by default) for 1.2.
  const lmsSide = (is12 ? new Scorm12API({ ...QUIET, mastery_override: true }) : new Scorm2004API(QUIET)) as unknown as LmsSide;
  lmsSide.loadFromJSON(preloadJson(options));
  const strict = is12 ? createStrictLms12(lmsSide as never, { onViolation }) : createStrictLms2004(lmsSide as never, options.version === "2004-3" ? 3 : 4, { onViolation });
  return {
    strict: strict.api as unknown as RawApi,
    snapshot: (): CmiJson => JSON.parse(JSON.stringify(lmsSide.renderCMIToJSONObject().cmi)) as CmiJson,
    totalTime: (): string => lmsSide.cmi.getCurrentTotalTime(),
  };
}

/** Blocks the page as a synchronous request to a slow server does: the module cannot do anything meanwhile. */
function busyWait(ms: number, now: () => number): void {
  const until = now() + ms;
  while (now() < until) {
    // Spin: the point is to hold the thread, as Moodle's synchronous XHR does.
  }
}
