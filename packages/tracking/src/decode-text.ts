/**
 * A progress report in plain words, for a person on a support desk: what the learner has done, what they
 * answered, and what the LMS was told. Lines, not markup: the CLI prints them, the preview shows them.
 */
import type { LmsFields } from "./decode-input.ts";
import type { AnswerLine, OutcomeLine, ProgressReport } from "./decode-report.ts";

const SOURCES: Readonly<Record<ProgressReport["source"], string>> = {
  "suspend-data": "suspend data",
  "json-export": "a JSON export of the LMS's data",
  "element-list": "element,value rows",
};

export function progressReportText(report: ProgressReport): string {
  const lines = [
    `Saved progress: coursepack suspend data format ${report.format}, read from ${SOURCES[report.source]}`,
    `Course:       ${courseLine(report)}`,
    ...sectionLines(report),
    ...answerLines(report),
    `Attempts:     ${attemptsLine(report)}`,
    `Status:       ${report.completed ? "completed" : "not completed"}; ${report.submitted ? "knowledge check submitted" : "knowledge check not submitted"}; ${report.success === "unknown" ? "not passed or failed yet" : report.success}`,
    `Score:        ${scoreLine(report)}`,
    ...outcomeLines(report),
    `Bookmark:     ${report.bookmark ? `${report.bookmark.location}${report.bookmark.page ? ` (${report.bookmark.page})` : ""}` : report.lms ? "none" : "not in suspend data (it is the LMS's lesson_location / location)"}`,
    ...(report.lms ? [`LMS:          ${lmsLine(report.lms)}`] : []),
    ...(report.notes.length > 0 ? ["Notes:", ...report.notes.map((note) => `  - ${note}`)] : []),
  ];
  return `${lines.join("\n")}\n`;
}

function courseLine(report: ProgressReport): string {
  const { course } = report;
  if (course) return `${course.title}${course.variant ? `, ${course.variant}` : ""} (${course.id})`;
  const why = report.match === "other-course" ? "not the course given (see Notes)" : "not given";
  return `${why}; course fingerprint ${report.fingerprint}. Sections, questions and choices are shown by position (choice a = first).`;
}

function sectionLines(report: ProgressReport): string[] {
  const { total, done } = report.sections;
  const head = `Sections:     ${done.length}${total === null ? "" : ` of ${total}`} done`;
  const list = done.map((s) => `                ${String(s.number).padStart(2)}. ${s.text ?? `section ${s.number}`}`);
  return [head, ...list];
}

function answerLines(report: ProgressReport): string[] {
  const right = report.answers.filter((a) => a.correct === true).length;
  const judged = report.course ? `, ${right} right` : "";
  const head = `Answers:      ${report.answers.length}${report.questions === null ? "" : ` of ${report.questions}`} questions answered${judged}`;
  return [head, ...report.answers.flatMap(answerLine)];
}

function answerLine(answer: AnswerLine): string[] {
  const name = answer.prompt ? `${answer.prompt} [${answer.id}]` : `question ${answer.number}`;
  const verdict = answer.correct === null ? "" : answer.correct ? ": right" : ": wrong";
  const choices = answer.choices.map((c) => (c.text ? `${c.id} "${c.text}"` : c.id)).join(", ");
  return [`                ${String(answer.number).padStart(2)}. ${name}`, `                    chose ${choices}${verdict}`];
}

function attemptsLine(report: ProgressReport): string {
  const allowed = report.course?.attemptsAllowed;
  if (allowed === undefined) return `${report.attemptsUsed} used`;
  return `${report.attemptsUsed} used of ${allowed === 0 ? "no limit" : allowed}`;
}

function scoreLine(report: ProgressReport): string {
  const best = report.bestScore;
  const mark = report.course ? (report.course.passMark === null ? "; no pass mark" : `; pass mark ${report.course.passMark}%`) : "";
  const current = report.currentScore === null ? "" : `; this attempt ${report.currentScore}%`;
  if (!best) return `none yet (no knowledge check submitted)${mark}`;
  return `best ${best.percent}% (${best.correct} of ${best.total} right)${current}${mark}`;
}

function outcomeLines(report: ProgressReport): string[] {
  const scored = report.outcomes.filter((o) => o.bestCorrect !== null || o.currentPercent !== null);
  if (scored.length === 0) return ["Outcomes:     no outcome scored yet"];
  return ["Outcomes:     best score per learning outcome", ...scored.map(outcomeLine)];
}

function outcomeLine(o: OutcomeLine): string {
  const name = o.text ?? `outcome ${o.number}`;
  const best = o.bestCorrect === null ? "no best score yet" : o.bestPercent === null ? `${o.bestCorrect} right` : `${o.bestPercent}% (${o.bestCorrect} of ${o.questions} right)`;
  const current = o.currentPercent === null ? "" : `; this attempt ${o.currentPercent}%`;
  return `                ${String(o.number).padStart(2)}. ${name}: ${best}${current}`;
}

function lmsLine(lms: LmsFields): string {
  const parts = [
    `SCORM ${lms.version}`,
    `status ${lms.status ?? "not set"}`,
    ...(lms.version === "2004" ? [`success ${lms.success ?? "not set"}`] : []),
    `score ${lms.score ?? "not set"}`,
    `exit ${lms.exit ?? "not set"}`,
    `entry ${lms.entry ?? "not set"}`,
    ...(lms.learner ? [`learner ${lms.learner}`] : []),
  ];
  return parts.join(", ");
}
