/**
 * Assertions on what reached the LMS after a learner finished a package: statuses, scores, objectives,
 * interactions, session time, bookmark, exit, a single finish and a clean strict layer. Formats are the
 * ones Moodle accepts (../shared/SCORM-FIELD-NOTES.md); values come from expected.ts.
 */
import type { Course } from "@coursepack/course-model";
import { expect } from "vitest";
import type { SessionRecord } from "./attempt.ts";
import { FINISH, valuesSet } from "./attempt.ts";
import type { ExpectedResult } from "./expected.ts";
import { correctPositions, raw, response, scaled } from "./expected.ts";
import { LEARNER_TIME_ZONE } from "./session.ts";

/** 1.2 CMITimespan as the runtime writes it (HHHH:MM:SS.SS); 2004 ISO 8601 duration, at most 2 decimals. */
export const SESSION_TIME = { "1.2": /^\d{4}:\d{2}:\d{2}\.\d{2}$/, "2004": /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/ };
const TIME_OF_DAY_12 = /^\d{2}:\d{2}:\d{2}$/;
const TIMESTAMP_2004 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?Z$/;

export interface FinalOptions {
  /** Question ids answered in an earlier session: restored answers carry no latency. */
  readonly restored?: ReadonlySet<string>;
  /** What the LMS said at the start of this session. */
  readonly entry?: "ab-initio" | "resume";
}

/** A finished session: the frame closed after the learner reached the results with `expected`. */
export function expectFinalReport(record: SessionRecord, course: Course, expected: ExpectedResult, options: FinalOptions = {}): void {
  expectCleanSession(record);
  const { stored } = record;
  const is12 = record.version === "1.2";
  expect(stored.entry, "entry").toBe(options.entry ?? "ab-initio");
  expect(stored.location, "bookmark").toBe("results");
  expect(stored.suspendData).toMatch(/^v1\|/);
  const verdict = expected.passed ? "passed" : "failed";
  if (is12) expect(stored.lessonStatus, "lesson_status").toBe(verdict);
  else expect([stored.completion, stored.success], "completion and success").toEqual(["completed", verdict]);
  expect(stored.score).toEqual({ raw: raw(expected.score), min: "0", max: "100", ...(is12 ? {} : { scaled: scaled(expected.score) }) });
  // Done (exit without suspend) once passed, or once no attempt is left; one submission was made.
  const attemptsLeft = course.assessment.attempts === 0 || course.assessment.attempts > 1;
  const done = expected.passed === true || !attemptsLeft;
  expect(stored.exit, "exit").toBe(done ? (is12 ? "" : "normal") : "suspend");
  expectObjectives(record, course, expected);
  expectInteractions(record, course, expected, options.restored ?? new Set());
}

/** Strict layer clean, no errors in the browser, pagehide seen, one finish, session times well formed. */
export function expectCleanSession(record: SessionRecord): void {
  expect(record.violations, "Moodle's value rules").toEqual([]);
  expect(record.problems, "errors and warnings in the browser").toEqual([]);
  expect(record.frameEvents, "the frame's lifecycle").toContain("pagehide");
  expect(record.calls.filter((c) => c.method === FINISH[record.version]), "finish calls").toHaveLength(1);
  const element = record.version === "1.2" ? "cmi.core.session_time" : "cmi.session_time";
  const times = valuesSet(record, element);
  expect(times.length, "session_time set").toBeGreaterThan(0);
  for (const time of times) expect(time).toMatch(SESSION_TIME[record.version === "1.2" ? "1.2" : "2004"]);
  expectSessionTimeFits(record, times.at(-1)!);
  expectScoresOnlyWithVerdict(record);
}

/**
 * The last session time is the session's real length: no longer than from the LMS page opening to the frame
 * closing, and not shorter than from the frame being ready (the LMS page's load waits for the frame, so the
 * player was running by then) to the frame closing. Catches a unit slip (ms for s, minutes for hours) that
 * a format check lets through.
 */
function expectSessionTimeFits(record: SessionRecord, last: string): void {
  const seconds = secondsOf(last);
  const { launchedAt, readyAt, closedAt } = record.window;
  const most = (closedAt - launchedAt) / 1000 + 0.05;
  const least = (closedAt - readyAt) / 1000 - 1;
  expect(seconds, `session_time ${last}: at most ${most}s`).toBeLessThanOrEqual(most);
  expect(seconds, `session_time ${last}: at least ${least}s`).toBeGreaterThanOrEqual(least);
}

/** Seconds of a 1.2 timespan (HHHH:MM:SS.SS) or a 2004 duration (PTxHyMz.zzS). */
export function secondsOf(time: string): number {
  const span = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(time);
  if (span) return Number(span[1]) * 3600 + Number(span[2]) * 60 + Number(span[3]);
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(time);
  if (!iso) throw new Error(`not a session time: ${time}`);
  return Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0);
}

