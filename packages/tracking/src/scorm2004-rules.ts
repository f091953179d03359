import type { Check, Rule } from "./value-rules.ts";
import { decimal, decimalIn, firstIndex, matches, maxLength, oneOf } from "./value-rules.ts";

/**
 * SCORM 2004 value formats and limits: the SCORM 2004 RTE data model (section 4.2) narrowed to what Moodle's
 * mod/scorm/datamodels/scorm_13.js accepts (else it answers 406 / 351 / 408). 3rd and 4th edition differ here
 * only in the suspend_data limit (RTE 4.2.24: 4000 characters in 3rd edition, 64000 in 4th).
 */

export type Edition = 3 | 4;

export function scorm2004Limits(edition: Edition) {
  return { suspendData: edition === 3 ? 4000 : 64000, location: 1000, identifier: 4000, description: 250 } as const;
}

/** real(10,7) as Moodle reads it. */
const DECIMAL = /^-?[0-9]{1,5}(\.[0-9]{1,18})?$/;
/** timeinterval (second,10,2): ISO 8601 duration, at most 2 decimals on seconds. */
export const DURATION_2004 =
  /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?)|((\d+M)(\d+(\.\d{1,2})?S)?)|((\d+(\.\d{1,2})?S))))?$/;
/** time (second,10,0): Moodle accepts years 1970-2038 and a zone only after the fraction of a second. */
const TIMESTAMP_2004 =
  /^(19[7-9][0-9]|20[0-2][0-9]|203[0-8])((-(0[1-9]|1[0-2]))((-(0[1-9]|[1-2][0-9]|3[0-1]))(T([0-1][0-9]|2[0-3])((:[0-5][0-9])((:[0-5][0-9])((\.[0-9]{1,2})((Z|([+-]([0-1][0-9]|2[0-3])))(:[0-5][0-9])?)?)?)?)?)?)?)?$/;
/** long_identifier_type (4000) as Moodle reads it: no whitespace. */
const LONG_IDENTIFIER = /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/;
/** short_identifier_type as Moodle reads it (word characters and dots). */
const SHORT_IDENTIFIER = /^[\w.]{1,250}$/;

const score = decimalIn(DECIMAL, 0, 100);
const scaled = decimalIn(DECIMAL, -1, 1);
const identifier = matches(LONG_IDENTIFIER, "an identifier without whitespace, at most 4000 characters");
const duration = matches(DURATION_2004, "an ISO 8601 duration with at most 2 decimals");

/** localized_string_type (250): Moodle rejects a leading "{" (a language tag) and line breaks. */
const description: Check = (value) => {
  if (value.length > 250) return `is ${value.length} characters, the limit is 250`;
  if (/[\r\n]/.test(value) || value.startsWith("{")) return "must be one line and must not start with {";
  return null;
};

/** Responses depend on the interaction's type (RTE 4.2.9.1 / 4.2.9.2: choice uses "[,]" between ids). */
const response: Check = (value, context, element) => {
  const type = context.interactionType(firstIndex(element) ?? "");
  if (type === "true-false") return value === "true" || value === "false" ? null : "must be true or false";
  if (type !== "choice") return `needs the interaction's type to be set first (got ${String(type)})`;
  const ids = value.split("[,]");
  if (ids.length > 36) return "has more than 36 choices";
  if (new Set(ids).size !== ids.length) return "repeats a choice";
  return ids.every((id) => SHORT_IDENTIFIER.test(id)) ? null : "must be short identifiers separated by [,]";
};

export function scorm2004Rules(edition: Edition): readonly Rule[] {
  const limits = scorm2004Limits(edition);
  return [
    { element: "cmi.location", check: maxLength(limits.location) },
    { element: "cmi.completion_status", check: oneOf("completed", "incomplete", "not attempted", "unknown") },
    { element: "cmi.success_status", check: oneOf("passed", "failed", "unknown") },
    { element: "cmi.score.scaled", check: scaled },
    { element: "cmi.score.raw", check: score },
    { element: "cmi.score.min", check: score },
    { element: "cmi.score.max", check: score },
    { element: "cmi.exit", check: oneOf("time-out", "suspend", "logout", "normal", "") },
    { element: "cmi.session_time", check: duration },
    { element: "cmi.suspend_data", check: maxLength(limits.suspendData) },
    { element: "cmi.objectives.n.id", check: identifier },
    { element: "cmi.objectives.n.score.scaled", check: scaled },
    { element: "cmi.objectives.n.score.raw", check: score },
    { element: "cmi.objectives.n.score.min", check: score },
    { element: "cmi.objectives.n.score.max", check: score },
    { element: "cmi.objectives.n.success_status", check: oneOf("passed", "failed", "unknown") },
    { element: "cmi.objectives.n.completion_status", check: oneOf("completed", "incomplete", "not attempted", "unknown") },
    { element: "cmi.objectives.n.description", check: description },
    { element: "cmi.interactions.n.id", check: identifier },
    { element: "cmi.interactions.n.type", check: oneOf("choice", "true-false") },
    { element: "cmi.interactions.n.objectives.n.id", check: identifier },
    { element: "cmi.interactions.n.timestamp", check: matches(TIMESTAMP_2004, "a timestamp YYYY-MM-DDThh:mm:ss.ssZ") },
    { element: "cmi.interactions.n.correct_responses.n.pattern", check: response },
    { element: "cmi.interactions.n.learner_response", check: response },
    { element: "cmi.interactions.n.result", check: oneOf("correct", "incorrect") },
    { element: "cmi.interactions.n.latency", check: duration },
    { element: "cmi.interactions.n.description", check: description },
  ];
}

/** Milliseconds as an ISO 8601 duration, e.g. `PT1H2M3.45S` (at most 2 decimals on seconds). */
export function duration2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours}H${minutes}M${decimal(seconds, 2)}S`;
}

/** Epoch milliseconds as a UTC timestamp with hundredths, `2025-03-01T09:30:00.00Z`. */
export function timestamp2004(at: number): string {
  return `${new Date(at).toISOString().slice(0, 22)}Z`;
}

/** One line of at most 250 characters that Moodle accepts as a localized string. */
export function description2004(text: string): string {
  const line = text.replace(/\s+/g, " ").trim().replace(/^\{+/, "");
  return line.length <= 250 ? line : `${line.slice(0, 249)}…`;
}
