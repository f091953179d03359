import type { RawApi12 } from "./discovery.ts";
import type { CallResult, CmiEntry, InteractionRecord, LmsPort, LmsRecord, ObjectiveRecord, StartData, Success } from "./lms-port.ts";
import type { ApiSource, ScormPortOptions, ScormSpec } from "./scorm-port.ts";
import { createScormPort, objectiveIndexes, readCount, readObjectiveIds, statusMayReplace } from "./scorm-port.ts";
import { SCORM12_RULES, choiceChar12, timeOfDay12, timespan12 } from "./scorm12-rules.ts";
import { decimal } from "./value-rules.ts";

/**
 * The SCORM 1.2 adapter: `window.API`, `cmi.core.*`, one `lesson_status` for completion and success,
 * single-character choice responses. Element names and formats follow the SCORM 1.2 RTE, section 3.4.
 */

const STATUS_ORDER: Readonly<Record<string, number>> = {
  "not attempted": 0, browsed: 1, incomplete: 1, completed: 2, failed: 2, passed: 3,
};
const TERMINAL = new Set(["completed", "passed", "failed"]);

/**
 * One lesson_status from completion + success (RTE 3.4.4 cmi.core.lesson_status): incomplete until the
 * course is completed, then passed/failed, or completed where nothing is assessed. A passed or failed
 * package never reports "completed" (Moodle's "Require status: passed" would otherwise never be met).
 */
export function lessonStatus(completion: string, success: Success, assessable: boolean): string {
  if (completion !== "completed") return "incomplete";
  if (success !== "unknown") return success;
  return assessable ? "incomplete" : "completed";
}

function objectiveStatus(objective: ObjectiveRecord): string {
  if (objective.success !== "unknown") return objective.success;
  if (objective.completion !== "completed") return "not attempted";
  return objective.assessable ? "incomplete" : "completed";
}

function scoreEntries(prefix: string, score: number): CmiEntry[] {
  return [
    { element: `${prefix}.min`, value: "0", terminal: true },
    { element: `${prefix}.max`, value: "100", terminal: true },
    { element: `${prefix}.raw`, value: decimal(score, 2), terminal: true },
  ];
}

function objectiveEntries(objectives: readonly ObjectiveRecord[], start: StartData): CmiEntry[] {
  const indexes = objectiveIndexes(start.objectiveIds, objectives.map((o) => o.id));
  return objectives.flatMap((objective) => {
    const prefix = `cmi.objectives.${indexes.get(objective.id)}`;
    const status = objectiveStatus(objective);
    return [
      { element: `${prefix}.id`, value: objective.id },
      ...(objective.score === null ? [] : scoreEntries(`${prefix}.score`, objective.score)),
      { element: `${prefix}.status`, value: status, terminal: TERMINAL.has(status) },
    ];
  });
}

/** True-false as t/f; choices as single characters by position (RTE 3.4.4, cmi.interactions.n.student_response). */
function response12(interaction: InteractionRecord, choices: InteractionRecord["learner"]): string {
  if (interaction.type === "true-false") return choices[0]?.id === "true" ? "t" : "f";
  return choices.map((choice) => choiceChar12(choice.index)).join(",");
}

function interactionEntries(interaction: InteractionRecord, index: number): CmiEntry[] {
  const prefix = `cmi.interactions.${index}`;
  const entries: CmiEntry[] = [
    { element: `${prefix}.id`, value: interaction.id },
    { element: `${prefix}.objectives.0.id`, value: interaction.objectiveId },
    { element: `${prefix}.time`, value: timeOfDay12(interaction.at) },
    { element: `${prefix}.type`, value: interaction.type },
    { element: `${prefix}.correct_responses.0.pattern`, value: response12(interaction, interaction.correct) },
    { element: `${prefix}.student_response`, value: response12(interaction, interaction.learner) },
    { element: `${prefix}.result`, value: interaction.result ? "correct" : "wrong" },
  ];
  if (interaction.latencyMs !== null) entries.push({ element: `${prefix}.latency`, value: timespan12(interaction.latencyMs) });
  return entries;
}

function toEntries(record: LmsRecord, start: StartData): CmiEntry[] {
  const status = lessonStatus(record.completion, record.success, record.assessable);
  // With a mastery score in the manifest, Moodle turns any raw score into passed/failed at LMSFinish, even
  // over incomplete: the raw score goes out only together with the verdict.
  const verdict = !record.assessable || status === "passed" || status === "failed";
  return [
    ...(record.location === null ? [] : [{ element: "cmi.core.lesson_location", value: record.location }]),
    { element: "cmi.suspend_data", value: record.suspendData },
    ...objectiveEntries(record.objectives, start),
    ...record.interactions.flatMap((interaction, k) => interactionEntries(interaction, start.interactionCount + k)),
    ...(record.score === null || !verdict ? [] : scoreEntries("cmi.core.score", record.score)),
    { element: "cmi.core.lesson_status", value: status, terminal: TERMINAL.has(status) },
    // An empty exit ends the attempt normally; "suspend" makes the next launch a resume (RTE 3.4.4 cmi.core.exit).
    { element: "cmi.core.exit", value: record.done ? "" : "suspend" },
    ...(record.sessionMs === null ? [] : [{ element: "cmi.core.session_time", value: timespan12(record.sessionMs) }]),
  ];
}

function readStart(read: (element: string) => string | null): StartData {
  const status = read("cmi.core.lesson_status") ?? "";
  const objectiveIds = readObjectiveIds(read, "cmi.objectives");
  const objectiveStatuses = objectiveIds.map((_, index) => ({
    element: `cmi.objectives.${index}.status`,
    value: read(`cmi.objectives.${index}.status`) ?? "",
  }));
  return {
    resume: read("cmi.core.entry") === "resume",
    location: read("cmi.core.lesson_location") ?? "",
    suspendData: read("cmi.suspend_data") ?? "",
    learnerName: read("cmi.core.student_name") ?? "",
    completed: status === "completed" || status === "passed",
    success: status === "passed" || status === "failed" ? status : "unknown",
    interactionCount: readCount(read, "cmi.interactions._count"),
    objectiveIds,
    current: [{ element: "cmi.core.lesson_status", value: status }, ...objectiveStatuses],
  };
}

function mayReplace(element: string, from: string, to: string): boolean {
  if (element === "cmi.core.lesson_status" || /^cmi\.objectives\.\d+\.status$/.test(element)) {
    return statusMayReplace(STATUS_ORDER, from, to);
  }
  return true;
}

export const SCORM12_SPEC: ScormSpec = {
  kind: "scorm12",
  names: {
    initialize: "LMSInitialize", finish: "LMSFinish", getValue: "LMSGetValue", setValue: "LMSSetValue",
    commit: "LMSCommit", getLastError: "LMSGetLastError", getErrorString: "LMSGetErrorString",
  },
  rules: SCORM12_RULES,
  proofElement: "cmi.suspend_data",
  // 301: not initialized (the session was finished or never opened).
  closedCodes: new Set(["301"]),
  acceptsInitialize: (_result: CallResult) => false,
  readStart,
  toEntries,
  mayReplace,
};

/** The LMS port for a SCORM 1.2 `API` object (or a function that finds it again after a failure). */
export function createScorm12Adapter(source: ApiSource<RawApi12>, options: ScormPortOptions = {}): LmsPort {
  return createScormPort(SCORM12_SPEC, source, options);
}
