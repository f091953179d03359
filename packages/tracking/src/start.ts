import type { Course, ScormVersion } from "@coursepack/course-model";
import type { ApiWindow, RawApi12, RawApi2004 } from "./discovery.ts";
import { findApi } from "./discovery.ts";
import type { LifecycleWindow } from "./lifecycle.ts";
import { wireLifecycle } from "./lifecycle.ts";
import type { LmsPort } from "./lms-port.ts";
import type { Timer } from "./saver.ts";
import { createScorm12Adapter } from "./scorm12-adapter.ts";
import { createScorm2004Adapter } from "./scorm2004-adapter.ts";
import type { StorageLike } from "./standalone-adapter.ts";
import { createStandaloneAdapter } from "./standalone-adapter.ts";
import type { Logger, ManagedTracker } from "./tracker.ts";
import { createTracker } from "./tracker.ts";

/** The window the runtime runs in: where the API is searched from, and whose lifecycle ends the session. */
export type TrackingWindow = ApiWindow & LifecycleWindow & { readonly localStorage?: StorageLike };

export interface StartOptions {
  /** The SCORM version the package was built for (PackageData.scorm). */
  readonly scorm: ScormVersion;
  /** Throw on a value that breaks the version's rules instead of logging it (tests). */
  readonly strict?: boolean;
  readonly clock?: () => number;
  readonly timer?: Timer;
  readonly retryDelays?: readonly number[];
  readonly logger?: Logger;
  /** Standalone only; default `window.localStorage` when readable. */
  readonly storage?: StorageLike | null;
}

interface AdapterContext {
  readonly win: ApiWindow;
  readonly options: StartOptions;
}

/** The one place a SCORM version picks its adapter. The API is looked up again after a failure. */
const ADAPTERS: Readonly<Record<ScormVersion, (context: AdapterContext) => LmsPort>> = {
  "1.2": ({ win, options }) => createScorm12Adapter(() => locate<RawApi12>(win, "1.2"), options),
  "2004-3": ({ win, options }) => createScorm2004Adapter(() => locate<RawApi2004>(win, "2004-3"), { ...options, edition: 3 }),
  "2004-4": ({ win, options }) => createScorm2004Adapter(() => locate<RawApi2004>(win, "2004-4"), { ...options, edition: 4 }),
};

function locate<Api>(win: ApiWindow, version: ScormVersion): Api | null {
  return (findApi(win, version)?.api as Api | undefined) ?? null;
}

function localStorageOf(win: TrackingWindow): StorageLike | null {
  try {
    return win.localStorage ?? null;
  } catch {
    return null; // sandboxed frames throw SecurityError on access
  }
}

/**
 * Finds the LMS (or falls back to standalone), opens the session, restores a suspended one, and ties the
 * session to the page: commit when hidden, finish once on pagehide. The player calls this once.
 */
export function startTracking(course: Course, win: TrackingWindow, options: StartOptions): ManagedTracker {
  const logger = options.logger ?? console;
  let lms: LmsPort;
  if (findApi(win, options.scorm)) {
    lms = ADAPTERS[options.scorm]({ win, options });
  } else {
    logger.info(`coursepack: no SCORM ${options.scorm} LMS found; progress is kept in this browser only`);
    const storage = options.storage === undefined ? localStorageOf(win) : options.storage;
    lms = createStandaloneAdapter({ storage, key: `coursepack:${course.id}` });
  }
  const tracker = createTracker({ ...options, course, lms, logger });
  const unwire = wireLifecycle(win, { hidden: () => tracker.commit(), pagehide: () => tracker.exit() });
  return {
    ...tracker,
    dispose() {
      unwire();
      tracker.dispose();
    },
  };
}
