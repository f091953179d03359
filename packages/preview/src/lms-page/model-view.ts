/**
 * The LMS's data model in plain rows for the panel, one reader per SCORM version (the only place in the
 * page that knows 1.2's and 2004's element names). Values are shown as the LMS holds them, "" as "—".
 */
import type { ScormVersion } from "@coursepack/course-model";
import type { CmiJson } from "./resume-data.ts";

export interface Fact {
  readonly label: string;
  /** The element(s) it comes from, e.g. "cmi.core.lesson_status". */
  readonly element: string;
  readonly value: string;
}

export interface ObjectiveRow {
  readonly id: string;
  readonly score: string;
  readonly status: string;
}

export interface InteractionRow {
  readonly id: string;
  readonly type: string;
  readonly response: string;
  readonly result: string;
}

export interface ModelView {
  readonly facts: readonly Fact[];
  readonly objectives: readonly ObjectiveRow[];
  readonly interactions: readonly InteractionRow[];
  readonly suspendData: string;
  /** The most suspend_data Moodle keeps for this version (1.2: 4096; 2004: 64000 characters). */
  readonly suspendLimit: number;
}

export const NONE = "—";

const text = (value: unknown): string => (value === undefined || value === null || value === "" ? NONE : String(value));
/** scorm-again renders a collection as an object keyed "0", "1", …: back to a list, in order. */
const list = (value: unknown): CmiJson[] =>
  value && typeof value === "object" ? Object.keys(value).sort((a, b) => Number(a) - Number(b)).map((k) => (value as Record<string, CmiJson>)[k]!) : [];
const joined = (...parts: string[]): string => parts.filter((p) => p !== NONE).join(" · ") || NONE;

function read12(cmi: CmiJson, totalTime: string): ModelView {
  const core = cmi.core ?? {};
  const score = core.score ?? {};
  return {
    facts: [
      { label: "Status", element: "cmi.core.lesson_status", value: text(core.lesson_status) },
      { label: "Score", element: "cmi.core.score.raw (min, max)", value: scoreText(score.raw, score.min, score.max) },
      { label: "Location", element: "cmi.core.lesson_location", value: text(core.lesson_location) },
      { label: "Entry / exit", element: "cmi.core.entry, cmi.core.exit", value: `${text(core.entry)} / ${text(core.exit)}` },
      { label: "Session time", element: "cmi.core.session_time", value: text(core.session_time) },
      { label: "Total time", element: "cmi.core.total_time + this session", value: text(totalTime) },
      { label: "Learner", element: "cmi.core.student_name", value: text(core.student_name) },
    ],
    objectives: list(cmi.objectives).map((o) => ({ id: text(o.id), score: scoreText(o.score?.raw, o.score?.min, o.score?.max), status: text(o.status) })),
    interactions: list(cmi.interactions).map((i) => ({ id: text(i.id), type: text(i.type), response: text(i.student_response), result: text(i.result) })),
    suspendData: String(cmi.suspend_data ?? ""),
    suspendLimit: 4096,
  };
}

function read2004(cmi: CmiJson, totalTime: string): ModelView {
  const score = cmi.score ?? {};
  return {
    facts: [
      { label: "Status", element: "cmi.completion_status, cmi.success_status", value: `${text(cmi.completion_status)}, ${text(cmi.success_status)}` },
      { label: "Score", element: "cmi.score.raw (min, max), scaled", value: joined(scoreText(score.raw, score.min, score.max), score.scaled ? `scaled ${score.scaled}` : NONE) },
      { label: "Location", element: "cmi.location", value: text(cmi.location) },
      { label: "Entry / exit", element: "cmi.entry, cmi.exit", value: `${text(cmi.entry)} / ${text(cmi.exit)}` },
      { label: "Session time", element: "cmi.session_time", value: text(cmi.session_time) },
      { label: "Total time", element: "cmi.total_time + this session", value: text(totalTime) },
      { label: "Learner", element: "cmi.learner_name", value: text(cmi.learner_name) },
    ],
    objectives: list(cmi.objectives).map((o) => ({
      id: text(o.id),
      score: joined(scoreText(o.score?.raw, o.score?.min, o.score?.max), o.score?.scaled ? `scaled ${o.score.scaled}` : NONE),
      status: `${text(o.completion_status)}, ${text(o.success_status)}`,
    })),
    interactions: list(cmi.interactions).map((i) => ({ id: text(i.id), type: text(i.type), response: text(i.learner_response), result: text(i.result) })),
    suspendData: String(cmi.suspend_data ?? ""),
    suspendLimit: 64000,
  };
}

/** "85 (0-100)", or "—" when no raw score is set. */
function scoreText(raw: unknown, min: unknown, max: unknown): string {
  if (raw === undefined || raw === "") return NONE;
  const range = min !== undefined && min !== "" ? `${min}-${text(max)}` : max ? `max ${max}` : "";
  return range ? `${raw} (${range})` : String(raw);
}

const READERS: Readonly<Record<ScormVersion, (cmi: CmiJson, totalTime: string) => ModelView>> = {
  "1.2": read12,
  "2004-3": read2004,
  "2004-4": read2004,
};

export function readModel(version: ScormVersion, cmi: CmiJson, totalTime: string): ModelView {
  return READERS[version](cmi, totalTime);
}
