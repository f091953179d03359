/**
 * One learner session in the fake LMS, from launch to the frame being closed, and everything the LMS saw
 * of it: the calls, the strict layer's violations, the frame's lifecycle events and what was stored.
 */
import type { ScormVersion } from "@coursepack/course-model";
import type { Violation } from "@coursepack/tracking/testing";
import type { Browser } from "playwright-core";
import type { Call } from "./lms/main.ts";
import type { Learner } from "./learner.ts";
import { learner } from "./learner.ts";
import type { LaunchOptions, LoadedPackage } from "./package.ts";
import { launchPackage } from "./package.ts";
import type { Reported } from "./reported.ts";
import { reported } from "./reported.ts";
import type { TestServer } from "./server.ts";
import type { CmiJson, LmsSession } from "./session.ts";

export interface Attempt {
  readonly pkg: LoadedPackage;
  readonly session: LmsSession;
  readonly learner: Learner;
  /** Epoch ms: before the LMS page opened, and once the package's frame was there. */
  readonly launchedAt: number;
  readonly readyAt: number;
}

/** What the LMS saw of a session once its frame was closed. */
export interface SessionRecord {
  readonly version: ScormVersion;
  readonly calls: readonly Call[];
  readonly violations: readonly Violation[];
  readonly frameEvents: readonly string[];
  /** Uncaught errors, console errors and warnings. */
  readonly problems: readonly string[];
  /** What the LMS stored (the last successful commit or finish): what the next launch gets. */
  readonly committed: CmiJson | null;
  readonly stored: Reported;
  /** Epoch ms bounds of the session as the test saw it: launch, frame ready, frame closed. */
  readonly window: { readonly launchedAt: number; readonly readyAt: number; readonly closedAt: number };
}

export const FINISH: Readonly<Record<ScormVersion, string>> = { "1.2": "LMSFinish", "2004-3": "Terminate", "2004-4": "Terminate" };

export async function launch(browser: Browser, server: TestServer, pkg: LoadedPackage, options: LaunchOptions = {}): Promise<Attempt> {
  const launchedAt = Date.now();
  const session = await launchPackage(browser, server, pkg, options);
  const frame = await session.frame();
  return { pkg, session, learner: learner(frame, pkg.course), launchedAt, readyAt: Date.now() };
}

/** Closes the package's frame as an LMS does when the learner leaves, then reads what the LMS holds. */
export async function closeAndRecord(attempt: Attempt): Promise<SessionRecord> {
  const { session, pkg } = attempt;
  await session.closeFrame();
  const closedAt = Date.now();
  // pagehide runs while the frame is removed; give a slow machine a moment before reading the record.
  const deadline = Date.now() + 5_000;
  while (!(await session.calls()).some((c) => c.method === FINISH[pkg.scorm]) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const record = await recordOf(attempt, closedAt);
  await session.close();
  return record;
}

export async function recordOf({ session, pkg, launchedAt, readyAt }: Attempt, closedAt = Date.now()): Promise<SessionRecord> {
  const committed = await session.committed();
  return {
    version: pkg.scorm,
    calls: await session.calls(),
    violations: await session.violations(),
    frameEvents: await session.frameEvents(),
    problems: [...session.problems()],
    committed,
    stored: reported(pkg.scorm, committed),
    window: { launchedAt, readyAt, closedAt },
  };
}

/** Every value the content set for an element, in order (from the LMS's call log). */
export function valuesSet(record: Pick<SessionRecord, "calls">, element: string): string[] {
  return record.calls.filter((c) => /SetValue$/.test(c.method) && c.args[0] === element).map((c) => c.args[1] ?? "");
}
