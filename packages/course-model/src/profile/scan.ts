import { warning } from "../diagnostics.ts";
import type { Diagnostic, Framework } from "../types.ts";
import { CODES } from "./codes.ts";
import { mergeFramework, parseFrameworkLine } from "./frameworks.ts";
import type { Line } from "./lines.ts";
import { endsSentence, startsLowerCase } from "./lines.ts";
import { methodsContinue } from "./methods.ts";
import type { OutcomeDraft } from "./outcomes.ts";
import * as P from "./patterns.ts";

export interface Placed {
  readonly text: string;
  readonly line: number;
}

/** Everything read from a profile's lines, before the title, duration and outcomes are checked. */
export interface ProfileDraft {
  title: Placed | null;
  durationLine: Placed | null;
  /** Where a missing title was expected: the first line with text that is not the "Course Profile" heading. */
  firstLine: number | null;
  description: string[];
  statements: string[];
  audience: string[];
  frameworks: Framework[];
  outcomes: OutcomeDraft[];
  methodsText: string;
  methodBullets: string[];
  notes: string[];
  warnings: Diagnostic[];
  /** The last "Learning outcomes" / "By the end of the course ..." line, and whether any text followed it. */
  outcomesHeading: number | null;
  afterHeading: boolean;
}

type Mode = "about" | "frameworks" | "outcomes" | "methods";

/** The last text placed, which a wrapped line may continue. */
interface Tail {
  accepts(line: Line): boolean;
  append(text: string): void;
}

interface State {
  readonly file: string;
  readonly draft: ProfileDraft;
  mode: Mode;
  tail: Tail | null;
}

/**
 * One pass over the lines, a small state machine: prose before the outcomes is description, recognised
 * sentences (audience, statements, frameworks, methods) are placed wherever they appear, bullets after the
 * outcomes heading are outcomes, and anything else is kept in `notes` with a warning.
 */
export function scanProfile(lines: readonly Line[], file: string): ProfileDraft {
  const titleAt = lines.findIndex((l) => P.TITLE.test(l.text) && !P.HEADING.test(l.text));
  const s: State = { file, draft: emptyDraft(), mode: "about", tail: null };
  lines.forEach((line, i) => {
    if (line.text === "") {
      s.tail = null; // a blank line ends a paragraph: the next line never continues it
      return;
    }
    if (s.draft.firstLine === null && !P.HEADING.test(line.text)) s.draft.firstLine = line.n;
    if (i === titleAt) s.draft.title = { text: P.TITLE.exec(line.text)?.[1]?.trim() ?? "", line: line.n };
    else if (i < titleAt) scanPreamble(s, line);
    else scanBody(s, line);
  });
  return s.draft;
}

function emptyDraft(): ProfileDraft {
  return {
    title: null, durationLine: null, firstLine: null, description: [], statements: [], audience: [], frameworks: [],
    outcomes: [], methodsText: "", methodBullets: [], notes: [], warnings: [], outcomesHeading: null, afterHeading: false,
  };
}

/** Above the title only the "Course Profile" heading is expected (an organisation's name, say, is kept). */
function scanPreamble(s: State, line: Line): void {
  if (!P.HEADING.test(line.text)) keepInNotes(s, line);
}

function scanBody(s: State, line: Line): void {
  if (s.tail?.accepts(line)) return s.tail.append(line.text);
  if (s.draft.outcomesHeading !== null) s.draft.afterHeading = true;
  if (scanSection(s, line)) return;
  if (s.mode === "frameworks" && scanFramework(s, line)) return;
  if (s.mode === "frameworks") s.mode = "about";
  if (s.mode === "about") return addParagraph(s, s.draft.description, line.text);
  if (s.mode === "outcomes") return scanOutcome(s, line);
  const item = P.bulletText(line.text);
  if (item) s.draft.methodBullets.push(item);
  else keepInNotes(s, line);
}

