import path from "node:path";
import { describe, expect, test } from "vitest";
import { closeAndRecord } from "../harness/attempt.ts";
import { launch } from "../harness/attempt.ts";
import { runBot } from "../harness/bot.ts";
import { buildOnce } from "../harness/build-once.ts";
import { useBrowser } from "../harness/course-suite.ts";
import { expectCleanSession } from "../harness/expect-report.ts";
import { loadPackage } from "../harness/package.ts";

const env = useBrowser();
const build = await buildOnce();
const zips = build.report.courses.flatMap((c) => c.packages.map((p) => p.file));

describe("a learner bot that only uses visible buttons with ordinary labels, radios and checkboxes", () => {
  test("the build has the 9 packages to try", () => {
    expect(zips).toHaveLength(9);
  });

  test.each(zips.map((file) => [path.basename(file), file]))("completes %s", async (_name, file) => {
    const pkg = await loadPackage(file);
    const course = pkg.course;
    const attempt = await launch(env.browser(), env.server(), pkg);
    const run = await runBot(await attempt.session.frame());
    const assessment = course.assessment.feedback === "end" ? ["Knowledge check"] : [];
    expect(run.screens).toEqual([course.title, ...course.outcomes.map((o) => o.text), ...assessment, "Your results"]);
    const record = await closeAndRecord(attempt);
    expectCleanSession(record);
    const { stored } = record;
    const raw = Number(stored.score.raw);
    expect(stored.score.raw).not.toBe("");
    const verdict = raw >= (course.assessment.passMark ?? 0) ? "passed" : "failed";
    if (pkg.scorm === "1.2") expect(stored.lessonStatus).toBe(verdict);
    else expect([stored.completion, stored.success]).toEqual(["completed", verdict]);
  });
});
