/**
 * The preview LMS's state and the author's actions on it: which version and variant is launched, what the
 * LMS has stored, the faults, and every call of every launch. The frame and the window are passed in, so
 * the rules (resume only what was stored, finish before relaunching) are plain code.
 */
import type { PackageData, ScormVersion } from "@coursepack/course-model";
import type { PreviewState, PreviewVariant } from "../protocol.ts";
import { modulePath } from "../protocol.ts";
import type { CallEntry, Faults, LmsLaunch } from "./lms.ts";
import { launchLms } from "./lms.ts";
import type { StoredAttempt } from "./resume-data.ts";

/** Where the module runs: `iframe#scorm_object` one level below the LMS page, as in Moodle. */
export interface FrameHost {
  open(src: string, title: string): void;
  /** Removes the frame: the module's pagehide fires, and it finishes its session. */
  close(): void;
}

/** The LMS page's window, where the module looks for the API. */
export type ApiHost = Record<string, unknown>;

export type LogItem = { readonly kind: "call"; readonly call: CallEntry } | { readonly kind: "launch"; readonly launch: number; readonly text: string };

export interface Controller {
  readonly faults: Faults;
  readonly log: readonly LogItem[];
  readonly version: ScormVersion;
  readonly variant: PreviewVariant | null;
  readonly stored: StoredAttempt | null;
  readonly current: LmsLaunch | null;
  /** True while the module's frame is open. */
  readonly open: boolean;
  learnerName: string;
  newAttempt(): void;
  leave(): void;
  resume(): void;
  setVersion(version: ScormVersion): void;
  setVariant(segment: string): void;
  setFault(name: keyof Faults, on: boolean): void;
  courseChanged(state: PreviewState): void;
  clearLog(): void;
}

export interface ControllerOptions {
  readonly frame: FrameHost;
  readonly window: ApiHost;
  readonly state: PreviewState;
  /** Called after anything changes (a call, a launch, a store): the page re-renders. */
  readonly changed: () => void;
  /** Forgets what a module kept in the browser while it had no LMS (a new attempt starts clean). */
  readonly forgetStandalone?: (courseId: string) => void;
}

export function createController(options: ControllerOptions): Controller {
  let state = options.state;
  let version = state.startVersion;
  let segment = state.variants[0]?.segment ?? "";
  let stored: StoredAttempt | null = null;
  let current: LmsLaunch | null = null;
  let open = false;
  let launches = 0;
  let log: LogItem[] = [];
  const faults: Faults = { commitFails: false, throws: false, slow: false, noLms: false };
  const variant = (): PreviewVariant | null => state.variants.find((v) => v.segment === segment) ?? null;

  function close(): void {
    if (open) options.frame.close();
    open = false;
    delete options.window.API;
    delete options.window.API_1484_11;
  }

  function start(): void {
    const chosen = variant();
    if (!chosen) return;
    close();
    launches += 1;
    const course: PackageData["course"] = chosen.course;
    current = launchLms({
      version, stored, learnerName: api.learnerName, passMark: course.assessment.passMark, launch: launches, faults,
      onCall: (call) => void (log.push({ kind: "call", call }), options.changed()),
      onStored: (attempt) => void ((stored = attempt), options.changed()),
    });
    if (!faults.noLms) options.window[current.globalName] = current.api;
    log.push({ kind: "launch", launch: launches, text: launchText(launches, version, faults.noLms ? "no LMS" : current.entry) });
    options.frame.open(`${modulePath(chosen.segment, version)}?launch=${launches}`, course.title);
    open = true;
    options.changed();
  }

  const api: Controller = {
    faults,
    get log() {
      return log;
    },
    get version() {
      return version;
    },
    get variant() {
      return variant();
    },
    get stored() {
      return stored;
    },
    get current() {
      return current;
    },
    get open() {
      return open;
    },
    learnerName: "Doe, Jane",
    newAttempt() {
      close();
      stored = null;
      const chosen = variant();
      if (chosen) options.forgetStandalone?.(chosen.course.id);
      start();
    },
    leave() {
      close();
      options.changed();
    },
    resume: start,
    setVersion(next) {
      version = next;
      api.newAttempt();
    },
    setVariant(next) {
      segment = next;
      api.newAttempt();
    },
    setFault(name, on) {
      faults[name] = on;
      if (name === "noLms") start();
      options.changed();
    },
    courseChanged(next) {
      state = next;
      if (!next.ok) return options.changed();
      const fresh = !variant() || !next.versions.includes(version);
      if (!variant()) segment = next.variants[0]?.segment ?? "";
      if (!next.versions.includes(version)) version = next.startVersion;
      if (fresh) api.newAttempt();
      else start();
    },
    clearLog() {
      log = [];
      options.changed();
    },
  };
  return api;
}

function launchText(launch: number, version: ScormVersion, entry: string): string {
  const how = entry === "no LMS" ? "without an LMS" : `entry = ${entry === "" ? "\"\"" : entry}`;
  return `Launch ${launch}: SCORM ${version}, ${how}`;
}
