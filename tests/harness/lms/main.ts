/**
 * The fake LMS page of the end-to-end tests (bundled by esbuild, run in Chromium): scorm-again as the LMS,
 * the package in `iframe#scorm_object` one level below, as in Moodle. It records every API call, keeps what
 * each successful commit stored (what a real LMS would have), applies Moodle's value rules to every SetValue
 * and can inject faults. Tests drive it through `window.__lms`.
 */
import { createStrictLms12, createStrictLms2004, type Violation } from "@coursepack/tracking/testing";
import { Scorm12API, Scorm2004API } from "@coursepack/tracking/testing/scorm-again";

export interface LmsConfig {
  version: "1.2" | "2004-3" | "2004-4";
  /** What the LMS stored from an earlier session (a committed snapshot); entry becomes "resume" if it suspended. */
  stored?: Record<string, unknown> | null;
  learnerName?: string;
  masteryScore?: number | null;
  /** Faults in force from the start, before the content's first call (e.g. an Initialize that throws). */
  faults?: Faults;
  src: string;
}

export interface Call { method: string; args: string[]; result: string; error: string }
export interface Faults { commit?: "false" | "throw" | null; setValue?: "error" | null; gone?: boolean }

type Cmi = Record<string, unknown>;
type Api = Record<string, (...args: string[]) => string> & {
  loadFromJSON(json: unknown, element?: string): void;
  renderCMIToJSONObject(): Record<string, unknown>;
};

const config = (window as unknown as { __lmsConfig: LmsConfig }).__lmsConfig;
const is12 = config.version === "1.2";
const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5, mastery_override: true } as const;
const lmsSide = (is12 ? new Scorm12API(settings) : new Scorm2004API(settings)) as unknown as Api;
preload(lmsSide);
// Moodle's value rules on every call, between the content and scorm-again (which is more lenient than Moodle).
const violations: Violation[] = [];
const onViolation = (v: Violation) => violations.push(v);
const strict = is12
  ? createStrictLms12(lmsSide as never, { onViolation })
  : createStrictLms2004(lmsSide as never, config.version === "2004-3" ? 3 : 4, { onViolation });
const api = strict.api as unknown as Api;

const calls: Call[] = [];
const faults: Faults = { ...config.faults };
let committed: Record<string, unknown> | null = config.stored ?? null;
const finishName = is12 ? "LMSFinish" : "Terminate";
const commitName = is12 ? "LMSCommit" : "Commit";
const setName = is12 ? "LMSSetValue" : "SetValue";
const errorName = is12 ? "LMSGetLastError" : "GetLastError";

const facade: Record<string, (...args: string[]) => string> = {};
for (const method of Object.keys(is12 ? METHODS_12() : METHODS_2004())) {
  facade[method] = (...args: string[]) => call(method, args);
}

function call(method: string, args: string[]): string {
  if (faults.gone) throw new Error("the LMS is gone");
  if (method === commitName && faults.commit === "throw") throw new Error("commit failed");
  if (method === commitName && faults.commit === "false") return record(method, args, "false", "101");
  if (method === setName && faults.setValue === "error") return record(method, args, "false", "351");
  const result = String(api[method]!(...args));
  const error = method === errorName ? "0" : String(api[errorName]!());
  if ((method === commitName || method === finishName) && result === "true") committed = snapshot();
  return record(method, args, result, error);
}

function record(method: string, args: string[], result: string, error: string): string {
  calls.push({ method, args, result, error });
  return result;
}

function snapshot(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(lmsSide.renderCMIToJSONObject())) as Record<string, unknown>;
}

/**
 * What Moodle does before the SCO starts: the learner, the mastery score, and what it stored of the attempt
 * so far, with entry = resume only when the content left with exit = suspend. `stored` is a committed()
 * snapshot (`{cmi: ...}`, as scorm-again renders it); what belongs to the last session only (exit, entry,
 * session time) is dropped, as Moodle starts each session afresh.
 */
function preload(target: Api): void {
  const name = config.learnerName ?? "Doe, Jane";
  const stored = config.stored ? (JSON.parse(JSON.stringify(config.stored.cmi ?? config.stored)) as Cmi) : null;
  const cmi: Cmi = stored ?? {};
  if (is12) {
    const core = (cmi.core ?? {}) as Cmi;
    const entry = !stored ? "ab-initio" : core.exit === "suspend" ? "resume" : "";
    delete core.exit;
    delete core.session_time;
    cmi.core = { ...core, student_name: name, student_id: "learner-1", entry };
    if (config.masteryScore != null) cmi.student_data = { ...(cmi.student_data as Cmi | undefined), mastery_score: String(config.masteryScore) };
  } else {
    const entry = !stored ? "ab-initio" : cmi.exit === "suspend" ? "resume" : "";
    delete cmi.exit;
    delete cmi.session_time;
    Object.assign(cmi, { learner_name: name, learner_id: "learner-1", entry });
  }
  // scorm-again skips empty values when loading, so an empty entry keeps its default ("").
  target.loadFromJSON({ cmi });
}

function METHODS_12() {
  return { LMSInitialize: 1, LMSFinish: 1, LMSGetValue: 1, LMSSetValue: 1, LMSCommit: 1, LMSGetLastError: 1, LMSGetErrorString: 1, LMSGetDiagnostic: 1 };
}
function METHODS_2004() {
  return { Initialize: 1, Terminate: 1, GetValue: 1, SetValue: 1, Commit: 1, GetLastError: 1, GetErrorString: 1, GetDiagnostic: 1 };
}

(window as unknown as Record<string, unknown>)[is12 ? "API" : "API_1484_11"] = facade;
(window as unknown as Record<string, unknown>).__lms = {
  calls,
  violations,
  faults,
  /** The LMS's live data model. */
  data: () => snapshot(),
  /** What the last successful commit or finish stored: what a relaunch gets. */
  committed: () => committed,
};

const frame = document.createElement("iframe");
frame.id = "scorm_object";
frame.title = "Course";
frame.src = config.src;
frame.style.cssText = "width:100%;height:95vh;border:0";
document.body.append(frame);
