/**
 * What a package reports to the LMS and the Moodle settings it is made for, as data. The tracking sheet
 * renders it and docs/admin-guide.md explains the same in prose. Moodle's behaviour cited here is from
 * mod/scorm (locallib.php scorm_grade_user_attempt, classes/completion/custom_completion.php, lang strings)
 * and ../shared/SCORM-FIELD-NOTES.md. Version differences live in one table per version, not in branches.
 */
import type { Course, QuestionType, ScormVersion } from "@coursepack/course-model";

export interface ReportedElement {
  readonly element: string;
  readonly values: string;
  readonly meaning: string;
}

export interface Recommendation {
  readonly section: string;
  readonly setting: string;
  readonly value: string;
  readonly why: string;
}

export interface VersionFacts {
  readonly status: (c: Course) => readonly ReportedElement[];
  readonly score: ReportedElement;
  readonly objectives: string;
  readonly interactions: string;
  readonly resume: readonly ReportedElement[];
  readonly mastery: (passMark: number) => string;
  readonly masteryOverride: (c: Course) => string;
  readonly mobile: { readonly supported: boolean; readonly note: string };
  /** What ticking both Passed and Completed in Moodle's "Require status" does with this version. */
  readonly bothStatuses: string;
}

const COMPLETED_WHEN = {
  "sections-and-assessment": "every section is done and the knowledge check is submitted",
  sections: "every section is done",
  assessment: "the knowledge check is submitted",
} as const;

export function completedWhen(course: Course): string {
  return COMPLETED_WHEN[course.completion];
}

const SCORM_12: VersionFacts = {
  status: (c) => [
    c.assessment.passMark === null
      ? { element: "cmi.core.lesson_status", values: "incomplete, completed", meaning: `incomplete until ${completedWhen(c)}, then completed` }
      : { element: "cmi.core.lesson_status", values: "incomplete, passed, failed", meaning: `incomplete until ${completedWhen(c)}; then passed (score at least ${c.assessment.passMark}) or failed. SCORM 1.2 has one status: a package that is passed or failed never reports "completed"` },
  ],
  score: { element: "cmi.core.score.raw (min 0, max 100)", values: "0-100", meaning: "the overall score, set only once the knowledge check is final" },
  objectives: "cmi.objectives.n.id, .score.raw (0-100), .status",
  interactions: "cmi.interactions.n.id, .type, .student_response, .result (correct / wrong)",
  resume: [
    { element: "cmi.core.lesson_location", values: "page id", meaning: "the bookmark: where the learner was" },
    { element: "cmi.suspend_data", values: "at most 4096 characters", meaning: "answers and progress, so a learner resumes with answers kept" },
    { element: "cmi.core.exit", values: "suspend, \"\"", meaning: "suspend while the learner is not finished, so the next launch resumes" },
    { element: "cmi.core.session_time", values: "HHHH:MM:SS.SS", meaning: "time spent in this session" },
  ],
  mastery: (m) => `adlcp:masteryscore ${m} in the manifest`,
  masteryOverride: (c) =>
    c.assessment.passMark === null
      ? "No effect: this package declares no mastery score."
      : "At LMSFinish Moodle sets passed/failed from the raw score and the mastery score, even over incomplete. The package sends the raw score only once the knowledge check is final, so Moodle's verdict and the package's agree.",
  mobile: { supported: true, note: "Plays in the Moodle mobile app." },
  bothStatuses: "Do not tick Completed as well: Moodle then requires both statuses, and a SCORM 1.2 package that is passed never reports completed, so no one would ever complete.",
};

const SCORM_2004: VersionFacts = {
  status: (c) => [
    { element: "cmi.completion_status", values: "incomplete, completed", meaning: `completed once ${completedWhen(c)}` },
    c.assessment.passMark === null
      ? { element: "cmi.success_status", values: "unknown", meaning: "no pass mark: never passed or failed" }
      : { element: "cmi.success_status", values: "unknown, passed, failed", meaning: `passed (score at least ${c.assessment.passMark}) or failed once the knowledge check is final. Moodle never derives it: the package sets it` },
  ],
  score: { element: "cmi.score.raw (min 0, max 100), cmi.score.scaled", values: "0-100; scaled 0-1", meaning: "the overall score, set only once the knowledge check is final" },
  objectives: "cmi.objectives.n.id, .score.raw (0-100), .score.scaled, .success_status, .completion_status",
  interactions: "cmi.interactions.n.id, .type, .learner_response, .result (correct / incorrect)",
  resume: [
    { element: "cmi.location", values: "page id", meaning: "the bookmark: where the learner was" },
    { element: "cmi.suspend_data", values: "text", meaning: "answers and progress, so a learner resumes with answers kept" },
    { element: "cmi.exit", values: "suspend, normal", meaning: "suspend while the learner is not finished, so the next launch resumes" },
    { element: "cmi.session_time", values: "ISO 8601 duration (PT1H2M3.5S)", meaning: "time spent in this session" },
  ],
  mastery: (m) => `primary objective satisfied by measure, imsss:minNormalizedMeasure ${(m / 100).toString()} in the manifest`,
  masteryOverride: () => "No effect: it applies to SCORM 1.2 mastery scores only. This package sets cmi.success_status itself.",
  mobile: { supported: false, note: "The Moodle mobile app plays SCORM 1.2 only: for learners on the app, upload the scorm12 package instead." },
  bothStatuses: "Ticking Completed as well requires both, which SCORM 2004 can report (completion and success are separate), so it is safe but adds nothing.",
};

const FACTS: Readonly<Record<ScormVersion, VersionFacts>> = { "1.2": SCORM_12, "2004-3": SCORM_2004, "2004-4": SCORM_2004 };

/** The SCORM interaction type each question type is reported as. */
export function interactionType(type: QuestionType): string {
  return type === "true-false" ? "true-false" : "choice";
}

export function isAssessed(course: Course): boolean {
  return course.assessment.passMark !== null;
}

export function hasScore(course: Course): boolean {
  return course.questions.length > 0;
}

export function reportedElements(version: ScormVersion, course: Course): ReportedElement[] {
  const facts = FACTS[version];
  const scored = hasScore(course);
  return [
    ...facts.status(course),
    ...(scored ? [facts.score] : []),
    { element: facts.objectives, values: "one per learning outcome", meaning: `id = the outcome's objective id below${scored ? ", with the outcome's own score (0-100) from its questions" : ""}` },
    ...(scored ? [{ element: facts.interactions, values: "one per question", meaning: "id = the question's interaction id below" }] : []),
    ...facts.resume,
  ];
}

export function masteryText(version: ScormVersion, course: Course): string {
  const mark = course.assessment.passMark;
  return mark === null ? "none: completion only, no pass or fail" : `${mark} out of 100 (${FACTS[version].mastery(mark)})`;
}

export function versionFacts(version: ScormVersion): VersionFacts {
  return FACTS[version];
}
