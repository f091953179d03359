import { describe, expect, it } from "vitest";
import type { Course, PackageData, ScormVersion } from "@coursepack/course-model";
import { moodleSettings } from "./moodle-settings.ts";
import { sampleCourse } from "./testing/fakes.ts";
import { trackingSheet } from "./tracking-sheet.ts";

function data(scorm: ScormVersion, course: Course = sampleCourse()): PackageData {
  return { format: 1, buildId: "0123456789ab", scorm, variant: { key: "2-3-days", label: "2-3 days", days: [2, 3] }, course };
}

const sheet = (scorm: ScormVersion, course?: Course): string => trackingSheet({ data: data(scorm, course), packageName: `key-working-2-3-days-${scorm}.zip` });
const setting = (scorm: ScormVersion, course: Course, name: string) => moodleSettings(scorm, course).find((s) => s.setting === name);

describe("trackingSheet", () => {
  it("is a self-contained page: no scripts, no external resources", () => {
    const page = sheet("1.2");
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).not.toMatch(/<script|<link|<img|src=|href=|@import|url\(/i);
  });

  it("carries the build id, as in the manifest metadata, in a meta tag and in the text", () => {
    const page = sheet("2004-4");
    expect(page).toContain('<meta name="coursepack-build-id" content="0123456789ab">');
    expect(page).toContain("<code>0123456789ab</code>: also in the package's manifest metadata (metadata.xml, catalog <code>coursepack-build</code>)");
  });

  it("lists every learning outcome's objective id with its text, and every question's interaction id and type", () => {
    const page = sheet("1.2");
    expect(page).toContain("<tr><td><code>what-is-a-key-worker</code></td><td>What is a key worker</td><td>1</td></tr>");
    expect(page).toContain("<tr><td><code>basic-listening-skills</code></td><td>Basic listening skills</td><td>1</td></tr>");
    expect(page).toContain("<tr><td><code>q-role</code></td><td>choice</td><td><code>what-is-a-key-worker</code></td>");
    expect(page).toContain("<tr><td><code>q-listen</code></td><td>true-false</td>");
  });

  it("names the status values and the score scale of each version", () => {
    expect(sheet("1.2")).toContain("<code>cmi.core.lesson_status</code></td><td>incomplete, passed, failed</td>");
    expect(sheet("1.2")).toContain("adlcp:masteryscore 80");
    expect(sheet("2004-3")).toContain("<code>cmi.success_status</code></td><td>unknown, passed, failed</td>");
    expect(sheet("2004-3")).toContain("<code>cmi.completion_status</code></td><td>incomplete, completed</td>");
    expect(sheet("2004-4")).toContain("imsss:minNormalizedMeasure 0.8");
    expect(sheet("2004-4")).toContain("raw score 0-100 (min 0, max 100)");
  });

  it("escapes course text", () => {
    const base = sampleCourse();
    const hostile = sampleCourse({ title: `<script>alert(1)</script>`, outcomes: [{ ...base.outcomes[0]!, text: `Boundaries & "gifts" <b>` }] });
    const page = sheet("1.2", hostile);
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toContain("Boundaries &amp; &quot;gifts&quot; &lt;b&gt;");
    expect(page).not.toContain("<script>");
  });

  it("says when a package has no questions", () => {
    const page = sheet("1.2", sampleCourse({ questions: [], assessment: { passMark: null, feedback: "per-question", attempts: 0 }, completion: "sections" }));
    expect(page).toContain("This package has no questions");
    expect(page).toContain("incomplete, completed");
    expect(page).not.toContain("cmi.core.score.raw");
  });
});

describe("moodleSettings", () => {
  const assessed = sampleCourse();
  const completionOnly = sampleCourse({ questions: [], assessment: { passMark: null, feedback: "per-question", attempts: 0 }, completion: "sections" });

  it("grades an assessed course by Highest grade out of 100, with the pass mark as grade to pass", () => {
    expect(setting("1.2", assessed, "Grading method")?.value).toBe("Highest grade");
    expect(setting("1.2", assessed, "Maximum grade")?.value).toBe("100");
    expect(setting("1.2", assessed, "Grade to pass (gradebook)")?.value).toBe("80");
  });

  it("grades a course without questions by Learning objects", () => {
    expect(setting("1.2", completionOnly, "Grading method")?.value).toBe("Learning objects");
    expect(setting("1.2", completionOnly, "Maximum grade")).toBeUndefined();
  });

  it("asks for status Passed on assessed courses, warning against ticking Completed too in 1.2", () => {
    expect(setting("1.2", assessed, "Require status")?.value).toBe("Passed");
    expect(setting("1.2", assessed, "Require status")?.why).toContain("never reports completed");
    expect(setting("2004-4", assessed, "Require status")?.why).toContain("safe");
    expect(setting("1.2", completionOnly, "Require status")?.value).toBe("Completed");
  });

  it("tells how many knowledge-check submissions one Moodle attempt holds", () => {
    expect(setting("1.2", assessed, "Number of attempts")?.why).toContain("as often as needed");
    expect(setting("1.2", sampleCourse({ assessment: { passMark: 80, feedback: "end", attempts: 2 } }), "Number of attempts")?.why).toContain("2 times");
    expect(setting("1.2", completionOnly, "Number of attempts")?.why).not.toContain("knowledge check");
  });

  it("keeps resume working and explains the mastery override per version", () => {
    expect(setting("1.2", assessed, "Force new attempt")?.value).toBe("No");
    expect(setting("1.2", assessed, "Display package")?.value).toBe("Current window");
    expect(setting("1.2", assessed, "Mastery score overrides status")?.why).toContain("LMSFinish");
    expect(setting("2004-3", assessed, "Mastery score overrides status")?.why).toContain("No effect");
    expect(setting("1.2", completionOnly, "Mastery score overrides status")?.why).toContain("no mastery score");
  });

  it("says the Moodle app plays only the 1.2 package", () => {
    expect(setting("1.2", assessed, "Moodle mobile app")?.value).toBe("Supported");
    expect(setting("2004-4", assessed, "Moodle mobile app")?.value).toBe("Not supported");
  });
});
