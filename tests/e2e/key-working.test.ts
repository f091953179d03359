import { describeCourseRuns } from "../harness/course-suite.ts";

// The 2-3 days variant, one knowledge check at the end (Submit), three attempts. 29 outcomes with one
// question each. The mix gets every sixth question wrong: 25 of 29 right, 86.21 overall, a pass with some
// outcomes at 0.
describeCourseRuns({
  courseId: "key-working",
  variant: "2-3-days",
  mixed: (_question, index) => index % 6 !== 5,
  runs: [
    { version: "1.2", plan: "right" },
    { version: "1.2", plan: "wrong" },
    { version: "1.2", plan: "mixed" },
    { version: "2004-4", plan: "right" },
    { version: "2004-4", plan: "wrong" },
    { version: "2004-4", plan: "mixed" },
    { version: "2004-3", plan: "wrong" },
  ],
});
