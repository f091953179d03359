/**
 * Moodle's value rules for SetValue, transcribed from moodle/moodle mod/scorm/datamodels/scorm_12.js and
 * scorm_13.js (the `datamodel` tables, the CMI* patterns and the `learner_response` / `correct_responses`
 * tables), plus the SCORM-FIELD-NOTES.md rules that are stricter than Moodle (1.2 single-character choices,
 * 1.2 suspend_data 4096, 2004 3rd edition suspend_data 4000, ids safe as NCNames).
 *
 * Deliberately written apart from the adapters' own checks (src/*-rules.ts): this is the oracle tests
 * measure the runtime against, so it must not share its code.
 */

export type StrictVersion = "1.2" | "2004-3" | "2004-4";

interface ElementRule {
  readonly format: RegExp;
  readonly range?: readonly [number, number];
  /** Moodle error code when the value does not fit. */
  readonly code: string;
  /** Depends on the interaction type set before it. */
  readonly response?: boolean;
}

/** Safe for objective and interaction ids everywhere (field notes: NCName-like). */
export const SAFE_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

const S12 = {
  string256: /^[\s\S]{0,255}$/,
  string4096: /^[\s\S]{0,4096}$/,
  time: /^([0-2]{1}[0-9]{1}):([0-5]{1}[0-9]{1}):([0-5]{1}[0-9]{1})(\.[0-9]{1,2})?$/,
  timespan: /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/,
  decimal: /^-?([0-9]{0,3})(\.[0-9]*)?$/,
  identifier: /^[\u0021-\u007E]{0,255}$/,
  status: /^passed$|^completed$|^failed$|^incomplete$|^browsed$/,
  status2: /^passed$|^completed$|^failed$|^incomplete$|^browsed$|^not attempted$/,
  exit: /^time-out$|^suspend$|^logout$|^$/,
  type: /^true-false$|^choice$|^fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$/,
  result: /^correct$|^wrong$|^unanticipated$|^neutral$|^([0-9]{0,3})?(\.[0-9]*)?$/,
};
const SCORE_12 = { format: S12.decimal, range: [0, 100], code: "405" } as const;

export const MOODLE_12: Readonly<Record<string, ElementRule>> = {
  "cmi.core.lesson_location": { format: S12.string256, code: "405" },
  "cmi.core.lesson_status": { format: S12.status, code: "405" },
  "cmi.core.score.raw": SCORE_12,
  "cmi.core.score.max": SCORE_12,
  "cmi.core.score.min": SCORE_12,
  "cmi.core.exit": { format: S12.exit, code: "405" },
  "cmi.core.session_time": { format: S12.timespan, code: "405" },
  "cmi.suspend_data": { format: S12.string4096, code: "405" },
  "cmi.comments": { format: S12.string4096, code: "405" },
  "cmi.objectives.n.id": { format: S12.identifier, code: "405" },
  "cmi.objectives.n.score.raw": SCORE_12,
  "cmi.objectives.n.score.min": SCORE_12,
  "cmi.objectives.n.score.max": SCORE_12,
  "cmi.objectives.n.status": { format: S12.status2, code: "405" },
  "cmi.interactions.n.id": { format: S12.identifier, code: "405" },
  "cmi.interactions.n.objectives.n.id": { format: S12.identifier, code: "405" },
  "cmi.interactions.n.time": { format: S12.time, code: "405" },
  "cmi.interactions.n.type": { format: S12.type, code: "405" },
  "cmi.interactions.n.correct_responses.n.pattern": { format: S12.string256, code: "405", response: true },
  "cmi.interactions.n.weighting": { format: S12.decimal, range: [-100, 100], code: "405" },
  "cmi.interactions.n.student_response": { format: S12.string256, code: "405", response: true },
  "cmi.interactions.n.result": { format: S12.result, code: "405" },
  "cmi.interactions.n.latency": { format: S12.timespan, code: "405" },
};

const S13 = {
  string250: /^[\s\S]{0,250}$/,
  string1000: /^[\s\S]{0,1000}$/,
  string4000: /^[\s\S]{0,4000}$/,
  string64000: /^[\s\S]{0,64000}$/,
  langString250: /^(\{lang=([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?\})?([^{].{0,250}$)?/,
  time: /^(19[7-9]{1}[0-9]{1}|20[0-2]{1}[0-9]{1}|203[0-8]{1})((-(0[1-9]{1}|1[0-2]{1}))((-(0[1-9]{1}|[1-2]{1}[0-9]{1}|3[0-1]{1}))(T([0-1]{1}[0-9]{1}|2[0-3]{1})((:[0-5]{1}[0-9]{1})((:[0-5]{1}[0-9]{1})((\.[0-9]{1,2})((Z|([+|-]([0-1]{1}[0-9]{1}|2[0-3]{1})))(:[0-5]{1}[0-9]{1})?)?)?)?)?)?)?)?$/,
  timespan: /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(.\d{1,2})?S)?)|((\d+M)(\d+(.\d{1,2})?S)?)|((\d+(.\d{1,2})?S))))?$/,
  decimal: /^-?([0-9]{1,5})(\.[0-9]{1,18})?$/,
  longIdentifier: /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/,
  shortIdentifier: /^[\w.]{1,250}$/,
  cStatus: /^completed$|^incomplete$|^not attempted$|^unknown$/,
  sStatus: /^passed$|^failed$|^unknown$/,
  exit: /^time-out$|^suspend$|^logout$|^normal$|^$/,
  type: /^true-false$|^choice$|^(long-)?fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$|^other$/,
  result: /^correct$|^incorrect$|^unanticipated$|^neutral$|^-?([0-9]{1,4})(\.[0-9]{1,18})?$/,
};

