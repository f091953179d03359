import { defaultAssessment, defaultCompletion } from "../defaults.ts";
import { error, warning } from "../diagnostics.ts";
import { parseDuration } from "../profile/duration.ts";
import { slugify } from "../slug.ts";
import type { Diagnostic, SourceLocation } from "../types.ts";
import { COURSE_ID_PATTERN } from "../types.ts";
import { SOURCE_CODES as C } from "./codes.ts";
import { didYouMean } from "./did-you-mean.ts";
import type { RawMap } from "./raw.ts";
import { asList, asMap, asText, has } from "./raw.ts";
import type { SourceDoc } from "./yaml-locate.ts";
import { locate } from "./yaml-locate.ts";

/**
 * What the course means, beyond its shape: ids, references between questions and outcomes, answers, day
 * counts and the assessment. Runs on the raw data even when the shape checks failed, so every mistake is
 * reported in one go.
 */
export function semanticChecks(src: SourceDoc, data: RawMap): Diagnostic[] {
  const days = durationDays(src, data);
  return [
    ...courseIdChecks(src, data),
    ...days.diagnostics,
    ...outcomeChecks(src, data, days.value),
    ...questionChecks(src, data),
    ...assessmentChecks(src, data),
  ];
}

function courseIdChecks(src: SourceDoc, data: RawMap): Diagnostic[] {
  const title = asText(data.title);
  if (has(data, "id") || title === undefined || title === "" || COURSE_ID_PATTERN.test(slugify(title))) return [];
  const message = "the title gives no usable course id (it has no letters or digits)";
  return [error(C.courseId, message, locate(src, ["title"]), "add an `id:` line with a lower-case slug, e.g. `id: key-working`")];
}

function durationDays(src: SourceDoc, data: RawMap): { value: readonly number[] | null; diagnostics: Diagnostic[] } {
  const label = asText(data.duration);
  if (label === undefined || label.trim() === "") return { value: null, diagnostics: [] };
  const days = parseDuration(label);
  if (days) return { value: days, diagnostics: [] };
  const hint = "write it as `Half Day`, `1 Day`, `2 Days` or a range such as `1-3 Days`";
  return { value: null, diagnostics: [error(C.duration, `the duration \`${label}\` is not understood`, locate(src, ["duration"]), hint)] };
}

function outcomeChecks(src: SourceDoc, data: RawMap, courseDays: readonly number[] | null): Diagnostic[] {
  const out = duplicateIds(src, data, "outcomes", C.duplicateOutcome, "outcome");
  asList(data.outcomes).forEach((outcome, i) => {
    if (!courseDays) return;
    asList(asMap(outcome).days).forEach((day, j) => {
      if (typeof day !== "number" || courseDays.includes(day)) return;
      const message = `day count ${day} is not one of the course's lengths (${String(data.duration)}: ${courseDays.join(", ")})`;
      const hint = "list only day counts the `duration` names, or widen the duration";
      out.push(error(C.daysOutsideDuration, message, locate(src, ["outcomes", i, "days", j]), hint));
    });
  });
  return out;
}

/** Ids must be unique: each names one SCORM objective or interaction. Reported at the second use. */
function duplicateIds(src: SourceDoc, data: RawMap, list: "outcomes" | "questions", code: string, what: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, number>();
  asList(data[list]).forEach((item, i) => {
    const id = asText(asMap(item).id);
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, i);
      return;
    }
    const line = locate(src, [list, earlier, "id"]).line;
    const hint = `it is first used on line ${line}; give each ${what} its own id`;
    out.push(error(code, `the ${what} id \`${id}\` is used twice`, locate(src, [list, i, "id"]), hint));
  });
  return out;
}

function questionChecks(src: SourceDoc, data: RawMap): Diagnostic[] {
  const out = duplicateIds(src, data, "questions", C.duplicateQuestion, "question");
  const outcomeIds = asList(data.outcomes).flatMap((o) => asText(asMap(o).id) ?? []);
  asList(data.questions).forEach((q, i) => {
    const question = asMap(q);
    const ref = asText(question.outcome);
    if (ref !== undefined && !outcomeIds.includes(ref)) {
      const suggestion = didYouMean(ref, outcomeIds);
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : "use the `id` of one of the course's outcomes";
      out.push(error(C.unknownOutcome, `no outcome has the id \`${ref}\``, locate(src, ["questions", i, "outcome"]), hint));
    }
    out.push(...answerChecks(src, question, i));
  });
  return out;
}