/**
 * When an answer was given, as the version writes it: 1.2 the learner's local time of day (CMITime), 2004 a
 * UTC timestamp. The learner's browser is on LEARNER_TIME_ZONE, so a mix-up of local and UTC time shows.
 */
function expectAnsweredInSession(record: SessionRecord, questionId: string, time: string): void {
  const from = record.window.readyAt - 1000;
  const to = record.window.closedAt + 1000;
  if (record.version !== "1.2") {
    const at = Date.parse(time);
    expect(at >= from && at <= to, `${questionId} timestamp ${time} between ${new Date(from).toISOString()} and ${new Date(to).toISOString()}`).toBe(true);
    return;
  }
  const local = new Intl.DateTimeFormat("en-GB", { timeZone: LEARNER_TIME_ZONE, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
  const seconds = Array.from({ length: Math.ceil((to - from) / 1000) + 1 }, (_, i) => local.format(new Date(from + i * 1000)));
  expect(seconds, `${questionId} time ${time}: the learner's local time of day (${LEARNER_TIME_ZONE}) during the session`).toContain(time);
}

function expectObjectives(record: SessionRecord, course: Course, expected: ExpectedResult): void {
  const is12 = record.version === "1.2";
  const passMark = course.assessment.passMark ?? 0;
  expect(record.stored.objectives.map((o) => o.id), "one objective per outcome").toEqual(course.outcomes.map((o) => o.id));
  for (const objective of record.stored.objectives) {
    const score = expected.outcomes[objective.id];
    if (score === undefined) continue;
    const verdict = score >= passMark ? "passed" : "failed";
    expect(objective.score, objective.id).toEqual({ raw: raw(score), min: "0", max: "100", ...(is12 ? {} : { scaled: scaled(score) }) });
    if (is12) expect(objective.status, objective.id).toBe(verdict);
    else expect([objective.completion, objective.success], objective.id).toEqual(["completed", verdict]);
  }
}

function expectInteractions(record: SessionRecord, course: Course, expected: ExpectedResult, restored: ReadonlySet<string>): void {
  const is12 = record.version === "1.2";
  const interactions = record.stored.interactions;
  expect(interactions.map((i) => i.id), "one interaction per question").toEqual(course.questions.map((q) => q.id));
  expected.answers.forEach(({ question, right, picked }, index) => {
    const interaction = interactions[index]!;
    expect(interaction, question.id).toMatchObject({
      type: question.type === "true-false" ? "true-false" : "choice",
      response: response(record.version, question, picked),
      correct: response(record.version, question, correctPositions(question)),
      result: right ? "correct" : is12 ? "wrong" : "incorrect",
      objective: question.outcomeId,
    });
    // Time and latency as the content sent them (scorm-again normalises what it stores).
    const prefix = `cmi.interactions.${index}`;
    const time = valuesSet(record, `${prefix}.${is12 ? "time" : "timestamp"}`).at(-1) ?? "";
    expect(time, `${question.id} time`).toMatch(is12 ? TIME_OF_DAY_12 : TIMESTAMP_2004);
    expectAnsweredInSession(record, question.id, time);
    const latency = valuesSet(record, `${prefix}.latency`);
    if (restored.has(question.id)) expect(latency, `${question.id} latency (restored answer)`).toEqual([]);
    else expect(latency.at(-1), `${question.id} latency`).toMatch(is12 ? SESSION_TIME["1.2"] : SESSION_TIME["2004"]);
  });
  if (is12) for (const i of interactions) expect(i.response, `${i.id}: 1.2 single characters`).toMatch(/^([0-9a-z](,[0-9a-z])*)$/);
}

/**
 * Scores go out only with the verdict (ADR 0002): at every commit and at finish, a raw score the content
 * has set comes with a terminal status, so Moodle's mastery override can never judge an unfinished attempt.
 */
export function expectScoresOnlyWithVerdict(record: Pick<SessionRecord, "calls" | "version">): void {
  const is12 = record.version === "1.2";
  const scoreElement = is12 ? "cmi.core.score.raw" : "cmi.score.raw";
  const statusElement = is12 ? "cmi.core.lesson_status" : "cmi.success_status";
  let score = "";
  let status = "";
  for (const call of record.calls) {
    const set = /SetValue$/.test(call.method) && call.result === "true";
    if (set && call.args[0] === scoreElement) score = call.args[1] ?? "";
    if (set && call.args[0] === statusElement) status = call.args[1] ?? "";
    if (/(Commit|Finish|Terminate)$/.test(call.method) && score !== "") {
      expect(["passed", "failed"], `${statusElement} when ${scoreElement} = ${score} was committed`).toContain(status);
    }
  }
}
