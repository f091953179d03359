// Test-only entry of @coursepack/tracking (`@coursepack/tracking/testing`): never bundled into packages.
export type { Call, StrictLms, StrictOptions, Violation } from "./strict-lms.ts";
export { createStrictLms12, createStrictLms2004 } from "./strict-lms.ts";
export type { StrictVersion } from "./moodle-rules.ts";
export { MOODLE_12, SAFE_ID, checkResponse, checkValue, moodleRules } from "./moodle-rules.ts";
export type { FaultMode, Faults, FaultyLms } from "./faulty-lms.ts";
export { createFaultyLms } from "./faulty-lms.ts";
export type { ManualTimer } from "./manual-timer.ts";
export { createManualTimer } from "./manual-timer.ts";
export type { CourseFixtureOptions } from "./course-fixture.ts";
export { makeCourse, playThrough, rightAnswer, wrongAnswer } from "./course-fixture.ts";
export type { LearnerSessionOptions, LearnerTask } from "./learner-session.ts";
export { learnerTasks, playSession } from "./learner-session.ts";
