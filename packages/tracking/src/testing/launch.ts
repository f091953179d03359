import type { Course } from "@coursepack/course-model";
import type { RawApi12, RawApi2004 } from "../discovery.ts";
import { createScorm12Adapter } from "../scorm12-adapter.ts";
import { createScorm2004Adapter } from "../scorm2004-adapter.ts";
import type { Logger, ManagedTracker } from "../tracker.ts";
import { createTracker } from "../tracker.ts";
import type { Faults, FaultyLms } from "./faulty-lms.ts";
import { createFaultyLms } from "./faulty-lms.ts";
import type { ManualTimer } from "./manual-timer.ts";
import { createManualTimer } from "./manual-timer.ts";
import type { StrictLms } from "./strict-lms.ts";
import { createStrictLms12, createStrictLms2004 } from "./strict-lms.ts";
import { QUIET_LMS, Scorm12API, Scorm2004API } from "./scorm-again.ts";

/**
 * One launch of a course under scorm-again, as the tests use it: content -> strict Moodle rules -> faults
 * (changeable) -> scorm-again. `relaunchSeed` turns what the LMS holds at the end into the data model the
 * next launch starts from, the way an LMS does (entry = resume only after exit = suspend).
 */

export type Version = "1.2" | "2004-3" | "2004-4";

export interface FakeClock {
  (): number;
  advance(ms: number): void;
}

export function createClock(start = Date.UTC(2025, 2, 1, 9, 30)): FakeClock {
  let now = start;
  return Object.assign(() => now, { advance: (ms: number) => void (now += ms) });
}

export interface Launch {
  readonly lms: InstanceType<typeof Scorm12API> | InstanceType<typeof Scorm2004API>;
  readonly strict: StrictLms<RawApi12> | StrictLms<RawApi2004>;
  readonly faulty: FaultyLms<object>;
  readonly tracker: ManagedTracker;
  readonly timer: ManualTimer;
  readonly clock: FakeClock;
  /** The LMS's data model as JSON (`cmi` at the top). */
  cmi(): Record<string, unknown>;
  /** One value as scorm-again holds it (also write-only elements and after Finish). */
  lmsValue(element: string): unknown;
}

export interface LaunchOptions {
  readonly seed?: Record<string, unknown>;
  readonly faults?: Faults;
  readonly clock?: FakeClock;
  readonly logger?: Logger;
  /** The adapter's own value check throws (default, tests) or logs and skips (production). */
  readonly strictValues?: boolean;
}

export function launch(version: Version, course: Course, options: LaunchOptions = {}): Launch {
  const clock = options.clock ?? createClock();
  const timer = createManualTimer();
  const lms = version === "1.2" ? new Scorm12API(QUIET_LMS) : new Scorm2004API(QUIET_LMS);
  if (options.seed) lms.loadFromJSON(options.seed, "cmi");
  const faulty = createFaultyLms<object>(lms, options.faults ?? {});
  const strict =
    version === "1.2"
      ? createStrictLms12(faulty.api as RawApi12)
      : createStrictLms2004(faulty.api as RawApi2004, version === "2004-3" ? 3 : 4);
  const port =
    version === "1.2"
      ? createScorm12Adapter(strict.api as RawApi12, { strict: options.strictValues ?? true, logger: options.logger })
      : createScorm2004Adapter(strict.api as RawApi2004, {
          strict: options.strictValues ?? true,
          logger: options.logger,
          edition: version === "2004-3" ? 3 : 4,
        });
  const tracker = createTracker({ course, lms: port, clock, timer, logger: options.logger ?? silentLogger() });
  return {
    lms, strict, faulty, tracker, timer, clock,
    cmi: () => lms.renderCommitCMI(true) as Record<string, unknown>,
    lmsValue: (element) => lms.getCMIValue(element),
  };
}

export function silentLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  const log = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
  return { lines, info: log, warn: log, error: log };
}

/** What the next launch starts from, as an LMS would store it. */
export function relaunchSeed(version: Version, cmi: Record<string, unknown>): Record<string, unknown> {
  const data = (cmi.cmi ?? cmi) as Record<string, unknown>;
  if (version === "1.2") {
    const core = data.core as Record<string, unknown>;
    return {
      suspend_data: data.suspend_data,
      objectives: data.objectives,
      interactions: data.interactions,
      core: {
        student_name: "Smith, Jo",
        lesson_location: core.lesson_location,
        lesson_status: core.lesson_status,
        score: core.score,
        entry: core.exit === "suspend" ? "resume" : "",
      },
    };
  }
  return {
    suspend_data: data.suspend_data,
    location: data.location,
    learner_name: "Smith, Jo",
    completion_status: data.completion_status,
    success_status: data.success_status,
    score: data.score,
    objectives: data.objectives,
    interactions: data.interactions,
    entry: data.exit === "suspend" ? "resume" : "",
  };
}
