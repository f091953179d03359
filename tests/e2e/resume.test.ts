import type { ScormVersion } from "@coursepack/course-model";
import { decodeProgress } from "@coursepack/tracking";
import { describe, expect, test } from "vitest";
import type { Attempt, SessionRecord } from "../harness/attempt.ts";
import { closeAndRecord, launch, valuesSet } from "../harness/attempt.ts";
import { expectResultsScreen, useBrowser } from "../harness/course-suite.ts";
import { expectedResult } from "../harness/expected.ts";
import { expectCleanSession, expectFinalReport } from "../harness/expect-report.ts";
import type { Plan } from "../harness/learner.ts";
import type { LoadedPackage } from "../harness/package.ts";
import { allRight, allWrong, ASSESSMENT_TITLE, assessmentOrder, picks, RESULTS_TITLE } from "../harness/learner.ts";

const env = useBrowser();

interface Case {
  readonly courseId: string;
  readonly variant: string | null;
  readonly version: ScormVersion;
  /** Answers given before the learner leaves. */
  readonly stopAfter: number;
  readonly plan: Plan;
}

// Relationships: 9 answers is the first of the two questions of section 5, so the learner leaves mid-section.
// Key Working: 10 of the 29 answers ticked on the knowledge check, not yet submitted.
const CASES: readonly Case[] = [
  { courseId: "relationships-with-service-users", variant: null, version: "1.2", stopAfter: 9, plan: (_q, i) => i % 4 !== 2 },
  { courseId: "key-working", variant: "2-3-days", version: "2004-4", stopAfter: 10, plan: (_q, i) => i % 5 !== 0 },
];

describe("leaving mid-course and relaunching", () => {
  test.each(CASES.map((c) => [c.courseId, c.version, c] as const))("%s, SCORM %s: suspended, resumed at the same place with the answers kept, then finished", async (_id, _version, c) => {
    const pkg = await env.pkg(c.courseId, c.variant, c.version);
    const left = await leaveMidCourse(pkg, c);
    await resumeAndFinish(pkg, c, left);
  });
});

interface Left {
  readonly screen: string;
  readonly questions: Awaited<ReturnType<Attempt["learner"]["questionsOnScreen"]>>;
  readonly record: SessionRecord;
}

/** Session 1: answer `stopAfter` questions, then the LMS's frame closes. The LMS must hold a suspended attempt. */
async function leaveMidCourse(pkg: LoadedPackage, { version, stopAfter, plan }: Case): Promise<Left> {
  const course = pkg.course;
  const first = await launch(env.browser(), env.server(), pkg);
  const left = await first.learner.take(plan, { stopAfter });
  expect(left).toMatchObject({ answered: stopAfter, stopped: true });
  const perQuestion = course.assessment.feedback === "per-question";
  if (!perQuestion) expect(left.screen).toBe(ASSESSMENT_TITLE);
  const place = perQuestion ? course.outcomes.find((o) => o.text === left.screen)!.id : "assessment";
  const questions = await first.learner.questionsOnScreen();
  const record = await closeAndRecord(first);
  expectCleanSession(record);
  expect(valuesSet(record, version === "1.2" ? "cmi.core.exit" : "cmi.exit").at(-1), "exit set before finishing").toBe("suspend");
  expect(record.stored).toMatchObject({ entry: "ab-initio", exit: "suspend", location: place, interactions: [] });
  expect(record.stored.score.raw, "no score before the knowledge check is submitted").toBe("");
  if (version === "1.2") expect(record.stored.lessonStatus).toBe("incomplete");
  else expect([record.stored.completion, record.stored.success]).toEqual(["incomplete", "unknown"]);
  const saved = decodeProgress(course, record.stored.suspendData);
  const answered = assessmentOrder(course).slice(0, stopAfter);
  const wanted = Object.fromEntries(answered.map((q) => [q.id, picks(q, plan(q, course.questions.indexOf(q))).map((ch) => ch.id)]));
  expect(saved.ok && saved.value.answers, "answers in the suspend data").toEqual(wanted);
  return { screen: left.screen, questions, record };
}

