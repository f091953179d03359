/**
 * What the LMS holds of a learner's progress, in one shape for both versions, and the checks every fault and
 * relaunch must pass: nothing the LMS already held is lost, and no terminal status or score appears that the
 * learner did not earn. Answers and sections come from the suspend data, decoded with the tracker's own
 * public codec (what `coursepack decode` shows support staff); statuses and the journal from the cmi fields.
 */
import type { Course, ScormVersion } from "@coursepack/course-model";
import { decodeProgress } from "@coursepack/tracking";
import { expect } from "vitest";
import { reported } from "./reported.ts";
import type { CmiJson, LmsSession } from "./session.ts";

export interface Progress {
  /** The bookmark: "welcome", an outcome id, "assessment", "results"; "" when none. */
  readonly location: string;
  readonly exit: string;
  /** Choice ids per answered question (the suspend data); {} when there is none. */
  readonly answers: Readonly<Record<string, readonly string[]>>;
  readonly sectionsDone: readonly string[];
  /** "completed", "incomplete" or "" (nothing yet). 1.2's passed/failed count as completed. */
  readonly completion: string;
  /** "passed", "failed" or "unknown". */
  readonly success: string;
  /** score.raw, "" when none. */
  readonly score: string;
  /** The interactions journal: id and result of each, in order. */
  readonly journal: readonly string[];
}

export function progressOf(course: Course, version: ScormVersion, committed: CmiJson | null): Progress {
  const held = reported(version, committed);
  const decoded = held.suspendData ? decodeProgress(course, held.suspendData) : null;
  if (decoded && !decoded.ok) throw new Error(`the LMS holds suspend data the course cannot read: ${decoded.reason}`);
  const saved = decoded?.value;
  const [completion, success] = version === "1.2" ? statuses12(held.lessonStatus ?? "") : [held.completion ?? "", held.success ?? "unknown"];
  return {
    location: held.location,
    exit: held.exit,
    answers: saved?.answers ?? {},
    sectionsDone: saved?.sectionsDone ?? [],
    completion: completion === "unknown" || completion === "not attempted" ? "" : completion,
    success: success === "" ? "unknown" : success,
    score: held.score.raw,
    journal: held.interactions.map((i) => `${i.id}:${i.result}`),
  };
}

/**
 * What the LMS holds once a save has delivered `answers` answers. A save runs at the end of the learner's
 * task (and the header says "Saved" before any save), so reading right after a press can be too early.
 */
export async function savedProgress(session: LmsSession, course: Course, version: ScormVersion, answers: number): Promise<Progress> {
  const read = async () => progressOf(course, version, await session.committed());
  await expect.poll(async () => Object.keys((await read()).answers).length, { timeout: 5_000, message: `${answers} answers saved` }).toBe(answers);
  return read();
}

/** 1.2 folds both statuses into lesson_status (RTE 3.4.4). */
function statuses12(status: string): [string, string] {
  if (status === "passed" || status === "failed") return ["completed", status];
  return [status, "unknown"];
}

/**
 * Everything `before` held is still there in `after`: every answer with the same choices, every section
 * done, the journal as it was (later interactions appended), and no status or score downgraded.
 */
export function expectNothingLost(before: Progress, after: Progress, when: string): void {
  expect(after.answers, `${when}: answers kept`).toMatchObject(before.answers);
  expect(after.sectionsDone, `${when}: sections kept`).toEqual(expect.arrayContaining([...before.sectionsDone]));
  expect(after.journal.slice(0, before.journal.length), `${when}: interactions journal kept`).toEqual(before.journal);
  if (before.completion === "completed") expect(after.completion, `${when}: completion kept`).toBe("completed");
  if (before.success === "passed") expect(after.success, `${when}: a pass is never downgraded`).toBe("passed");
  if (before.success === "failed") expect(["failed", "passed"], `${when}: a verdict is never withdrawn`).toContain(after.success);
  if (before.score !== "") expect(Number(after.score), `${when}: score kept (${before.score})`).toBeGreaterThanOrEqual(Number(before.score));
}

/** Before the knowledge check is final: in progress at most, no verdict, no score. */
export function expectNoVerdictYet(progress: Progress, when: string): void {
  expect(["", "incomplete"], `${when}: completion before the assessment is final`).toContain(progress.completion);
  expect(progress.success, `${when}: success before the assessment is final`).toBe("unknown");
  expect(progress.score, `${when}: score before the assessment is final`).toBe("");
}

/**
 * In a session that did not submit the knowledge check, the content never even tried to set a verdict or a
 * score, for the course or any objective: checked on the calls, so a value the LMS refused (or a commit
 * that failed) cannot hide one.
 */
export function expectNoVerdictSent(calls: readonly { method: string; args: readonly string[] }[], when: string): void {
  const course = /^cmi\.(core\.lesson_status|completion_status|success_status)$/;
  const objective = /^cmi\.objectives\.\d+\.(status|success_status)$/;
  const score = /^cmi\.(core\.)?(objectives\.\d+\.)?score\.(raw|scaled)$/;
  const sent = calls.filter((c) => /SetValue$/.test(c.method)).map((c) => [c.args[0] ?? "", c.args[1] ?? ""] as const);
  // An outcome's section being done may complete its objective; only the course's completion waits.
  const verdicts = sent.filter(([element, value]) =>
    (course.test(element) && ["passed", "failed", "completed"].includes(value)) || (objective.test(element) && ["passed", "failed"].includes(value)),
  );
  expect(verdicts, `${when}: no verdict sent`).toEqual([]);
  expect(sent.filter(([element]) => score.test(element)), `${when}: no score sent`).toEqual([]);
}
