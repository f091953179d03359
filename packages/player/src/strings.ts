/**
 * Every word the learner module shows, in one catalogue (en-GB). A course overrides any of them through
 * `course.strings` (same keys), e.g. to say "Module" instead of "Section". `{name}` marks a value filled in
 * at run time.
 */
export const EN_GB = {
  "loading": "Loading the course…",
  "noscript": "This course needs JavaScript. Please turn it on, or open the course in another browser.",
  "percent": "{value}%",
  "link.newWindow": "(opens in a new window)",
  "problem.noData": "This course could not start: its data is missing or damaged. Please tell your trainer or LMS administrator.",
  "problem.content": "The course could not be loaded. Check your connection and try again.",

  "header.exit": "Exit",
  "header.progress": "Section {current} of {total}",
  "header.logoAlt": "Training provider's logo",
  "save.saved": "Saved",
  "save.saving": "Saving…",
  "save.notSaved": "Not saved: your progress will be kept when the connection returns",
  "standalone": "No learning management system found: your progress is kept in this browser only.",

  "menu.label": "Contents",
  "menu.summary": "Contents: {done} of {total} sections completed",
  "menu.welcome": "Introduction",
  "menu.assessment": "Assessment",
  "menu.results": "Results",
  "menu.certificate": "Certificate",
  "menu.done": "completed",
  "menu.locked": "not yet available",

  "welcome.duration": "Classroom course length",
  "welcome.audience": "Who it is for",
  "welcome.standards": "Standards it supports",
  "welcome.outcomes": "Learning outcomes",
  "welcome.outcomesIntro": "By the end of this module you should understand:",
  "welcome.time": "Estimated time",
  "welcome.minutes": "About {minutes} minutes",
  "welcome.passMark": "To pass, score at least {passMark}% in the knowledge check.",
  "welcome.start": "Start",
  "welcome.resume": "Resume",
  "welcome.resumeNote": "Welcome back. Resume to carry on where you left off.",

  "section.questions": "Check your understanding",
  "section.continue": "Continue",
  "section.finish": "Finish",
  "section.unanswered": "Answer and check every question in this section to continue ({count} left).",
  "section.finishBlocked": "Answer every question before you finish ({count} left). The first one still open is in this section.",

  "question.label": "Question {current} of {total}",
  "question.scenario": "Scenario",
  "question.single": "Choose one answer.",
  "question.multiple": "Choose all the answers that apply.",
  "question.true": "True",
  "question.false": "False",
  "question.check": "Check",
  "question.checked": "Checked",
  "question.choose": "Choose an answer first.",
  "question.correct": "Correct.",
  "question.incorrect": "Not quite.",
  "question.yourAnswer": "your answer",
  "question.rightAnswer": "correct answer",

  "assessment.title": "Knowledge check",
  "assessment.intro": "Answer every question, then submit your answers. You will see your score and feedback.",
  "assessment.submit": "Submit",
  "assessment.unanswered": "Answer every question before you submit ({count} left).",

  "results.title": "Your results",
  "results.score": "Your score: {score}%",
  "results.passMark": "Pass mark: {passMark}%",
  "results.passed": "You passed.",
  "results.failed": "You have not passed yet.",
  "results.completed": "You have completed this module.",
  "results.notCompleted": "You have not completed every section yet.",
  "results.outcomes": "Your score for each learning outcome",
  "results.outcome": "Learning outcome",
  "results.outcomeScore": "Score",
  "results.noQuestions": "no questions",
  "results.revisit": "What to revisit",
  "results.revisitNone": "Nothing to revisit: well done.",
  "results.revisitSection": "Revisit section {number}: {outcome}",
  "results.missed": "You missed: {prompt}",
  "results.attempts": "Attempts used: {used} of {max}.",
  "results.retry": "Retry",
  "results.noRetry": "You have used every attempt. Please talk to your manager or trainer.",
  "results.certificate": "View certificate",

  "certificate.title": "Certificate of completion",
  "certificate.certifies": "This certifies that",
  "certificate.unknownLearner": "(learner's name)",
  "certificate.completed": "has completed the e-learning module",
  "certificate.organisation": "Provided by {organisation}",
  "certificate.date": "Date",
  "certificate.standards": "Standards supported",
  "certificate.score": "Score",
  "certificate.outcomes": "Learning outcomes achieved",
  "certificate.print": "Print certificate",
  "certificate.back": "Back to results",

  "exit.title": "You have left the module",
  "exit.body": "Your progress has been saved. You can now close this window.",
  "exit.notSaved": "Your progress could not be saved yet. Keep this window open until the connection returns.",
} as const;

export type StringKey = keyof typeof EN_GB;
export type Translate = (key: StringKey, values?: Readonly<Record<string, string | number>>) => string;

/** A lookup over the catalogue with the course's overrides on top; unknown override keys are ignored. */
export function createStrings(overrides: Readonly<Record<string, string>> = {}): Translate {
  const table: Record<string, string> = { ...EN_GB };
  for (const [key, value] of Object.entries(overrides)) {
    if (Object.hasOwn(EN_GB, key) && typeof value === "string") table[key] = value;
  }
  return (key, values) => fill(table[key] ?? key, values);
}

function fill(template: string, values?: Readonly<Record<string, string | number>>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