function moodle2004(edition: 3 | 4): Readonly<Record<string, ElementRule>> {
  const decimal = { format: S13.decimal, code: "406" } as const;
  const scaled = { format: S13.decimal, range: [-1, 1], code: "407" } as const;
  return {
    "cmi.completion_status": { format: S13.cStatus, code: "406" },
    "cmi.success_status": { format: S13.sStatus, code: "406" },
    "cmi.exit": { format: S13.exit, code: "406" },
    "cmi.location": { format: S13.string1000, code: "406" },
    "cmi.session_time": { format: S13.timespan, code: "406" },
    // Moodle allows 64000 in both editions; the 3rd edition's own limit is 4000 (RTE 4.2.24).
    "cmi.suspend_data": { format: edition === 3 ? S13.string4000 : S13.string64000, code: "406" },
    "cmi.progress_measure": { format: S13.decimal, range: [0, 1], code: "407" },
    "cmi.score.scaled": scaled,
    "cmi.score.raw": decimal,
    "cmi.score.min": decimal,
    "cmi.score.max": decimal,
    "cmi.objectives.n.id": { format: S13.longIdentifier, code: "406" },
    "cmi.objectives.n.score.scaled": scaled,
    "cmi.objectives.n.score.raw": decimal,
    "cmi.objectives.n.score.min": decimal,
    "cmi.objectives.n.score.max": decimal,
    "cmi.objectives.n.success_status": { format: S13.sStatus, code: "406" },
    "cmi.objectives.n.completion_status": { format: S13.cStatus, code: "406" },
    "cmi.objectives.n.description": { format: S13.langString250, code: "406" },
    "cmi.interactions.n.id": { format: S13.longIdentifier, code: "406" },
    "cmi.interactions.n.type": { format: S13.type, code: "406" },
    "cmi.interactions.n.objectives.n.id": { format: S13.longIdentifier, code: "406" },
    "cmi.interactions.n.timestamp": { format: S13.time, code: "406" },
    "cmi.interactions.n.correct_responses.n.pattern": { format: /^[\s\S]*$/, code: "406", response: true },
    "cmi.interactions.n.weighting": decimal,
    "cmi.interactions.n.learner_response": { format: /^[\s\S]*$/, code: "406", response: true },
    "cmi.interactions.n.result": { format: S13.result, code: "406" },
    "cmi.interactions.n.latency": { format: S13.timespan, code: "406" },
    "cmi.interactions.n.description": { format: S13.langString250, code: "406" },
  };
}

export function moodleRules(version: StrictVersion): Readonly<Record<string, ElementRule>> {
  return version === "1.2" ? MOODLE_12 : moodle2004(version === "2004-3" ? 3 : 4);
}

/** Moodle's format and range check for one value; null when accepted. */
export function checkValue(rule: ElementRule, value: string): string | null {
  if (!rule.format.test(value)) return `does not match ${rule.format.source.slice(0, 60)}`;
  if (rule.range) {
    const number = Number(value);
    if (!(number >= rule.range[0] && number <= rule.range[1])) return `is outside ${rule.range[0]}..${rule.range[1]}`;
  }
  return null;
}

/**
 * Response formats per interaction type: 2004 from Moodle's `learner_response` table (choice: unique short
 * identifiers split on "[,]", at most 36; true-false: true/false); 1.2 from the field notes / RTE 3.4.4
 * (choice: single characters 0-9/a-z separated by commas; true-false: 0, 1, t or f).
 */
export function checkResponse(version: StrictVersion, type: string | undefined, value: string): string | null {
  if (type === undefined) return "the interaction's type is not set";
  if (version === "1.2") {
    if (type === "choice") return /^[0-9a-z](,[0-9a-z])*$/.test(value) ? null : "1.2 choices must be single characters";
    if (type === "true-false") return /^[01tf]$/.test(value) ? null : "1.2 true-false must be 0, 1, t or f";
    return null;
  }
  if (type === "true-false") return /^(true|false)$/.test(value) ? null : "must be true or false";
  if (type !== "choice") return null;
  const nodes = value.split("[,]");
  if (nodes.length > 36) return "more than 36 choices";
  if (new Set(nodes).size !== nodes.length) return "a choice is repeated";
  return nodes.every((node) => S13.shortIdentifier.test(node)) ? null : "choices must be short identifiers joined by [,]";
}
