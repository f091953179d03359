import { describeCourseRuns } from "../harness/course-suite.ts";

// Feedback per question: the learner answers and checks each question in its section; Finish submits.
// 16 outcomes, 31 questions (one outcome has a single question). The mix gets questions 0, 1 and every
// third one wrong: outcome scores of 0, 50 and 100, and 61.29 overall (below the pass mark of 80).
describeCourseRuns({
  courseId: "relationships-with-service-users",
  variant: null,
  mixed: (_question, index) => index !== 1 && index % 3 !== 0,
  runs: [
    { version: "1.2", plan: "right" },
    { version: "1.2", plan: "wrong" },
    { version: "1.2", plan: "mixed" },
    { version: "2004-4", plan: "right" },
    { version: "2004-4", plan: "wrong" },
    { version: "2004-4", plan: "mixed" },
    { version: "2004-3", plan: "mixed" },
  ],
});
