/**
 * Faults at the two ends of a session, where a retry has least room: the learner presses Exit while the LMS
 * fails, and the LMS fails the very first call of a resumed session (Initialize) and answers again later.
 */
import { EN_GB } from "@coursepack/player";
import { describe, expect, test } from "vitest";
import { closeAndRecord, FINISH, launch } from "../harness/attempt.ts";
import { useBrowser } from "../harness/course-suite.ts";
import { expectCleanSession } from "../harness/expect-report.ts";
import type { Plan } from "../harness/learner.ts";
import type { Faults } from "../harness/lms/main.ts";
import { expectNothingLost, expectNoVerdictYet, progressOf, savedProgress } from "../harness/progress.ts";
import { answersGiven, SAVE_TEXT, SAVE_WAIT_MS, saveText, sectionSizes } from "../harness/steps.ts";

const env = useBrowser();
const COURSE = "relationships-with-service-users";
const HEALED: Faults = { commit: null, setValue: null, gone: false };
const plan: Plan = (_q, i) => i % 4 !== 1;

describe("faults at the ends of a session", () => {
  test("SCORM 2004-4: Exit while Commit fails tells the learner; once the LMS answers, the retry saves everything and finishes once", async () => {
    const pkg = await env.pkg(COURSE, null, "2004-4");
    const course = pkg.course;
    const sizes = sectionSizes(course);
    const attempt = await launch(env.browser(), env.server(), pkg);
    const frame = await attempt.session.frame();
    await attempt.learner.take(plan, { stopAfter: sizes[0]! + 1 });
    const before = await savedProgress(attempt.session, course, pkg.scorm, sizes[0]! + 1);

    await attempt.session.setFaults({ commit: "false" });
    await attempt.learner.take(plan, { stopAfter: 1 });
    await attempt.learner.exit();
    await expect.poll(() => frame.getByText(EN_GB["exit.notSaved"]).isVisible(), { message: "the exit screen says progress is not saved" }).toBe(true);
    expect(await saveText(frame)).toBe(SAVE_TEXT.notSaved);
    expectNothingLost(before, progressOf(course, pkg.scorm, await attempt.session.committed()), "Exit during the fault");

    // The page stays open, as the learner was asked: the tracker's own retry gets through once the LMS answers.
    await attempt.session.setFaults(HEALED);
    await expect.poll(() => frame.getByText(EN_GB["exit.body"]).isVisible(), { timeout: 15_000, message: "the exit screen says saved" }).toBe(true);
    const after = progressOf(course, pkg.scorm, await attempt.session.committed());
    expect(after.answers).toEqual(answersGiven(course, plan, sizes[0]! + 2));
    expectNoVerdictYet(after, "after the retry");
    expect(after.exit).toBe("suspend");
    const record = await closeAndRecord(attempt);
    expect(record.calls.filter((c) => c.method === FINISH[pkg.scorm] && c.result === "true"), "one finish").toHaveLength(1);
  });

  test.each(["1.2", "2004-4"] as const)(
    "SCORM %s: a resumed session whose Initialize throws, then the LMS answers again: what the LMS held is not overwritten",
    async (version) => {
      const pkg = await env.pkg(COURSE, null, version);
      const course = pkg.course;
      const sizes = sectionSizes(course);
      const first = await launch(env.browser(), env.server(), pkg);
      await first.learner.take(plan, { stopAfter: sizes[0]! + sizes[1]! });
      const one = await closeAndRecord(first);
      expectCleanSession(one);
      const held = progressOf(course, version, one.committed);
      expect(Object.keys(held.answers)).toHaveLength(sizes[0]! + sizes[1]!);

      // The LMS throws on every call from the start, so the module cannot read what it holds.
      const second = await launch(env.browser(), env.server(), pkg, { stored: one.committed, faults: { gone: true } });
      const frame = await second.session.frame();
      await second.learner.start();
      await expect.poll(() => saveText(frame), { timeout: SAVE_WAIT_MS, message: "the learner is told nothing is saved" }).toBe(SAVE_TEXT.notSaved);
      // Back again: the learner's next press reaches an LMS that still holds the earlier session's work.
      await second.session.setFaults(HEALED);
      await second.learner.take(plan, { stopAfter: 1 });
      await expect.poll(() => saveText(frame), { timeout: SAVE_WAIT_MS }).toBe(SAVE_TEXT.saved);
      // The first save that reached the LMS after it came back (a retry, or the press): what did it write?
      const read = async () => progressOf(course, version, await second.session.committed());
      await expect.poll(async () => JSON.stringify(await read()) !== JSON.stringify(held), { timeout: SAVE_WAIT_MS }).toBe(true);
      expectNothingLost(held, await read(), "after a late Initialize");
      await closeAndRecord(second);
    },
  );
});
