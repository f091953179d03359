import type { Block, Course, PackageData, Question } from "@coursepack/course-model";
import { estimateMinutes } from "./flow.ts";

/**
 * A package's course in two parts, so the launch page carries only what the first screen and the tracker
 * need and the rest arrives while the learner reads the welcome screen:
 *
 * - the outline, inline in the launch page: everything the welcome screen shows, the outcomes' ids, texts
 *   and days, and the tracker's part of each question (ids, type, prompt, choice ids and which are right:
 *   saved progress is checked and scored against them, and the prompt is each interaction's description),
 *   so the LMS session starts and Resume is known at once;
 * - the content, in a module beside it (course-content.js): section content, scenarios, choice texts,
 *   feedback, and the profile's methods and notes, which no screen shows but a package keeps.
 *
 * The outline is a whole `Course` (empty where the content goes), so the tracker and the screens take it as
 * they are. `joinCourse(splitCourse(d))` gives `d` back.
 */

/** The launch page's inline data: the package data, with the course cut to its outline when `content` is set. */
export interface LaunchData extends PackageData {
  /** The content module, relative to the launch page; absent when the course is whole. */
  readonly content?: string;
  /** The welcome screen's estimate in minutes, from the whole course (reading time needs the content). */
  readonly minutes?: number;
}

/** What the content module's default export holds; arrays in the outline's order of outcomes and questions. */
export interface CourseContent {
  readonly format: 1;
  /** The build id of the launch page it belongs to: a stale copy from a cache is refused. */
  readonly buildId: string;
  readonly methods: readonly string[];
  readonly notes: readonly string[];
  /** Each outcome's section content. */
  readonly sections: readonly (readonly Block[])[];
  readonly questions: readonly QuestionContent[];
}

export interface QuestionContent {
  readonly scenario?: readonly Block[];
  /** Each choice's text. */
  readonly choices: readonly string[];
  readonly feedback: Question["feedback"];
}

/** The file name of the content module inside a package, beside the launch page. */
export const CONTENT_MODULE = "course-content.js";

/** The launch page's part and the content module's part of a package's data (at build time). */
export function splitCourse(data: PackageData): { launch: LaunchData; content: CourseContent } {
  const { course } = data;
  const outline: Course = {
    ...course,
    methods: [],
    notes: [],
    outcomes: course.outcomes.map((o) => ({ ...o, content: [] })),
    questions: course.questions.map(({ scenario: _, ...q }) => ({
      ...q,
      choices: q.choices.map((c) => ({ ...c, text: "" })),
      feedback: { correct: [], incorrect: [] },
    })),
  };
  const content: CourseContent = {
    format: 1,
    buildId: data.buildId,
    methods: course.methods,
    notes: course.notes,
    sections: course.outcomes.map((o) => o.content),
    questions: course.questions.map((q) => ({
      ...(q.scenario ? { scenario: q.scenario } : {}),
      choices: q.choices.map((c) => c.text),
      feedback: q.feedback,
    })),
  };
  return { launch: { ...data, course: outline, content: CONTENT_MODULE, minutes: estimateMinutes(course) }, content };
}

/** The whole package data again, or null when `value` is not this launch page's content. */
export function joinCourse(launch: PackageData, value: unknown): PackageData | null {
  if (!fits(launch, value)) return null;
  const { course } = launch;
  const whole: Course = {
    ...course,
    methods: value.methods,
    notes: value.notes,
    outcomes: course.outcomes.map((o, i) => ({ ...o, content: value.sections[i]! })),
    questions: course.questions.map((q, i) => {
      const { scenario, choices, feedback } = value.questions[i]!;
      return { ...q, ...(scenario ? { scenario } : {}), choices: q.choices.map((c, j) => ({ ...c, text: choices[j] ?? "" })), feedback };
    }),
  };
  const { format, buildId, scorm, variant } = launch;
  return { format, buildId, scorm, variant, course: whole };
}

/** Written by the same build (the build id says so), so a light check: one entry per outcome and question. */
function fits(launch: PackageData, value: unknown): value is CourseContent {
  const c = value as Partial<CourseContent> | null;
  return (
    typeof c === "object" && c !== null && c.format === 1 && c.buildId === launch.buildId &&
    c.sections?.length === launch.course.outcomes.length && c.questions?.length === launch.course.questions.length
  );
}