/** Lines recognised wherever they appear: headings, methods, duration, frameworks intro, audience, statements. */
function scanSection(s: State, line: Line): boolean {
  const { draft } = s;
  const text = line.text;
  if (P.HEADING.test(text)) return true;
  if (P.OUTCOMES_HEADING.test(text) || P.OUTCOMES_INTRO.test(text)) {
    s.mode = "outcomes";
    s.tail = null;
    draft.outcomesHeading = line.n;
    draft.afterHeading = false;
    return true;
  }
  const methods = P.METHODS.exec(text);
  if (methods) return startMethods(s, methods[1] ?? "");
  const duration = P.DURATION_LINE.exec(text);
  if (duration) {
    // A second duration line is not silently ignored: the first one counts, the other is kept in notes.
    if (draft.durationLine === null) draft.durationLine = { text: duration[1] ?? "", line: line.n };
    else keepInNotes(s, line);
    return true;
  }
  const intro = P.FRAMEWORK_INTRO.exec(text);
  if (intro) return startFrameworks(s, intro[1] ?? "", text);
  const audience = P.AUDIENCE.exec(text);
  if (audience) return leaveFrameworks(s, () => addParagraph(s, draft.audience, audience[1] ?? ""));
  if (P.STATEMENT.test(text)) return leaveFrameworks(s, () => addStatements(s, text));
  return false;
}

function leaveFrameworks(s: State, place: () => void): true {
  if (s.mode === "frameworks") s.mode = "about";
  place();
  return true;
}

/** "The course provides some knowledge for" starts a list; text after "for" is a framework or a statement. */
function startFrameworks(s: State, rest: string, text: string): true {
  s.mode = "frameworks";
  s.tail = null;
  if (rest === "") return true;
  const framework = parseFrameworkLine(rest);
  if (framework) s.draft.frameworks = mergeFramework(s.draft.frameworks, framework);
  else leaveFrameworks(s, () => addStatements(s, text));
  return true;
}

/** "Care certificate: standard 1", bulleted or not. */
function scanFramework(s: State, line: Line): boolean {
  const framework = parseFrameworkLine(P.bulletText(line.text) ?? line.text);
  if (!framework) return false;
  s.draft.frameworks = mergeFramework(s.draft.frameworks, framework);
  return true;
}

function startMethods(s: State, list: string): true {
  const { draft } = s;
  s.mode = "methods";
  if (list !== "") draft.methodsText = draft.methodsText === "" ? list : `${draft.methodsText}, ${list}`;
  s.tail = {
    accepts: (l) => P.bulletText(l.text) === null && (methodsContinue(draft.methodsText) || startsLowerCase(l.text)),
    append: (more) => {
      draft.methodsText = draft.methodsText === "" ? more : `${draft.methodsText} ${more}`;
    },
  };
  return true;
}

function scanOutcome(s: State, line: Line): void {
  const text = P.bulletText(line.text);
  if (text === null) return keepInNotes(s, line);
  if (text === "") return; // a bullet with no text: nothing to keep
  const list = s.draft.outcomes;
  const at = list.push({ text, line: line.n }) - 1;
  s.tail = {
    // A wrapped outcome goes on below the bullet's text: deeper than the bullet, or mid-sentence.
    accepts: (l) => P.bulletText(l.text) === null && (l.indent > line.indent || startsLowerCase(l.text)),
    append: (more) => {
      const draft = list[at] as OutcomeDraft;
      list[at] = { text: `${draft.text} ${more}`, line: draft.line };
    },
  };
}

/** One paragraph per line, as profiles are written; a line that starts in lower case continues the last. */
function addParagraph(s: State, list: string[], text: string): void {
  const at = list.push(text) - 1;
  s.tail = {
    accepts: (l) => startsLowerCase(l.text) && !endsSentence(list[at] ?? ""),
    append: (more) => {
      list[at] = `${list[at]} ${more}`;
    },
  };
}

/** "The course is informed by X. The course is set in the context of Y." -> one statement per sentence. */
function addStatements(s: State, text: string): void {
  for (const sentence of text.split(/(?<=[.!?])\s+(?=(?:the|this)\s+course\b)/i)) {
    addParagraph(s, s.draft.statements, sentence);
  }
}

function keepInNotes(s: State, line: Line): void {
  addParagraph(s, s.draft.notes, line.text);
  const message = "this line was kept in `notes`: the importer could not tell what part of the course it is";
  const hint = "move the text where it belongs in course.yaml, or delete it from `notes`";
  s.draft.warnings.push(warning(CODES.keptInNotes, message, { file: s.file, line: line.n }, hint));
}