/** Session 2: the LMS relaunches with what it stored; Resume leads back to the same screen, as it was left. */
async function resumeAndFinish(pkg: LoadedPackage, { version, stopAfter, plan }: Case, left: Left): Promise<void> {
  const course = pkg.course;
  const second = await launch(env.browser(), env.server(), pkg, { stored: left.record.committed });
  expect(await second.learner.screen()).toBe(course.title);
  await expect.poll(() => second.session.frame().then((f) => f.getByText("Welcome back. Resume to carry on where you left off.").isVisible())).toBe(true);
  await second.learner.start();
  expect(await second.learner.screen(), "resumed at the same place").toBe(left.screen);
  const onReturn = await second.learner.questionsOnScreen();
  expect(onReturn, "the questions look as they did when the learner left").toEqual(left.questions);
  expect(onReturn.filter((q) => q.picked.length > 0).length).toBeGreaterThan(0);
  expect(reportedEntry(await second.session.data(), version)).toBe("resume");
  const rest = await second.learner.take(plan);
  expect(rest).toMatchObject({ answered: course.questions.length - stopAfter, screen: RESULTS_TITLE });
  const expected = expectedResult(course, plan);
  await expectResultsScreen(second, expected);
  const record = await closeAndRecord(second);
  const restored = new Set(assessmentOrder(course).slice(0, stopAfter).map((q) => q.id));
  expectFinalReport(record, course, expected, { entry: "resume", restored });
}

describe("failing, coming back to retry, passing, and launching again", () => {
  test("relationships, SCORM 2004 3rd edition: the retry is appended to the journal, the pass is kept on the next launch", async () => {
    const pkg = await env.pkg("relationships-with-service-users", null, "2004-3");
    const course = pkg.course;
    const failing = expectedResult(course, allWrong);

    const first = await launch(env.browser(), env.server(), pkg);
    await first.learner.take(allWrong);
    const one = await closeAndRecord(first);
    expectFinalReport(one, course, failing);

    // Back at the results (the bookmark), the learner retries and gets everything right.
    const second = await launch(env.browser(), env.server(), pkg, { stored: one.committed });
    await second.learner.start();
    expect(await second.learner.screen()).toBe(RESULTS_TITLE);
    await expectResultsScreen(second, failing);
    await (await second.session.frame()).locator("cp-results").getByRole("button", { name: "Retry", exact: true }).click();
    await second.learner.take(allRight);
    const passing = expectedResult(course, allRight);
    await expectResultsScreen(second, passing);
    const two = await closeAndRecord(second);
    expectCleanSession(two);
    expect(two.stored).toMatchObject({ entry: "resume", exit: "normal", completion: "completed", success: "passed" });
    expect(two.stored.score).toEqual({ raw: "100", min: "0", max: "100", scaled: "1" });
    expect(two.stored.objectives.map((o) => [o.id, o.score.raw, o.success])).toEqual(course.outcomes.map((o) => [o.id, "100", "passed"]));
    // The journal: the first attempt's answers as stored, then the retry's, appended.
    const ids = course.questions.map((q) => q.id);
    expect(two.stored.interactions.map((i) => i.id)).toEqual([...ids, ...ids]);
    expect(two.stored.interactions.map((i) => i.result)).toEqual([...ids.map(() => "incorrect"), ...ids.map(() => "correct")]);

    // A later launch is a new session on a passed attempt: it starts afresh and takes nothing back.
    const third = await launch(env.browser(), env.server(), pkg, { stored: two.committed });
    expect(await third.learner.screen()).toBe(course.title);
    const three = await closeAndRecord(third);
    expectCleanSession(three);
    expect(three.stored).toMatchObject({ entry: "", completion: "completed", success: "passed", score: two.stored.score });
    expect(three.stored.interactions).toHaveLength(2 * ids.length);
  });
});

function reportedEntry(data: Record<string, unknown>, version: ScormVersion): unknown {
  const cmi = data.cmi as { core?: { entry?: string }; entry?: string };
  return version === "1.2" ? cmi.core?.entry : cmi.entry;
}
