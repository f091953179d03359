import type { Course, PackageData } from "@coursepack/course-model";
import raw from "./fixture-course.json";

/**
 * The hand-made fixture course (fixture-course.json): four outcomes, one of them without questions, all
 * three question types, two scenarios, feedback per question, a pass mark of 80 and two attempts.
 * JSON widens literal types, hence the cast; fixtures.test.ts checks the shape the cast assumes.
 */
export const fixtureCourse = raw as unknown as Course;

/** The same course with one assessment at the end instead of feedback after each question. */
export const endModeCourse: Course = {
  ...fixtureCourse,
  assessment: { ...fixtureCourse.assessment, feedback: "end" },
};

/** A course read straight from a profile: no questions, completion by reading the sections. */
export const completionOnlyCourse: Course = {
  ...fixtureCourse,
  questions: [],
  assessment: { passMark: null, feedback: "per-question", attempts: 0 },
  completion: "sections",
};

export function packageData(course: Course = fixtureCourse): PackageData {
  return { format: 1, buildId: "test-build", scorm: "1.2", variant: { key: null, label: null, days: [1] }, course };
}

/** The correct choice ids of a question, in question order. */
export function rightAnswer(course: Course, questionId: string): string[] {
  const q = course.questions.find((x) => x.id === questionId);
  return q ? q.choices.filter((c) => c.correct).map((c) => c.id) : [];
}

export const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

/** Every text field a learner sees, carrying an HTML/script payload. */
export function payloadCourse(): Course {
  const c = fixtureCourse;
  const text = (v: string) => `${v} ${PAYLOAD}`;
  const para = (v: string) => [{ t: "p" as const, c: [{ t: "text" as const, v: text(v) }] }];
  return {
    ...c,
    title: text(c.title),
    description: c.description.map(text),
    audience: text(c.audience),
    frameworks: c.frameworks.map((f) => ({ name: text(f.name), refs: f.refs.map(text) })),
    outcomes: c.outcomes.map((o) => ({ ...o, text: text(o.text), content: [...para("content"), ...o.content] })),
    questions: c.questions.map((q) => ({
      ...q,
      prompt: text(q.prompt),
      scenario: para("scenario"),
      choices: q.choices.map((ch) => ({ ...ch, text: text(ch.text) })),
      feedback: { correct: para("right"), incorrect: para("wrong") },
    })),
    branding: { ...c.branding, organisation: text(c.branding.organisation) },
    strings: { "welcome.start": text("Start") },
  };
}
