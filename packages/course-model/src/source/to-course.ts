import { DEFAULT_BRANDING, DEFAULT_LANGUAGE, DEFAULT_SCORM, defaultAssessment, defaultCompletion } from "../defaults.ts";
import { renderMarkdown } from "../markdown.ts";
import { parseDuration } from "../profile/duration.ts";
import { slugify } from "../slug.ts";
import type { Assessment, Branding, Choice, Course, LearningOutcome, Question } from "../types.ts";
import type { CourseSource, OutcomeSource, QuestionSource } from "./definition.ts";

/** Choice ids by position: stable while the author keeps the order. */
const CHOICE_IDS = "abcdefghij";

/**
 * A validated course.yaml as the Course model: defaults filled in (from defaults.ts only), Markdown turned into
 * blocks, choices given ids. Only called when every check passed, so nothing here can fail on user input.
 */
export function toCourse(source: CourseSource): Course {
  const days = parseDuration(source.duration);
  if (!days) throw new Error(`bug: duration ${source.duration} passed the checks but does not parse`);
  const hasQuestions = (source.questions ?? []).length > 0;
  return {
    id: source.id ?? slugify(source.title),
    title: source.title,
    duration: { label: source.duration, days },
    description: source.description,
    frameworks: source.frameworks ?? [],
    audience: source.audience ?? "",
    statements: source.statements ?? [],
    outcomes: source.outcomes.map((o) => toOutcome(o, days)),
    methods: source.methods ?? [],
    notes: source.notes ?? [],
    language: source.language ?? DEFAULT_LANGUAGE,
    questions: (source.questions ?? []).map(toQuestion),
    assessment: toAssessment(source.assessment ?? {}, hasQuestions),
    completion: source.completion ?? defaultCompletion(hasQuestions),
    scorm: source.scorm ? [...new Set(source.scorm)] : DEFAULT_SCORM,
    branding: toBranding(source.branding ?? {}),
    strings: source.strings ?? {},
  };
}

function toOutcome(o: OutcomeSource, courseDays: readonly number[]): LearningOutcome {
  const days = o.days ? [...new Set(o.days)].sort((a, b) => a - b) : courseDays;
  return { id: o.id, text: o.text, days, content: renderMarkdown(o.content ?? "") };
}

function toQuestion(q: QuestionSource): Question {
  const scenario = renderMarkdown(q.scenario ?? "");
  return {
    id: q.id,
    outcomeId: q.outcome,
    type: q.type,
    ...(scenario.length > 0 ? { scenario } : {}),
    prompt: q.prompt,
    choices: q.type === "true-false" ? trueFalseChoices(q.answer === true) : (q.choices ?? []).map(toChoice),
    feedback: { correct: renderMarkdown(q.feedback.correct), incorrect: renderMarkdown(q.feedback.incorrect) },
  };
}

function toChoice(c: { text: string; correct?: boolean | undefined }, i: number): Choice {
  return { id: CHOICE_IDS.charAt(i), text: c.text, correct: c.correct === true };
}

/** The model keeps true-false as two choices, so the player and the tracker treat every question alike. */
function trueFalseChoices(answer: boolean): Choice[] {
  return [
    { id: "true", text: "True", correct: answer },
    { id: "false", text: "False", correct: !answer },
  ];
}

function toAssessment(a: NonNullable<CourseSource["assessment"]>, hasQuestions: boolean): Assessment {
  const defaults = defaultAssessment(hasQuestions);
  return {
    passMark: a.pass_mark !== undefined ? a.pass_mark : defaults.passMark,
    feedback: a.feedback ?? defaults.feedback,
    attempts: a.attempts ?? defaults.attempts,
  };
}

function toBranding(b: NonNullable<CourseSource["branding"]>): Branding {
  return {
    organisation: b.organisation ?? DEFAULT_BRANDING.organisation,
    colours: { ...DEFAULT_BRANDING.colours, ...definedOnly(b.colours ?? {}) },
    logo: b.logo ?? DEFAULT_BRANDING.logo,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
