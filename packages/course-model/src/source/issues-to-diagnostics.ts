import type { z } from "zod";
import { error } from "../diagnostics.ts";
import { slugify } from "../slug.ts";
import type { Diagnostic, SourceLocation } from "../types.ts";
import { SOURCE_CODES as C } from "./codes.ts";
import { descriptionAt, keysAt, placesOfKey } from "./definition-walk.ts";
import { didYouMean } from "./did-you-mean.ts";
import type { Path, SourceDoc } from "./yaml-locate.ts";
import { locate } from "./yaml-locate.ts";
import { valueAt } from "./raw.ts";

type Issue = z.core.$ZodIssue;

/**
 * zod's findings on course.yaml as diagnostics: each at the key or value it is about, in words an author
 * knows (text, list, mapping), with a hint. Ranges and patterns that carry meaning (ids, colours, the pass
 * mark, the number of choices) get their CP4xx code; the rest are shape mistakes (CP3xx).
 */
export function issuesToDiagnostics(issues: readonly Issue[], src: SourceDoc, data: unknown): Diagnostic[] {
  const misspelt = misspeltKeys(issues);
  return issues.filter((issue) => !misspelt.has(missingKey(issue, data) ?? "")).flatMap((issue) => toDiagnostics(issue, src, data));
}

/**
 * `titel: ...` is one mistake, not two: the unknown key's "did you mean `title`?" already says what the
 * missing `title` would, so that missing key is not reported again.
 */
function misspeltKeys(issues: readonly Issue[]): Set<string> {
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    for (const key of issue.keys) {
      const suggestion = didYouMean(key, keysAt(issue.path));
      if (suggestion) meant.add(JSON.stringify([...issue.path, suggestion]));
    }
  }
  return meant;
}

function missingKey(issue: Issue, data: unknown): string | undefined {
  return issue.code === "invalid_type" && valueAt(data, issue.path) === undefined ? JSON.stringify(issue.path) : undefined;
}

function toDiagnostics(issue: Issue, src: SourceDoc, data: unknown): Diagnostic[] {
  const path = issue.path;
  const at = locate(src, path);
  const value = valueAt(data, path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => unknownKey(src, path, key));
    case "invalid_type":
      return [invalidType(issue, src, path, value)];
    case "invalid_value": {
      const allowed = issue.values.map((v) => `\`${String(v)}\``).join(", ");
      const message = `${name(path)} must be one of ${allowed}, not ${show(value)}`;
      return [error(C.notAllowed, message, at, enumHint(value, issue.values.map(String)))];
    }
    case "too_big":
    case "too_small":
      return [sizeIssue(issue, path, value, at)];
    case "invalid_format":
      return [formatIssue(path, value, at)];
    default:
      return [error(C.wrongType, `${name(path)}: ${issue.message}`, at, "check this value against docs/course-format.md")];
  }
}

function unknownKey(src: SourceDoc, path: Path, key: string): Diagnostic {
  const allowed = keysAt(path);
  const suggestion = didYouMean(key, allowed);
  const elsewhere = placesOfKey(key).map((p) => (p === "" ? "at the top level" : `under \`${p}\``));
  const hint = suggestion
    ? `did you mean \`${suggestion}\`?`
    : elsewhere.length > 0
      ? `\`${key}\` belongs ${elsewhere.join(" or ")}`
      : `keys allowed here: ${allowed.map((k) => `\`${k}\``).join(", ")}`;
  const message = `unknown key \`${key}\`${path.length > 0 ? ` in ${name(path)}` : ""}`;
  return error(C.unknownKey, message, locate(src, [...path, key], "key"), hint);
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping (keys with values)",
  record: "a mapping (keys with values)",
};

function invalidType(issue: Extract<Issue, { code: "invalid_type" }>, src: SourceDoc, path: Path, value: unknown): Diagnostic {
  const expected = EXPECTED[issue.expected] ?? issue.expected;
  if (value === undefined) {
    const key = String(path[path.length - 1]);
    // The first sentence of the key's description: what editors show as help, short enough for a hint.
    const help = descriptionAt(path)?.split(/(?<=\.)\s/)[0];
    const where = path.length > 1 ? ` in ${name(path.slice(0, -1))}` : "";
    return error(C.missingKey, `missing required key \`${key}\`${where}`, locate(src, path), `add \`${key}:\`${help ? ` (${help})` : ""}`);
  }
  const at = locate(src, path);
  if (value === null) return error(C.wrongType, `${name(path)} has no value; expected ${expected}`, at, "write a value after the colon, or remove the key if it is optional");
  return error(C.wrongType, `${name(path)} should be ${expected}, not ${kind(value)}`, at, typeHint(issue.expected, value));
}

function typeHint(expected: string, value: unknown): string {
  if (expected === "string" && (typeof value === "number" || typeof value === "boolean")) return `put it in quotes: "${String(value)}"`;
  if (expected === "array") return "write a list: one item per line, each starting with `- `";
  if (expected === "object" || expected === "record") return "write its keys on the lines below, indented by two spaces";
  if (expected === "boolean") return "write `true` or `false`, without quotes";
  if ((expected === "number" || expected === "int") && typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) {
    return "write the number without quotes";
  }
  return expected === "int" ? "write a whole number, e.g. `3`" : "see docs/course-format.md for what this key takes";
}

