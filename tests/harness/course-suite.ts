/**
 * The end-to-end runs of one real course: a learner takes the built package in the fake LMS with a plan
 * (all right, all wrong, a mix) for each SCORM version given, and the test checks what the learner saw on
 * the results screen and what reached the LMS. One browser and one server per test file; runs in sequence.
 */
import type { ScormVersion } from "@coursepack/course-model";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Attempt } from "./attempt.ts";
import { closeAndRecord, FINISH, launch } from "./attempt.ts";
import { launchBrowser } from "./browser.ts";
import { buildOnce, packageFile } from "./build-once.ts";
import type { ExpectedResult } from "./expected.ts";
import { expectedResult, shownPercent } from "./expected.ts";
import { expectFinalReport } from "./expect-report.ts";
import type { Plan } from "./learner.ts";
import { allRight, allWrong, RESULTS_TITLE } from "./learner.ts";
import type { LoadedPackage } from "./package.ts";
import { loadPackage } from "./package.ts";
import type { TestServer } from "./server.ts";
import { startServer } from "./server.ts";

export interface CourseSuite {
  readonly courseId: string;
  readonly variant: string | null;
  /** A plan with some answers wrong, chosen so outcomes score differently. */
  readonly mixed: Plan;
  readonly runs: readonly { readonly version: ScormVersion; readonly plan: "right" | "wrong" | "mixed" }[];
}

/** A browser and a server for the file's tests, and the file's packages read from the run's one build. */
export function useBrowser(): { browser: () => Browser; server: () => TestServer; pkg: (courseId: string, variant: string | null, v: ScormVersion) => Promise<LoadedPackage> } {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const loaded = new Map<string, Promise<LoadedPackage>>();
  return {
    browser: () => browser!,
    server: () => server!,
    pkg: (courseId, variant, version) => {
      const key = `${courseId}/${variant}/${version}`;
      if (!loaded.has(key)) loaded.set(key, buildOnce().then((build) => loadPackage(packageFile(build, courseId, variant, version))));
      return loaded.get(key)!;
    },
  };
}

export function describeCourseRuns(suite: CourseSuite): void {
  const env = useBrowser();
  const plans: Record<string, Plan> = { right: allRight, wrong: allWrong, mixed: suite.mixed };

  describe(`${suite.courseId}${suite.variant ? ` (${suite.variant})` : ""} taken by a learner`, () => {
    const runs = suite.runs.map(({ version, plan }) => [version, plan] as const);
    test.each(runs)("SCORM %s, answers %s: the results screen and the LMS get the expected scores, statuses, objectives and interactions", async (version, plan) => {
      const pkg = await env.pkg(suite.courseId, suite.variant, version);
      const expected = expectedResult(pkg.course, plans[plan]!);
      const attempt = await launch(env.browser(), env.server(), pkg);
      const taken = await attempt.learner.take(plans[plan]!);
      expect(taken).toEqual({ answered: pkg.course.questions.length, stopped: false, screen: RESULTS_TITLE });
      await expectResultsScreen(attempt, expected);
      // With every answer right the learner leaves by Exit first: the frame closing later must not finish again.
      if (plan === "right") await exitFirst(attempt);
      const record = await closeAndRecord(attempt);
      expectFinalReport(record, pkg.course, expected);
    });
  });
}

/** What the learner is shown: score rounded down, verdict, and a score for every outcome. */
export async function expectResultsScreen(attempt: Attempt, expected: ExpectedResult): Promise<void> {
  const course = attempt.pkg.course;
  const shown = await attempt.learner.results();
  expect(shown.score).toBe(`Your score: ${shownPercent(expected.score)}`);
  expect(shown.verdict).toBe(expected.passed ? "✓ You passed." : "✗ You have not passed yet.");
  const outcomes = Object.fromEntries(course.outcomes.map((o) => [o.text, shownPercent(expected.outcomes[o.id]!)]));
  expect(shown.outcomes).toEqual(outcomes);
}

async function exitFirst(attempt: Attempt): Promise<void> {
  await attempt.learner.exit();
  await expect.poll(() => attempt.learner.screen()).toBe("You have left the module");
  const finish = FINISH[attempt.pkg.scorm];
  expect((await attempt.session.calls()).filter((c) => c.method === finish), "Exit finishes the attempt").toHaveLength(1);
}
