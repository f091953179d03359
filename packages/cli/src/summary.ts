import { variants, type Course } from "@coursepack/course-model";

/** The readable form of `coursepack inspect`: what an author checks at a glance. */
export function summarise(course: Course): string {
  const limited = course.outcomes.filter((o) => o.days.length < course.duration.days.length);
  const lines = [
    `${course.title} (${course.id})`,
    `Duration:    ${course.duration.label} (days: ${course.duration.days.join(", ")})`,
    `Standards:   ${course.frameworks.map((f) => `${f.name}: ${f.refs.join(", ")}`).join("; ") || "none"}`,
    `Audience:    ${course.audience || "not stated"}`,
    `Outcomes:    ${course.outcomes.length}${limited.length ? ` (${limited.length} only in some course lengths)` : ""}`,
    ...course.outcomes.map((o, i) => `  ${String(i + 1).padStart(2)}. ${o.text}${daysNote(o.days, course)}  [${o.id}]`),
    `Questions:   ${course.questions.length}`,
    `Assessment:  ${assessmentLine(course)}`,
    `Variants:    ${variants(course).map((v) => `${v.key ?? "single"} (${v.course.outcomes.length} outcomes)`).join(", ")}`,
    `SCORM:       ${course.scorm.join(", ")}`,
    `Methods:     ${course.methods.join(", ") || "none"}`,
  ];
  if (course.notes.length) lines.push(`Notes:       ${course.notes.length} line(s) kept from the profile`);
  return `${lines.join("\n")}\n`;
}

function daysNote(days: readonly number[], course: Course): string {
  return days.length < course.duration.days.length ? ` (days ${days.join(", ")} only)` : "";
}

function assessmentLine(course: Course): string {
  const { passMark, feedback, attempts } = course.assessment;
  const mark = passMark === null ? "completion only" : `pass mark ${passMark}%`;
  const mode = feedback === "end" ? "one assessment at the end" : "feedback after each question";
  return `${mark}, ${mode}, ${attempts === 0 ? "unlimited attempts" : `${attempts} attempts`}; complete on ${course.completion}`;
}
