import type { RawApi2004 } from "./discovery.ts";
import type { CmiEntry, InteractionRecord, LmsPort, LmsRecord, ObjectiveRecord, StartData } from "./lms-port.ts";
import type { ApiSource, ScormPortOptions, ScormSpec } from "./scorm-port.ts";
import { createScormPort, objectiveIndexes, readCount, readObjectiveIds, statusMayReplace } from "./scorm-port.ts";
import type { Edition } from "./scorm2004-rules.ts";
import { description2004, duration2004, scorm2004Rules, timestamp2004 } from "./scorm2004-rules.ts";
import { decimal } from "./value-rules.ts";

/**
 * The SCORM 2004 adapter (3rd and 4th edition): `window.API_1484_11`, separate `completion_status` and
 * `success_status` (both always set explicitly: Moodle never derives success itself), `score.scaled`,
 * choice responses as identifiers joined by "[,]". Element names follow the SCORM 2004 RTE, section 4.2.
 * The editions differ here only in the suspend_data limit (see scorm2004-rules.ts).
 */

const COMPLETION_ORDER: Readonly<Record<string, number>> = { unknown: 0, "not attempted": 0, incomplete: 1, completed: 2 };
const SUCCESS_ORDER: Readonly<Record<string, number>> = { unknown: 0, failed: 2, passed: 3 };

function scoreEntries(prefix: string, score: number): CmiEntry[] {
  return [
    { element: `${prefix}.min`, value: "0", terminal: true },
    { element: `${prefix}.max`, value: "100", terminal: true },
    { element: `${prefix}.raw`, value: decimal(score, 2), terminal: true },
    { element: `${prefix}.scaled`, value: decimal(score / 100, 4), terminal: true },
  ];
}

function objectiveEntries(objectives: readonly ObjectiveRecord[], start: StartData): CmiEntry[] {
  const indexes = objectiveIndexes(start.objectiveIds, objectives.map((o) => o.id));
  return objectives.flatMap((objective) => {
    const prefix = `cmi.objectives.${indexes.get(objective.id)}`;
    return [
      { element: `${prefix}.id`, value: objective.id },
      { element: `${prefix}.description`, value: description2004(objective.description) },
      ...(objective.score === null ? [] : scoreEntries(`${prefix}.score`, objective.score)),
      { element: `${prefix}.completion_status`, value: objective.completion, terminal: objective.completion === "completed" },
      { element: `${prefix}.success_status`, value: objective.success, terminal: objective.success !== "unknown" },
    ];
  });
}

/** RTE 4.2.9.1: true-false as true/false; choice as short identifiers joined by "[,]". */
function response2004(interaction: InteractionRecord, choices: InteractionRecord["learner"]): string {
  if (interaction.type === "true-false") return choices[0]?.id === "true" ? "true" : "false";
  return choices.map((choice) => choice.id).join("[,]");
}

function interactionEntries(interaction: InteractionRecord, index: number): CmiEntry[] {
  const prefix = `cmi.interactions.${index}`;
  // Moodle needs the id first and the type before any response (else 408 "dependency not established").
  const entries: CmiEntry[] = [
    { element: `${prefix}.id`, value: interaction.id },
    { element: `${prefix}.type`, value: interaction.type },
    { element: `${prefix}.objectives.0.id`, value: interaction.objectiveId },
    { element: `${prefix}.timestamp`, value: timestamp2004(interaction.at) },
    { element: `${prefix}.correct_responses.0.pattern`, value: response2004(interaction, interaction.correct) },
    { element: `${prefix}.learner_response`, value: response2004(interaction, interaction.learner) },
    { element: `${prefix}.result`, value: interaction.result ? "correct" : "incorrect" },
    { element: `${prefix}.description`, value: description2004(interaction.description) },
  ];
  if (interaction.latencyMs !== null) entries.push({ element: `${prefix}.latency`, value: duration2004(interaction.latencyMs) });
  return entries;
}

function toEntries(record: LmsRecord, start: StartData): CmiEntry[] {
  return [
    ...(record.location === null ? [] : [{ element: "cmi.location", value: record.location }]),
    { element: "cmi.suspend_data", value: record.suspendData },
    ...objectiveEntries(record.objectives, start),
    ...record.interactions.flatMap((interaction, k) => interactionEntries(interaction, start.interactionCount + k)),
    ...(record.score === null ? [] : scoreEntries("cmi.score", record.score)),
    { element: "cmi.completion_status", value: record.completion, terminal: record.completion === "completed" },
    { element: "cmi.success_status", value: record.success, terminal: record.success !== "unknown" },
    // "normal" ends the attempt; "suspend" makes the next launch a resume (RTE 4.2.7 cmi.exit).
    { element: "cmi.exit", value: record.done ? "normal" : "suspend" },
    ...(record.sessionMs === null ? [] : [{ element: "cmi.session_time", value: duration2004(record.sessionMs) }]),
  ];
}

function readStart(read: (element: string) => string | null): StartData {
  const completion = read("cmi.completion_status") ?? "";
  const success = read("cmi.success_status") ?? "";
  const objectiveIds = readObjectiveIds(read, "cmi.objectives");
  const objectiveStatuses = objectiveIds.flatMap((_, index) =>
    ["completion_status", "success_status"].map((field) => {
      const element = `cmi.objectives.${index}.${field}`;
      return { element, value: read(element) ?? "" };
    }),
  );
  return {
    resume: read("cmi.entry") === "resume",
    location: read("cmi.location") ?? "",
    suspendData: read("cmi.suspend_data") ?? "",
    learnerName: read("cmi.learner_name") ?? "",
    completed: completion === "completed",
    success: success === "passed" || success === "failed" ? success : "unknown",
    interactionCount: readCount(read, "cmi.interactions._count"),
    objectiveIds,
    current: [
      { element: "cmi.completion_status", value: completion },
      { element: "cmi.success_status", value: success },
      ...objectiveStatuses,
    ],
  };
}

function mayReplace(element: string, from: string, to: string): boolean {
  if (/(^|\.)completion_status$/.test(element)) return statusMayReplace(COMPLETION_ORDER, from, to);
  if (/(^|\.)success_status$/.test(element)) return statusMayReplace(SUCCESS_ORDER, from, to);
  return true;
}

export function scorm2004Spec(edition: Edition): ScormSpec {
  return {
    kind: "scorm2004",
    names: {
      initialize: "Initialize", finish: "Terminate", getValue: "GetValue", setValue: "SetValue",
      commit: "Commit", getLastError: "GetLastError", getErrorString: "GetErrorString",
    },
    rules: scorm2004Rules(edition),
    proofElement: "cmi.suspend_data",
    // 112/113 terminate before init / after terminate; 122/123, 132/133, 142/143 the same for get/set/commit.
    closedCodes: new Set(["112", "113", "122", "123", "132", "133", "142", "143"]),
    // 103: already initialized. The session is usable.
    acceptsInitialize: (result) => result.code === "103",
    readStart,
    toEntries,
    mayReplace,
  };
}

/** The LMS port for a SCORM 2004 `API_1484_11` object (3rd or 4th edition). */
export function createScorm2004Adapter(
  source: ApiSource<RawApi2004>,
  options: ScormPortOptions & { readonly edition?: Edition } = {},
): LmsPort {
  return createScormPort(scorm2004Spec(options.edition ?? 4), source, options);
}
