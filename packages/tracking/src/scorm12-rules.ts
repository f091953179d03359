import type { Check, Rule } from "./value-rules.ts";
import { decimalIn, firstIndex, matches, maxLength, oneOf } from "./value-rules.ts";

/**
 * SCORM 1.2 value formats and limits: the SCORM 1.2 RTE data model (section 3.4) narrowed to what Moodle's
 * mod/scorm/datamodels/scorm_12.js accepts (else it answers 405). See SCORM-FIELD-NOTES.md.
 */

export const SCORM12_LIMITS = { suspendData: 4096, location: 255, identifier: 255, response: 255 } as const;

/** CMIDecimal as Moodle reads it; scores are also range-checked 0-100 (RTE 3.4.4, `score_range`). */
const DECIMAL = /^-?[0-9]{0,3}(\.[0-9]*)?$/;
/** CMITimespan: HHHH:MM:SS.SS, 2-4 hour digits, at most 2 decimals. */
export const TIMESPAN_12 = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/;
/** CMITime: a time of day. */
const TIME_12 = /^([0-2][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]{1,2})?$/;
/** CMIIdentifier: printable ASCII without spaces, 1-255 characters. */
const IDENTIFIER_12 = /^[\u0021-\u007E]{1,255}$/;
/** 1.2 choice responses: single characters 0-9 / a-z, comma separated (RTE 3.4.4, cmi.interactions.n.type). */
const CHOICE_12 = /^[0-9a-z](,[0-9a-z])*$/;
const TRUE_FALSE_12 = /^[01tf]$/;

const score = decimalIn(DECIMAL, 0, 100);
const identifier = matches(IDENTIFIER_12, "printable ASCII without spaces, 1-255 characters");

/** Responses depend on the interaction's type, set earlier in the same list (RTE 3.4.4 cmi.interactions.n.type). */
const response: Check = (value, context, element) => {
  if (value.length > SCORM12_LIMITS.response) return `is longer than ${SCORM12_LIMITS.response} characters`;
  const type = context.interactionType(firstIndex(element) ?? "");
  if (type === "choice") return CHOICE_12.test(value) ? null : "must be single characters 0-9/a-z separated by commas";
  if (type === "true-false") return TRUE_FALSE_12.test(value) ? null : "must be t, f, 0 or 1";
  return `needs the interaction's type to be set first (got ${String(type)})`;
};

export const SCORM12_RULES: readonly Rule[] = [
  { element: "cmi.core.lesson_location", check: maxLength(SCORM12_LIMITS.location) },
  { element: "cmi.core.lesson_status", check: oneOf("passed", "completed", "failed", "incomplete", "browsed") },
  { element: "cmi.core.score.raw", check: score },
  { element: "cmi.core.score.min", check: score },
  { element: "cmi.core.score.max", check: score },
  { element: "cmi.core.exit", check: oneOf("time-out", "suspend", "logout", "") },
  { element: "cmi.core.session_time", check: matches(TIMESPAN_12, "HHHH:MM:SS.SS") },
  { element: "cmi.suspend_data", check: maxLength(SCORM12_LIMITS.suspendData) },
  { element: "cmi.objectives.n.id", check: identifier },
  { element: "cmi.objectives.n.score.raw", check: score },
  { element: "cmi.objectives.n.score.min", check: score },
  { element: "cmi.objectives.n.score.max", check: score },
  { element: "cmi.objectives.n.status", check: oneOf("passed", "completed", "failed", "incomplete", "browsed", "not attempted") },
  { element: "cmi.interactions.n.id", check: identifier },
  { element: "cmi.interactions.n.objectives.n.id", check: identifier },
  { element: "cmi.interactions.n.time", check: matches(TIME_12, "a time of day HH:MM:SS") },
  { element: "cmi.interactions.n.type", check: oneOf("choice", "true-false") },
  { element: "cmi.interactions.n.correct_responses.n.pattern", check: response },
  { element: "cmi.interactions.n.student_response", check: response },
  { element: "cmi.interactions.n.result", check: oneOf("correct", "wrong") },
  { element: "cmi.interactions.n.latency", check: matches(TIMESPAN_12, "HHHH:MM:SS.SS") },
];

/** Milliseconds as CMITimespan `HHHH:MM:SS.SS` (capped at 9999:59:59.99, the format's maximum). */
export function timespan12(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(centis % 100, 2)}`;
}

/** Epoch milliseconds as CMITime, the learner's local time of day `HH:MM:SS`. */
export function timeOfDay12(at: number): string {
  const date = new Date(at);
  return `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;
}

/** SCORM 1.2 allows only one character per choice: position 0-25 -> a-z, then 0-9 (36 choices at most). */
export function choiceChar12(index: number): string {
  if (index < 0 || index >= 36) throw new RangeError(`choice ${index} has no SCORM 1.2 character`);
  return index < 26 ? String.fromCharCode(97 + index) : String(index - 26);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
