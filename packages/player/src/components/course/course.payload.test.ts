import { describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import type { Course } from "@coursepack/course-model";
import { buttonsLabelled, queryAllDeep, until } from "../../testing/dom.ts";
import { PAYLOAD, payloadCourse } from "../../testing/fixtures.ts";
import { answer, mountCourse, press, screenTitle } from "../../testing/journey.ts";

/**
 * Course text is data. Markup and script in every field a learner sees (title, description, audience,
 * standards, outcomes, content, scenarios, questions, choices, feedback, organisation, a UI string) must
 * show as text on every screen and never run or create an element.
 */
declare global {
  interface Window {
    __xss?: number;
  }
}

function assertInert(where: string): void {
  expect(window.__xss, `script ran on ${where}`).toBeUndefined();
  expect(queryAllDeep("script", document.body), `script element on ${where}`).toEqual([]);
  const images = queryAllDeep<HTMLImageElement>("img").map((i) => i.getAttribute("src"));
  expect(images, `payload image on ${where}`).not.toContain("x");
  expect(queryAllDeep("[onerror]"), `onerror attribute on ${where}`).toEqual([]);
}

/** The payload must be there, as visible text, in this many places on screen. */
function payloadTextCount(): number {
  let count = 0;
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll("*")) {
      for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE && node.textContent?.includes(PAYLOAD)) count++;
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return count;
}

async function visit(course: Course): Promise<string[]> {
  const seen: string[] = [];
  const look = () => {
    assertInert(screenTitle());
    expect(payloadTextCount(), `payload shown as text on "${screenTitle()}"`).toBeGreaterThan(0);
    seen.push(screenTitle());
  };
  look();
  await userEvent.click(buttonsLabelled(`Start ${PAYLOAD}`)[0]!);
  for (const outcome of course.outcomes) {
    await until(() => screenTitle() === outcome.text, outcome.text);
    for (const q of course.questions.filter((x) => x.outcomeId === outcome.id)) await answer(course, q.id, q.type !== "multiple");
    look();
    await press(outcome === course.outcomes.at(-1) ? "Finish" : "Continue");
  }
  await until(() => screenTitle() === "Your results", "results");
  look();
  return seen;
}

describe("course text payloads", () => {
  test("render as text on every screen and set nothing", async () => {
    const course = payloadCourse();
    await mountCourse(course);
    const seen = await visit(course);
    expect(seen).toHaveLength(course.outcomes.length + 2);
    expect(seen[0]).toBe(course.title);
    // One multiple-response question answered wrongly: its missed feedback is on the results too.
    await press("Retry");
    await until(() => screenTitle() === course.outcomes[0]!.text, "retry");
    assertInert("the first section after Retry");
  });

  test("reach the certificate as text too", async () => {
    const course = { ...payloadCourse(), assessment: { ...payloadCourse().assessment, passMark: 0 } };
    await mountCourse(course);
    await visit(course);
    await press("View certificate");
    await until(() => screenTitle() === "Certificate of completion", "certificate");
    assertInert("the certificate");
    expect(payloadTextCount()).toBeGreaterThanOrEqual(3); // the course title, the standards, the organisation
  });
});
