/**
 * suspend_data in plain words: the module's saved progress (decodeProgress from @coursepack/tracking),
 * named with the course's own section titles, questions and answers.
 */
import type { Course, Question } from "@coursepack/course-model";
import { decodeProgress } from "@coursepack/tracking";

export interface AnswerLine {
  readonly question: string;
  readonly answer: string;
  readonly correct: boolean;
}

export interface ProgressView {
  /** "empty": nothing saved yet; "unreadable": not this course's data (the reason says why). */
  readonly state: "empty" | "unreadable" | "ok";
  readonly message: string;
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  /** Titles of the sections done, in course order. */
  readonly sections: readonly string[];
  readonly answers: readonly AnswerLine[];
}

export function readProgress(course: Course, suspendData: string): ProgressView {
  if (suspendData === "") return { state: "empty", message: "Nothing saved yet.", facts: [], sections: [], answers: [] };
  const decoded = decodeProgress(course, suspendData);
  if (!decoded.ok) return { state: "unreadable", message: `Not readable as this course's progress: ${decoded.reason}.`, facts: [], sections: [], answers: [] };
  const p = decoded.value;
  const answers = course.questions.filter((q) => p.answers[q.id]).map((q) => answerLine(q, p.answers[q.id]!));
  const best = p.bestCorrect === null ? "none yet" : `${p.bestCorrect} of ${course.questions.length} right`;
  return {
    state: "ok",
    message: "",
    facts: [
      { label: "Sections done", value: `${p.sectionsDone.length} of ${course.outcomes.length}` },
      { label: "Questions answered", value: `${answers.length} of ${course.questions.length}` },
      { label: "Knowledge check submissions", value: String(p.attemptsUsed) },
      { label: "Submitted", value: p.submitted ? "yes" : "no" },
      { label: "Completed", value: p.completed ? "yes" : "no" },
      { label: "Result", value: p.success === "unknown" ? "not yet" : p.success },
      { label: "Best score", value: best },
    ],
    sections: course.outcomes.filter((o) => p.sectionsDone.includes(o.id)).map((o) => o.text),
    answers,
  };
}

function answerLine(question: Question, picked: readonly string[]): AnswerLine {
  const chosen = question.choices.filter((c) => picked.includes(c.id));
  const right = question.choices.filter((c) => c.correct).map((c) => c.id);
  const correct = right.length === picked.length && right.every((id) => picked.includes(id));
  return { question: question.prompt, answer: chosen.map((c) => c.text || c.id).join("; "), correct };
}
