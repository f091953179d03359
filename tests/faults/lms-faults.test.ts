/**
 * The LMS misbehaves while a learner works: Commit answers "false", SetValue raises an error, the API throws,
 * the API disappears. The learner must be told that saving failed, the LMS must keep everything it held and
 * never get a verdict the learner did not earn, and once the LMS answers again the learner's next action
 * must deliver every answer and the place. Relationships (feedback per question), SCORM 1.2 and 2004-4.
 */
import type { ScormVersion } from "@coursepack/course-model";
import { describe, expect, test } from "vitest";
import { closeAndRecord, launch, recordOf } from "../harness/attempt.ts";
import { expectResultsScreen, useBrowser } from "../harness/course-suite.ts";
import { expectedResult } from "../harness/expected.ts";
import type { Plan } from "../harness/learner.ts";
import { allRight } from "../harness/learner.ts";
import type { Faults } from "../harness/lms/main.ts";
import { expectNothingLost, expectNoVerdictSent, expectNoVerdictYet, progressOf, savedProgress } from "../harness/progress.ts";
import { answersGiven, SAVE_TEXT, SAVE_WAIT_MS, saveAnnouncement, saveText, sectionSizes } from "../harness/steps.ts";

const env = useBrowser();
const COURSE = "relationships-with-service-users";
const HEALED: Faults = { commit: null, setValue: null, gone: false };
/** The tracker's own retry warning: the only console output a fault may cause. */
const RETRY_WARNING = /^warning: coursepack: progress not saved yet \(.+\); retrying$/;

const FAULTS: readonly [string, Faults][] = [
  ['Commit returns "false"', { commit: "false" }],
  ["SetValue raises an error", { setValue: "error" }],
  ["the API throws", { commit: "throw" }],
  ["the LMS disappears (every call throws)", { gone: true }],
];
const CASES = (["1.2", "2004-4"] as const).flatMap((version) => FAULTS.map(([name, faults]) => [version, name, faults] as const));

describe("a fault while the learner answers: told, nothing lost, everything delivered once the LMS answers", () => {
  test.each(CASES)("SCORM %s, %s", async (version, name, faults) => {
    const pkg = await env.pkg(COURSE, null, version);
    const course = pkg.course;
    const plan: Plan = (_q, i) => i % 5 !== 2;
    const sizes = sectionSizes(course);
    const attempt = await launch(env.browser(), env.server(), pkg);
    const frame = await attempt.session.frame();
    // Section 1 saved while the LMS is well.
    await attempt.learner.take(plan, { stopAfter: sizes[0]! });
    const before = await savedProgress(attempt.session, course, version, sizes[0]!);
    expect(await saveText(frame)).toBe(SAVE_TEXT.saved);

    // Section 2 answered and left while the LMS fails: the learner is told, the LMS keeps what it had.
    await attempt.session.setFaults(faults);
    await attempt.learner.take(plan, { stopAfter: sizes[1]! });
    await expect.poll(() => saveText(frame), { timeout: SAVE_WAIT_MS, message: "the header says progress is not saved" }).toBe(SAVE_TEXT.notSaved);
    expect(await saveAnnouncement(frame), "announced to screen readers").toBe(SAVE_TEXT.notSaved);
    const during = progressOf(course, version, await attempt.session.committed());
    expectNothingLost(before, during, `${name}, during the fault`);
    expectNoVerdictYet(during, `${name}, during the fault`);

    // The LMS answers again: the learner's next answer saves, and carries everything given meanwhile.
    await attempt.session.setFaults(HEALED);
    await attempt.learner.take(plan, { stopAfter: 1 });
    await expect.poll(() => saveText(frame), { timeout: SAVE_WAIT_MS, message: "the header says Saved again" }).toBe(SAVE_TEXT.saved);
    expect(await saveAnnouncement(frame), "the recovery is announced").toBe(SAVE_TEXT.saved);
    const after = await savedProgress(attempt.session, course, version, sizes[0]! + sizes[1]! + 1);
    expectNothingLost(during, after, `${name}, after the fault`);
    expectNoVerdictYet(after, `${name}, after the fault`);
    expect(after.answers, "every answer given, the ones during the fault too").toEqual(answersGiven(course, plan, sizes[0]! + sizes[1]! + 1));
    expect(after.sectionsDone).toEqual(course.outcomes.slice(0, 2).map((o) => o.id));
    expect(after.location, "the place").toBe(course.outcomes[2]!.id);

    const record = await closeAndRecord(attempt);
    expectOnlyRetryWarnings(record.problems, record.violations);
    expectNoVerdictSent(record.calls, name);
    expect(progressOf(course, version, record.committed).exit).toBe("suspend");
  });
});

describe("a fault when the verdict goes out, and after a pass", () => {
  const cases: readonly [ScormVersion, string, Faults][] = [
    ["1.2", "the API throws", { commit: "throw" }],
    ["2004-4", 'Commit returns "false"', { commit: "false" }],
  ];
  test.each(cases)("SCORM %s, %s: the pass reaches the LMS once it answers, and is never downgraded", async (version, _name, faults) => {
    const pkg = await env.pkg(COURSE, null, version);
    const course = pkg.course;
    const attempt = await launch(env.browser(), env.server(), pkg);
    const frame = await attempt.session.frame();
    const last = course.questions.filter((q) => q.outcomeId === course.outcomes.at(-1)!.id).length;
    await attempt.learner.take(allRight, { stopAfter: course.questions.length - last });
    const before = await savedProgress(attempt.session, course, version, course.questions.length - last);

    // The last section, Finish and the results while the LMS fails: no verdict reaches it, the learner is told.
    await attempt.session.setFaults(faults);
    await attempt.learner.take(allRight);
    await expectResultsScreen(attempt, expectedResult(course, allRight));
    await expect.poll(() => saveText(frame), { timeout: SAVE_WAIT_MS }).toBe(SAVE_TEXT.notSaved);
    const during = progressOf(course, version, await attempt.session.committed());
    expectNothingLost(before, during, "the verdict during the fault");
    expectNoVerdictYet(during, "the verdict during the fault");

    // Healed: the next press (the certificate) delivers the verdict and the score.
    await attempt.session.setFaults(HEALED);
    await frame.locator("cp-results").getByRole("button", { name: "View certificate", exact: true }).click();
    await expect.poll(() => saveText(frame), { timeout: SAVE_WAIT_MS }).toBe(SAVE_TEXT.saved);
    const passed = progressOf(course, version, await attempt.session.committed());
    expect(passed).toMatchObject({ completion: "completed", success: "passed", score: "100" });
    expect(Object.keys(passed.answers)).toHaveLength(course.questions.length);

    // The LMS goes away for good, the learner goes back to the results and leaves: the pass stays as stored.
    await attempt.session.setFaults({ gone: true });
    await frame.getByRole("button", { name: "Back to results", exact: true }).click();
    await expect.poll(() => saveText(frame), { timeout: SAVE_WAIT_MS }).not.toBe(SAVE_TEXT.saved);
    await attempt.session.closeFrame();
    const record = await recordOf(attempt);
    await attempt.session.close();
    expectOnlyRetryWarnings(record.problems, record.violations);
    expectNothingLost(passed, progressOf(course, version, record.committed), "after the pass");
  });
});

function expectOnlyRetryWarnings(problems: readonly string[], violations: readonly unknown[]): void {
  expect(violations, "Moodle's value rules").toEqual([]);
  expect(problems.filter((p) => !RETRY_WARNING.test(p)), "nothing in the console but the tracker's retry warnings").toEqual([]);
}
