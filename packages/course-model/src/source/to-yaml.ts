import { Document, isPair, isScalar, isSeq, visit } from "yaml";
import type { Scalar } from "yaml";
import { DEFAULT_BRANDING, DEFAULT_LANGUAGE, DEFAULT_SCORM, defaultAssessment, defaultCompletion } from "../defaults.ts";
import type { Course, LearningOutcome, Question } from "../types.ts";
import { blocksToMarkdown } from "./blocks-to-markdown.ts";
import { SCHEMA_PATH } from "./json-schema.ts";

/** First line of every written course.yaml: editors that speak YAML then complete and check keys. */
export const SCHEMA_COMMENT = `# yaml-language-server: $schema=../../${SCHEMA_PATH}`;

/** Keys whose values are Markdown: written as `|` blocks when longer than a line, as authors write them. */
const MARKDOWN_KEYS = new Set(["content", "scenario", "correct", "incorrect"]);
/** Short lists of numbers or codes read best on one line: `days: [2, 3]`. */
const FLOW_KEYS = new Set(["days", "refs", "scorm"]);
/** Plain text longer than this is written as a folded `>-` block rather than one long line. */
const FOLD_AT = 80;

/**
 * A Course as course.yaml source, the text `coursepack import` writes: readable key order, defaults left out
 * (so a later change of default reaches the course), Markdown for content and feedback. For every Course
 * that came from parseCourseSource, parsing this text again gives the same Course.
 */
export function courseToYaml(course: Course): string {
  const doc = new Document(sourceOf(course), { version: "1.2" });
  styleScalars(doc);
  if (course.questions.length === 0 && course.outcomes.every((o) => o.content.length === 0)) addFirstSteps(doc);
  return `${SCHEMA_COMMENT}\n${doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false })}`;
}

function sourceOf(course: Course): Record<string, unknown> {
  const hasQuestions = course.questions.length > 0;
  const source = compact({
    id: course.id,
    title: course.title,
    duration: course.duration.label,
    language: course.language === DEFAULT_LANGUAGE ? undefined : course.language,
    description: course.description,
    audience: course.audience || undefined,
    frameworks: nonEmpty(course.frameworks.map((f) => ({ name: f.name, refs: f.refs }))),
    statements: nonEmpty(course.statements),
    methods: nonEmpty(course.methods),
    outcomes: course.outcomes.map((o) => outcomeOf(o, course.duration.days)),
    questions: nonEmpty(course.questions.map(questionOf)),
    assessment: assessmentOf(course),
    completion: course.completion === defaultCompletion(hasQuestions) ? undefined : course.completion,
    scorm: sameList(course.scorm, DEFAULT_SCORM) ? undefined : course.scorm,
    branding: brandingOf(course),
    strings: Object.keys(course.strings).length > 0 ? course.strings : undefined,
    notes: nonEmpty(course.notes),
  });
  return source ?? {};
}

function outcomeOf(o: LearningOutcome, courseDays: readonly number[]): Record<string, unknown> | undefined {
  return compact({
    id: o.id,
    text: o.text,
    days: sameList(o.days, courseDays) ? undefined : o.days,
    content: o.content.length > 0 ? blocksToMarkdown(o.content) : undefined,
  });
}

function questionOf(q: Question): Record<string, unknown> | undefined {
  const trueFalse = q.type === "true-false";
  return compact({
    id: q.id,
    outcome: q.outcomeId,
    type: q.type,
    scenario: q.scenario && q.scenario.length > 0 ? blocksToMarkdown(q.scenario) : undefined,
    prompt: q.prompt,
    choices: trueFalse ? undefined : q.choices.map((c) => (c.correct ? { text: c.text, correct: true } : { text: c.text })),
    answer: trueFalse ? q.choices.some((c) => c.id === "true" && c.correct) : undefined,
    feedback: { correct: blocksToMarkdown(q.feedback.correct), incorrect: blocksToMarkdown(q.feedback.incorrect) },
  });
}

function assessmentOf(course: Course): Record<string, unknown> | undefined {
  const given = course.assessment;
  const defaults = defaultAssessment(course.questions.length > 0);
  return compact({
    pass_mark: given.passMark === defaults.passMark ? undefined : given.passMark,
    feedback: given.feedback === defaults.feedback ? undefined : given.feedback,
    attempts: given.attempts === defaults.attempts ? undefined : given.attempts,
  });
}

function brandingOf(course: Course): Record<string, unknown> | undefined {
  const { organisation, colours, logo } = course.branding;
  const changed = (key: keyof typeof colours) => (colours[key] === DEFAULT_BRANDING.colours[key] ? undefined : colours[key]);
  return compact({
    organisation: organisation === DEFAULT_BRANDING.organisation ? undefined : organisation,
    colours: compact({ primary: changed("primary"), accent: changed("accent"), text: changed("text"), background: changed("background") }),
    logo: logo === DEFAULT_BRANDING.logo ? undefined : logo,
  });
}

/** Markdown as `|` blocks, long text folded, short lists of numbers on one line. */
function styleScalars(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (FLOW_KEYS.has(key) && isSeq(pair.value)) pair.value.flow = true;
    },
    Scalar(key, node, path) {
      if (key !== "value" && typeof key !== "number") return;
      if (typeof node.value !== "string" || node.value === "") return;
      const parent = path[path.length - 1];
      const field = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : "";
      const long = node.value.length > FOLD_AT;
      // Markdown is never folded: its line breaks are the author's.
      if (node.value.includes("\n") || (long && MARKDOWN_KEYS.has(field))) node.type = "BLOCK_LITERAL";
      else if (long) node.type = "BLOCK_FOLDED";
    },
  });
}

/** A course fresh from a profile has no teaching yet: say where it goes, once, above the outcomes. */
function addFirstSteps(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== "outcomes") return;
      (pair.key as Scalar).commentBefore = [
        " Give each outcome a `content:` block: the Markdown section that teaches it.",
        " Add `questions:` to check what was learnt (see docs/course-format.md).",
      ].join("\n");
      return visit.BREAK;
    },
  });
}

/** The entries that are set; undefined when none is, so an all-default section is left out. */
function compact(value: Record<string, unknown>): Record<string, unknown> | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function nonEmpty<T>(list: readonly T[]): readonly T[] | undefined {
  return list.length > 0 ? list : undefined;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