type At = (key?: string) => SourceLocation;

function answerChecks(src: SourceDoc, question: RawMap, i: number): Diagnostic[] {
  const at: At = (key) => (key ? locate(src, ["questions", i, key], "key") : locate(src, ["questions", i]));
  if (question.type === "true-false") return trueFalseChecks(question, at);
  if (question.type === "single" || question.type === "multiple") return choiceChecks(question, question.type, at);
  return [];
}

function trueFalseChecks(question: RawMap, at: At): Diagnostic[] {
  if (has(question, "choices")) {
    const hint = "remove `choices` and write `answer: true` or `answer: false`";
    return [error(C.trueFalse, "a true-false question takes `answer`, not `choices`", at("choices"), hint)];
  }
  if (has(question, "answer")) return [];
  return [error(C.trueFalse, "a true-false question needs `answer`", at(), "add `answer: true` if the prompt is true, else `answer: false`")];
}

function choiceChecks(question: RawMap, type: "single" | "multiple", at: At): Diagnostic[] {
  if (has(question, "answer")) {
    return [error(C.trueFalse, "`answer` is only for true-false questions", at("answer"), "mark the right choices with `correct: true` instead")];
  }
  if (!has(question, "choices")) {
    const hint = `add \`choices:\`, ${type === "single" ? "one" : "some"} with \`correct: true\``;
    return [error(C.missingKey, "missing required key `choices` in this question", at(), hint)];
  }
  const choices = asList(question.choices);
  // Too few choices, or choices of the wrong shape, are reported by the shape checks already.
  if (choices.length < 2 || !choices.every((c) => typeof asMap(c).text === "string")) return [];
  const correct = choices.filter((c) => asMap(c).correct === true).length;
  if (type === "single" && correct !== 1) {
    const message = `a single-choice question needs exactly one correct choice; this one has ${correct}`;
    const hint = correct === 0 ? "mark the right choice with `correct: true`" : "keep one `correct: true`, or make it `type: multiple`";
    return [error(C.singleAnswer, message, at("choices"), hint)];
  }
  if (type === "multiple" && (correct === 0 || correct === choices.length)) {
    const message = correct === 0 ? "a multiple-response question has no correct choice" : "every choice of this multiple-response question is correct";
    return [error(C.multipleAnswer, message, at("choices"), "mark at least one choice `correct: true` and leave at least one wrong")];
  }
  return [];
}

/** A pass mark needs questions to score, and each outcome needs a question to get a score of its own. */
function assessmentChecks(src: SourceDoc, data: RawMap): Diagnostic[] {
  const questions = asList(data.questions);
  const assessment = asMap(data.assessment);
  const passMark = has(assessment, "pass_mark") ? assessment.pass_mark : defaultAssessment(questions.length > 0).passMark;
  if (questions.length === 0) return unassessable(src, data, passMark);
  if (typeof passMark !== "number") return [];
  const tested = new Set(questions.map((q) => asMap(q).outcome));
  return asList(data.outcomes).flatMap((o, i) => {
    const id = asText(asMap(o).id);
    if (id === undefined || tested.has(id)) return [];
    const message = `outcome \`${id}\` has no question, so the LMS gets no score for it`;
    const hint = `add a question with \`outcome: ${id}\`, or set \`pass_mark: null\` for a completion-only course`;
    return [warning(C.outcomeWithoutQuestion, message, locate(src, ["outcomes", i, "id"]), hint)];
  });
}

function unassessable(src: SourceDoc, data: RawMap, passMark: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (typeof passMark === "number") {
    const hint = "add `questions:`, or remove `pass_mark` for a completion-only course";
    out.push(error(C.assessmentWithoutQuestions, "a pass mark is set but the course has no questions", locate(src, ["assessment", "pass_mark"]), hint));
  }
  const completion = data.completion ?? defaultCompletion(false);
  if (completion === "assessment" || completion === "sections-and-assessment") {
    const message = `\`completion: ${String(completion)}\` needs questions, and the course has none`;
    out.push(error(C.assessmentWithoutQuestions, message, locate(src, ["completion"]), "add `questions:`, or use `completion: sections`"));
  }
  return out;
}
