import type { Assessment, Choice, CompletionRule, Course, Question, QuestionType } from "@coursepack/course-model";
import { DEFAULT_BRANDING } from "@coursepack/course-model";

/**
 * Courses for tests, shaped like real ones: outcome ids `outcome-1`..., question ids `q-1-1`... (outcome 1,
 * question 1). Single-choice questions have "b" right, multiple-choice "a" and "c", true-false "true".
 */
export interface CourseFixtureOptions {
  readonly outcomes?: number;
  readonly questionsPerOutcome?: number;
  readonly choices?: number;
  /** One type for all questions, or "mixed" to cycle single / multiple / true-false. */
  readonly type?: QuestionType | "mixed";
  readonly passMark?: number | null;
  readonly feedback?: Assessment["feedback"];
  readonly attempts?: number;
  readonly completion?: CompletionRule;
}

const MIXED: readonly QuestionType[] = ["single", "multiple", "true-false"];

function choicesFor(type: QuestionType, count: number): Choice[] {
  if (type === "true-false") {
    return [{ id: "true", text: "True", correct: true }, { id: "false", text: "False", correct: false }];
  }
  return Array.from({ length: count }, (_, index) => {
    const id = String.fromCharCode(97 + index);
    const correct = type === "single" ? index === 1 : index === 0 || index === 2;
    return { id, text: `Choice ${id}`, correct };
  });
}

export function makeCourse(options: CourseFixtureOptions = {}): Course {
  const { outcomes = 3, questionsPerOutcome = 1, choices = 4, type = "mixed", attempts = 0, feedback = "per-question" } = options;
  const outcomeList = Array.from({ length: outcomes }, (_, i) => ({
    id: `outcome-${i + 1}`,
    text: `Outcome ${i + 1}: what the learner should understand`,
    days: [1],
    content: [],
  }));
  const questions: Question[] = outcomeList.flatMap((outcome, o) =>
    Array.from({ length: questionsPerOutcome }, (_, q) => {
      const questionType = type === "mixed" ? (MIXED[(o * questionsPerOutcome + q) % 3] ?? "single") : type;
      return {
        id: `q-${o + 1}-${q + 1}`,
        outcomeId: outcome.id,
        type: questionType,
        prompt: `Question ${q + 1} about ${outcome.text}?`,
        choices: choicesFor(questionType, choices),
        feedback: { correct: [], incorrect: [] },
      };
    }),
  );
  const hasQuestions = questions.length > 0;
  return {
    id: "fixture-course",
    title: "Fixture course",
    duration: { label: "1 Day", days: [1] },
    description: ["A course for tests."],
    frameworks: [],
    audience: "",
    statements: [],
    outcomes: outcomeList,
    methods: [],
    notes: [],
    language: "en-GB",
    questions,
    assessment: { passMark: options.passMark === undefined ? (hasQuestions ? 80 : null) : options.passMark, feedback, attempts },
    completion: options.completion ?? (hasQuestions ? "sections-and-assessment" : "sections"),
    scorm: ["1.2", "2004-3", "2004-4"],
    branding: DEFAULT_BRANDING,
    strings: {},
  };
}

export function rightAnswer(question: Question): string[] {
  return question.choices.filter((choice) => choice.correct).map((choice) => choice.id);
}

export function wrongAnswer(question: Question): string[] {
  return [question.choices.find((choice) => !choice.correct)?.id ?? ""];
}

/** Completes every section and answers every question (right when `right(question)` says so). */
export function playThrough(
  tracker: { visit(id: string): void; completeSection(id: string): void; answer(id: string, choices: readonly string[]): unknown },
  course: Course,
  right: (question: Question, index: number) => boolean = () => true,
): void {
  course.outcomes.forEach((outcome) => {
    tracker.visit(outcome.id);
    for (const question of course.questions.filter((q) => q.outcomeId === outcome.id)) {
      const index = course.questions.indexOf(question);
      tracker.answer(question.id, right(question, index) ? rightAnswer(question) : wrongAnswer(question));
    }
    tracker.completeSection(outcome.id);
  });
}
