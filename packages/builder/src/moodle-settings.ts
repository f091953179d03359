/**
 * The Moodle SCORM activity settings a package is made for, each with its reason. Setting names are
 * Moodle's own labels (mod/scorm/lang/en/scorm.php) so an admin can find them on the form.
 * Sources: mod/scorm locallib.php (grading), classes/completion/custom_completion.php (completion: ticking
 * several statuses requires all of them), SCORM-FIELD-NOTES.md (resume, mastery override, mobile app).
 */
import type { Course, ScormVersion } from "@coursepack/course-model";
import type { Recommendation } from "./tracking-facts.ts";
import { hasScore, isAssessed, versionFacts } from "./tracking-facts.ts";

export function moodleSettings(version: ScormVersion, course: Course): Recommendation[] {
  return [...gradeSettings(course), ...attemptSettings(course), ...compatibilitySettings(version, course), ...appearanceSettings(version), ...completionSettings(version, course)];
}

function gradeSettings(course: Course): Recommendation[] {
  if (!hasScore(course)) {
    return [{ section: "Grade", setting: "Grading method", value: "Learning objects",
      why: "The package reports no score. \"Learning objects\" grades 1 out of 1 once the package reports completed (or passed); \"Highest grade\" would stay at 0." }];
  }
  const pass = course.assessment.passMark;
  return [
    { section: "Grade", setting: "Grading method", value: "Highest grade",
      why: "The package is one learning object that reports its overall score as the raw score, 0-100. \"Highest grade\" makes that score the grade; \"Learning objects\" would only count 1 for passed or completed." },
    { section: "Grade", setting: "Maximum grade", value: "100",
      why: "Moodle uses the raw score as it is and does not rescale it by score.max, so the grade is out of 100. Moodle skips a raw score of 0 when grading." },
    ...(pass === null ? [] : [{ section: "Grade", setting: "Grade to pass (gradebook)", value: String(pass),
      why: "The package's pass mark, so the gradebook and the package agree on who passed." }]),
  ];
}

function attemptSettings(course: Course): Recommendation[] {
  return [
    { section: "Attempts management", setting: "Number of attempts", value: "Unlimited attempts",
      why: `One Moodle attempt is the whole course${knowledgeChecks(course)}. A new Moodle attempt starts the course from the beginning.` },
    { section: "Attempts management", setting: "Attempts grading", value: "Highest attempt",
      why: "A later, weaker attempt never lowers a grade already earned." },
    { section: "Attempts management", setting: "Force new attempt", value: "No",
      why: "The package saves the learner's place and answers and leaves with exit = suspend, so the next launch resumes where they left off. \"Always\" starts a new, empty attempt on every launch." },
  ];
}

function knowledgeChecks(course: Course): string {
  if (!hasScore(course)) return "";
  const { attempts } = course.assessment;
  return attempts === 0 ? "; inside it the learner may submit the knowledge check as often as needed" : `; inside it the learner may submit the knowledge check ${attempts === 1 ? "once" : `${attempts} times`}`;
}

function compatibilitySettings(version: ScormVersion, course: Course): Recommendation[] {
  return [
    { section: "Compatibility settings", setting: "Mastery score overrides status", value: "Yes (the default)", why: versionFacts(version).masteryOverride(course) },
    { section: "Compatibility settings", setting: "Force completed", value: "No",
      why: "The package reports its own status. Forcing completed would mark learners complete before they finish (and, in SCORM 1.2, hide a failed result)." },
  ];
}

function appearanceSettings(version: ScormVersion): Recommendation[] {
  const mobile = versionFacts(version).mobile;
  return [
    { section: "Appearance", setting: "Display package", value: "Current window",
      why: "The package runs in Moodle's frame and finds the LMS one level up; no pop-up blocker can stop it. \"New window\" also works (the package looks for the LMS through the opener) but pop-up blockers may stop the launch." },
    { section: "Appearance", setting: "Student skip content structure page", value: "First access",
      why: "The package is a single learning object: the first launch goes straight in; later visits show the page where a learner can resume or start a new attempt." },
    { section: "Appearance", setting: "Display course structure in player", value: "Hidden",
      why: "The package has its own navigation; a table of contents of one item only takes space." },
    { section: "Appearance", setting: "Moodle mobile app", value: mobile.supported ? "Supported" : "Not supported", why: mobile.note },
  ];
}

function completionSettings(version: ScormVersion, course: Course): Recommendation[] {
  const section = "Activity completion";
  if (!isAssessed(course)) {
    return [{ section, setting: "Require status", value: "Completed",
      why: "The package has no pass mark: it reports completed when the learner has finished." }];
  }
  const both = versionFacts(version).bothStatuses;
  return [
    { section, setting: "Require status", value: "Passed", why: `The package reports passed only when the score reaches the pass mark of ${course.assessment.passMark}. ${both}` },
    { section, setting: "Require minimum score", value: `${course.assessment.passMark} (optional)`,
      why: "Equivalent to Passed, for sites that prefer a score condition." },
    { section, setting: "Receive a grade", value: "Instead of the above, when taking the knowledge check should count, pass or fail",
      why: "The grade arrives once the knowledge check is final. A score of 0 gives no grade in Moodle." },
  ];
}
