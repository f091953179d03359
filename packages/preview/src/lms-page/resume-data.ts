/**
 * What the LMS hands a launch before the module starts, as Moodle does: the learner, the pass mark from the
 * manifest, and, on a relaunch, everything the last successful commit stored, with `entry` = resume when the
 * module had left with exit = suspend (SCORM 1.2 RTE 3.4.4 cmi.core.entry; 2004 RTE 4.2.9 cmi.entry).
 * Time: the new session starts at zero and the total grows by the sessions before it (RTE cmi.core.total_time).
 */
import type { ScormVersion } from "@coursepack/course-model";

/** scorm-again's data model as JSON (`renderCMIToJSONObject().cmi`): deep, loosely shaped, read by path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CmiJson = Record<string, any>;

/** What a successful Commit or Finish left in the LMS: what the next launch gets. */
export interface StoredAttempt {
  readonly cmi: CmiJson;
  /** The total time including the session that stored this. */
  readonly totalTime: string;
  /** When it was stored (ms since the epoch). */
  readonly at: number;
}

export interface LaunchInput {
  readonly version: ScormVersion;
  readonly stored: StoredAttempt | null;
  /** As LMSs store it: "Last, First". */
  readonly learnerName: string;
  /** The course's pass mark (0-100), which the manifest gives the LMS; null for completion-only courses. */
  readonly passMark: number | null;
}

export const LEARNER_ID = "preview-learner";

/** "resume" only after a suspend; a fresh attempt is "ab-initio"; a relaunch of a finished one "". */
export function entryFor(version: ScormVersion, stored: StoredAttempt | null): string {
  if (!stored) return "ab-initio";
  const exit = version === "1.2" ? stored.cmi.core?.exit : stored.cmi.exit;
  return exit === "suspend" ? "resume" : "";
}

/** The JSON to give scorm-again's `loadFromJSON` before Initialize. */
export function preloadJson(input: LaunchInput): CmiJson {
  return input.version === "1.2" ? preload12(input) : preload2004(input);
}

function preload12({ stored, learnerName, passMark }: LaunchInput): CmiJson {
  const cmi = stored?.cmi ?? {};
  const core = {
    ...(cmi.core ?? {}),
    student_name: learnerName,
    student_id: LEARNER_ID,
    entry: entryFor("1.2", stored),
    exit: "",
    session_time: "",
    total_time: stored?.totalTime ?? "",
  };
  const studentData = { ...(cmi.student_data ?? {}), mastery_score: passMark === null ? "" : String(passMark) };
  return { cmi: { ...cmi, core, student_data: studentData } };
}

function preload2004({ stored, learnerName, passMark }: LaunchInput): CmiJson {
  return {
    cmi: {
      ...(stored?.cmi ?? {}),
      learner_name: learnerName,
      learner_id: LEARNER_ID,
      entry: entryFor("2004-4", stored),
      exit: "",
      session_time: "",
      total_time: stored?.totalTime ?? "",
      scaled_passing_score: passMark === null ? "" : String(passMark / 100),
    },
  };
}