function enumHint(value: unknown, allowed: readonly string[]): string {
  if (typeof value === "number" && allowed.includes(String(value))) return `put it in quotes: "${String(value)}"`;
  const suggestion = typeof value === "string" ? didYouMean(value, allowed) : undefined;
  return suggestion ? `did you mean \`${suggestion}\`?` : "copy one of the values listed exactly";
}

function sizeIssue(issue: Extract<Issue, { code: "too_big" | "too_small" }>, path: Path, value: unknown, at: SourceLocation): Diagnostic {
  const big = issue.code === "too_big";
  const limit = Number(big ? (issue as { maximum: number | bigint }).maximum : (issue as { minimum: number | bigint }).minimum);
  const shape = pattern(path);
  if (issue.origin === "number") {
    const bound = big ? `at most ${limit}` : issue.inclusive === false ? `more than ${limit}` : `at least ${limit}`;
    return error(C.outOfRange, `${name(path)} is ${String(value)}; it must be ${bound}`, at, rangeHint(shape));
  }
  if (issue.origin === "array") return listSize(shape, path, value, big, limit, at);
  const length = typeof value === "string" ? value.length : 0;
  if (!big) return error(C.emptyValue, `${name(path)} is empty`, at, "write the text, or remove the key if it is optional");
  if (shape === "id") return error(C.courseId, `the course id is ${length} characters; at most ${limit}`, at, "shorten it: it names the package files");
  if (/^(outcomes|questions)\.\*\.id$/.test(shape)) return error(C.itemId, `${name(path)} is ${length} characters; at most ${limit}`, at, "shorten it: LMSs cut longer ids");
  const hint = shape === "title" ? "shorten it; say more in `description`" : "shorten it, or split it (several paragraphs, outcomes or questions)";
  return error(C.tooLong, `${name(path)} is ${length} characters long; at most ${limit}`, at, hint);
}

function listSize(shape: string, path: Path, value: unknown, big: boolean, limit: number, at: SourceLocation): Diagnostic {
  const count = Array.isArray(value) ? value.length : 0;
  if (shape === "outcomes") return error(C.noOutcomes, "the course has no outcomes", at, "list at least one outcome under `outcomes:`, each with an `id` and `text`");
  if (shape === "questions.*.choices") {
    const hint = big ? "split it into two questions" : "add choices, or make it `type: true-false` with `answer:`";
    const message = `the question has ${count} choice${count === 1 ? "" : "s"}; it needs ${big ? "at most" : "at least"} ${limit}`;
    return error(C.choiceCount, message, at, hint);
  }
  if (!big) return error(C.emptyValue, `${name(path)} is an empty list`, at, "add an item, or remove the key to use the default");
  return error(C.tooLong, `${name(path)} has ${count} items; at most ${limit}`, at, "shorten the list");
}

function rangeHint(shape: string): string {
  if (shape === "assessment.pass_mark") return "a percentage from 0 to 100, or null for a completion-only course";
  if (shape === "assessment.attempts") return "0 for no limit, or the number of attempts allowed";
  return "day counts are positive: 0.5 for a half day, 1, 2, 3 ...";
}

function formatIssue(path: Path, value: unknown, at: SourceLocation): Diagnostic {
  const shape = pattern(path);
  const written = String(value);
  if (shape === "id") {
    const hint = `use lower-case letters, digits and single hyphens, e.g. \`${slugify(written) || "key-working"}\``;
    return error(C.courseId, `the course id \`${written}\` is not a safe slug`, at, hint);
  }
  if (/^(outcomes|questions)\.\*\.id$/.test(shape)) {
    const hint = `start with a letter or \`_\`, then letters, digits, \`_\`, \`-\` or \`.\`, e.g. \`${slugify(written) || "outcome-1"}\``;
    return error(C.itemId, `${name(path)} \`${written}\` is not a valid id`, at, hint);
  }
  if (shape.startsWith("branding.colours.")) {
    const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(written);
    const hint = short ? `write all six digits: \`#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}\`` : "write # and six hex digits, e.g. `#1d4f91`";
    return error(C.colour, `${name(path)} \`${written}\` is not a colour as #rrggbb`, at, hint);
  }
  if (shape === "language") return error(C.badFormat, `\`${written}\` is not a BCP 47 language tag`, at, "e.g. `en-GB`, `en`, `cy` or `fr`");
  return error(C.badFormat, `${name(path)} \`${written}\` is not in the expected form`, at, "see docs/course-format.md for the form of this key");
}

/** `questions.*.choices` for `["questions", 2, "choices"]`: what kind of place, whatever the position. */
function pattern(path: Path): string {
  return path.map((s) => (typeof s === "number" ? "*" : String(s))).join(".");
}

/** How the place reads in a message: `questions[2].prompt`, in backticks. */
export function name(path: Path): string {
  if (path.length === 0) return "the course";
  return `\`${path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join("")}\``;
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "a mapping";
  return show(value);
}

function show(value: unknown): string {
  if (typeof value === "string") return value === "" ? "empty text" : `\`${value.length > 40 ? `${value.slice(0, 40)}…` : value}\``;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `\`${String(value)}\``;
  return value === null || value === undefined ? "nothing" : kind(value);
}
