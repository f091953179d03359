/**
 * What `coursepack decode` is given, turned into the suspend data and the LMS values beside it. Support staff
 * paste what they have, so three shapes are read:
 * - the raw `cmi.suspend_data` value;
 * - a JSON export of the LMS's CMI data: scorm-again's `renderCMIToJSONObject()` (`{cmi: {...}}`), the same
 *   without the `cmi` wrapper, or flattened (`{"cmi.suspend_data": ...}`), for SCORM 1.2 or 2004;
 * - "element,value" rows (CSV, semicolon or tab separated), e.g. a Moodle tracking report or a database dump.
 * Pure: no file system, so the preview LMS can use it in the browser too.
 */
import { preview, safeText } from "./decode-preview.ts";

export type InputKind = "suspend-data" | "json-export" | "element-list";

/** The LMS values that explain a learner's progress, read from an export; null when absent or empty. */
export interface LmsFields {
  readonly version: "1.2" | "2004";
  /** `cmi.core.lesson_location` / `cmi.location`: the bookmark. */
  readonly location: string | null;
  /** `cmi.core.lesson_status` / `cmi.completion_status`. */
  readonly status: string | null;
  /** `cmi.success_status` (2004 only). */
  readonly success: string | null;
  /** `cmi.core.score.raw` / `cmi.score.raw`. */
  readonly score: string | null;
  readonly exit: string | null;
  readonly entry: string | null;
  readonly learner: string | null;
}

export interface ProgressInput {
  readonly kind: InputKind;
  readonly suspendData: string;
  readonly lms: LmsFields | null;
  /** Remarks about the input itself, in plain words. */
  readonly notes: readonly string[];
}

/** Why the input could not be read: what is wrong, what decode reads, and the start of what it was given. */
export interface DecodeProblem {
  readonly message: string;
  readonly expected: string;
  /** The first characters of the input, quoted and escaped: safe to print in a terminal or a page. */
  readonly found: string;
}

export type InputResult = { readonly ok: true; readonly value: ProgressInput } | { readonly ok: false; readonly problem: DecodeProblem };

export const EXPECTED =
  "coursepack suspend data (it starts with `v1|`), a JSON export of the LMS's SCORM data with its suspend_data, " +
  "or element,value rows with a `cmi.suspend_data` row";

const ELEMENT = /^cmi\.[A-Za-z0-9_.]+$/;

export function inputProblem(message: string, text: string): { readonly ok: false; readonly problem: DecodeProblem } {
  return { ok: false, problem: { message, expected: EXPECTED, found: preview(text) } };
}

/** Bytes from a file or stdin as text: UTF-8, or UTF-16 when a byte order mark says so (Excel's "Unicode text"). */
export function textFromBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

export function readProgressInput(text: string): InputResult {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed === "") {
    return inputProblem("nothing to decode: the input is empty. An empty suspend_data means the LMS holds no saved progress for this attempt.", text);
  }
  if (looksBinary(trimmed)) return inputProblem("this is not text: it looks like binary data (a zip, an image or a spreadsheet file?).", trimmed);
  if (/^["{[]/.test(trimmed)) return fromJson(trimmed);
  const separator = /cmi\.[A-Za-z0-9_.]+"?\s*([,;\t])/.exec(trimmed)?.[1];
  if (separator) return fromElements("element-list", elementRows(trimmed, separator), trimmed);
  return { ok: true, value: { kind: "suspend-data", suspendData: trimmed, lms: null, notes: [] } };
}

function looksBinary(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 0x20 && char !== "\t" && char !== "\n" && char !== "\r") || code === 0xfffd) return true;
  }
  return false;
}

function fromJson(text: string): InputResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return inputProblem(`this looks like JSON but cannot be read (${(err as Error).message}).`, text);
  }
  if (typeof value === "string") return readProgressInput(value);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return inputProblem("this is JSON but not an LMS data export: expected an object with the SCORM data.", text);
  }
  const elements = new Map<string, string>();
  flatten(value, "cmi" in value ? "" : "cmi", elements, 0);
  if (!elements.has("cmi.suspend_data")) {
    return inputProblem("this is JSON with no suspend_data: another tool's saved data, or an export of another shape.", text);
  }
  return fromElements("json-export", [elements], text);
}

/** Nested objects to dotted element names; scorm-again numbers collections as object keys ("0", "1"). */
function flatten(value: unknown, prefix: string, out: Map<string, string>, depth: number): void {
  if (depth > 12) return;
  if (value === null || typeof value !== "object") {
    out.set(prefix, value === null || value === undefined ? "" : String(value));
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    flatten(child, prefix === "" || key.startsWith("cmi.") ? key : `${prefix}.${key}`, out, depth + 1);
  }
}

/** Each row's first `cmi.*` cell with the cell after it: extra columns (ids, user, time) are skipped. */
function elementRows(text: string, separator: string): Map<string, string>[] {
  return parseRows(text, separator).flatMap((cells) => {
    const at = cells.findIndex((cell) => ELEMENT.test(cell.trim()));
    const element = cells[at]?.trim();
    return at >= 0 && element ? [new Map([[element, (cells[at + 1] ?? "").trim()]])] : [];
  });
}

/** RFC 4180 rows: quoted cells may hold separators, doubled quotes and line breaks. */
export function parseRows(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted && char === '"' && text[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (char === '"' && (quoted || cell.trim() === "")) {
      if (!quoted) cell = "";
      quoted = !quoted;
    } else if (quoted || (char !== separator && char !== "\n" && char !== "\r")) {
      cell += char;
    } else {
      row.push(cell);
      cell = "";
      if (char === separator) continue;
      if (char === "\r" && text[index + 1] === "\n") index++;
      rows.push(row);
      row = [];
    }
  }
  row.push(cell);
  rows.push(row);
  return rows;
}

function fromElements(kind: InputKind, rows: readonly Map<string, string>[], text: string): InputResult {
  const elements = new Map(rows.flatMap((row) => [...row]));
  const suspendRows = rows.filter((row) => row.has("cmi.suspend_data")).length;
  const suspendData = elements.get("cmi.suspend_data");
  if (suspendData === undefined) return inputProblem("these element,value rows have no `cmi.suspend_data` row.", text);
  if (suspendData.trim() === "") {
    return inputProblem("the LMS data holds an empty suspend_data: there is no saved progress for this attempt.", text);
  }
  const notes = suspendRows > 1 ? [`The input holds ${suspendRows} suspend_data rows (several attempts or learners?): the last one is shown.`] : [];
  return { ok: true, value: { kind, suspendData: suspendData.trim(), lms: lmsFields(elements), notes } };
}

function lmsFields(elements: ReadonlyMap<string, string>): LmsFields {
  // Shown to support staff as written, so made safe to print.
  const get = (name: string): string | null => safeText(elements.get(name)?.trim() ?? "") || null;
  if ([...elements.keys()].some((name) => name.startsWith("cmi.core."))) {
    return {
      version: "1.2", location: get("cmi.core.lesson_location"), status: get("cmi.core.lesson_status"), success: null,
      score: get("cmi.core.score.raw"), exit: get("cmi.core.exit"), entry: get("cmi.core.entry"), learner: get("cmi.core.student_name"),
    };
  }
  return {
    version: "2004", location: get("cmi.location"), status: get("cmi.completion_status"), success: get("cmi.success_status"),
    score: get("cmi.score.raw"), exit: get("cmi.exit"), entry: get("cmi.entry"), learner: get("cmi.learner_name"),
  };
}
