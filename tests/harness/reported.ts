/**
 * What an LMS holds, read from scorm-again's data model (`{cmi: ...}` from session.data() / committed())
 * into one shape for both versions, so tests assert against names, not paths. Collections come out of
 * scorm-again as objects keyed "0", "1", ...; here they are arrays in index order. Nothing is converted:
 * values are the strings the LMS stores.
 */
import type { ScormVersion } from "@coursepack/course-model";
import type { CmiJson } from "./session.ts";

export interface ReportedScore {
  readonly raw: string;
  readonly min: string;
  readonly max: string;
  /** 2004 only. */
  readonly scaled?: string;
}

export interface ReportedObjective {
  readonly id: string;
  readonly score: ReportedScore;
  /** 1.2 `status`. */
  readonly status?: string;
  /** 2004. */
  readonly completion?: string;
  readonly success?: string;
  readonly description?: string;
}

export interface ReportedInteraction {
  readonly id: string;
  readonly type: string;
  /** 1.2 `student_response`, 2004 `learner_response`. */
  readonly response: string;
  readonly correct: string;
  readonly result: string;
  readonly objective: string;
  readonly latency: string;
  /** 1.2 `time`, 2004 `timestamp`. */
  readonly time: string;
}

export interface Reported {
  readonly entry: string;
  readonly exit: string;
  /** 1.2 lesson_location, 2004 location: the bookmark. */
  readonly location: string;
  readonly suspendData: string;
  /** 1.2 lesson_status. */
  readonly lessonStatus?: string;
  /** 2004. */
  readonly completion?: string;
  readonly success?: string;
  readonly score: ReportedScore;
  readonly objectives: readonly ReportedObjective[];
  readonly interactions: readonly ReportedInteraction[];
}

export function reported(version: ScormVersion, json: CmiJson | null): Reported {
  const cmi = (json?.cmi ?? {}) as CmiJson;
  return version === "1.2" ? reported12(cmi) : reported2004(cmi);
}

function reported12(cmi: CmiJson): Reported {
  const core = (cmi.core ?? {}) as CmiJson;
  return {
    entry: str(core.entry),
    exit: str(core.exit),
    location: str(core.lesson_location),
    suspendData: str(cmi.suspend_data),
    lessonStatus: str(core.lesson_status),
    score: score(core.score),
    objectives: list(cmi.objectives).map((o) => ({ id: str(o.id), score: score(o.score), status: str(o.status) })),
    interactions: list(cmi.interactions).map((i) => interaction(i, i.student_response, i.time)),
  };
}

function reported2004(cmi: CmiJson): Reported {
  return {
    entry: str(cmi.entry),
    exit: str(cmi.exit),
    location: str(cmi.location),
    suspendData: str(cmi.suspend_data),
    completion: str(cmi.completion_status),
    success: str(cmi.success_status),
    score: score(cmi.score),
    objectives: list(cmi.objectives).map((o) => ({
      id: str(o.id),
      score: score(o.score),
      completion: str(o.completion_status),
      success: str(o.success_status),
      description: str(o.description),
    })),
    interactions: list(cmi.interactions).map((i) => interaction(i, i.learner_response, i.timestamp)),
  };
}

function interaction(i: CmiJson, response: unknown, time: unknown): ReportedInteraction {
  return {
    id: str(i.id),
    type: str(i.type),
    response: str(response),
    correct: str(list(i.correct_responses)[0]?.pattern),
    result: str(i.result),
    objective: str(list(i.objectives)[0]?.id),
    latency: str(i.latency),
    time: str(time),
  };
}

function score(s: unknown): ReportedScore {
  const v = (s ?? {}) as CmiJson;
  return { raw: str(v.raw), min: str(v.min), max: str(v.max), ...(v.scaled === undefined ? {} : { scaled: str(v.scaled) }) };
}

/** A scorm-again collection ({"0": ..., "1": ...} or an array) as an array in index order. */
function list(value: unknown): CmiJson[] {
  if (Array.isArray(value)) return value as CmiJson[];
  if (!value || typeof value !== "object") return [];
  return Object.entries(value as CmiJson)
    .filter(([key]) => /^\d+$/.test(key))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, v]) => v as CmiJson);
}

function str(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}
