import { afterEach, describe, expect, test } from "vitest";
import { page, userEvent } from "vitest/browser";
import type { Course } from "@coursepack/course-model";
import { axeViolations, buttonsLabelled, isVisible, queryAllDeep } from "../../testing/dom.ts";
import { completionOnlyCourse, endModeCourse, fixtureCourse } from "../../testing/fixtures.ts";
import { mountCourse, screenTitle } from "../../testing/journey.ts";

/**
 * The learner bot: it knows nothing of the course. It ticks a choice in every question left open, and
 * presses the first visible button with an ordinary label. If a course needs anything else (a special
 * label, a hidden control, a drag), the bot gets stuck and the test fails.
 */
const ORDINARY = ["Check", "Submit", "Start", "Next", "Continue", "Finish"];

async function pickChoices(): Promise<void> {
  for (const host of queryAllDeep("cp-question")) {
    const inputs = [...(host.shadowRoot?.querySelectorAll("input") ?? [])].filter((i) => isVisible(i) && !i.disabled);
    if (inputs.length && !inputs.some((i) => i.checked)) await userEvent.click(inputs[0]!);
  }
}

async function pressOrdinaryButton(): Promise<string> {
  for (const label of ORDINARY) {
    const [button] = buttonsLabelled(label);
    if (button) {
      await userEvent.click(button);
      return label;
    }
  }
  throw new Error(`the bot is stuck on "${screenTitle()}": no ordinary button to press`);
}

/** No horizontal scrolling: WCAG 1.4.10 reflow at 320 CSS px, and large text. */
function overflowsSideways(): boolean {
  return document.documentElement.scrollWidth > document.documentElement.clientWidth;
}

async function runBot(course: Course): Promise<{ screens: string[]; presses: string[] }> {
  const screens: string[] = [];
  const presses: string[] = [];
  for (let step = 0; step < 60 && screenTitle() !== "Your results"; step++) {
    if (screens.at(-1) !== screenTitle()) {
      screens.push(screenTitle());
      expect(overflowsSideways(), `sideways scrolling on "${screenTitle()}"`).toBe(false);
      expect(await axeViolations(), `axe on "${screenTitle()}"`).toEqual([]);
    }
    await pickChoices();
    presses.push(await pressOrdinaryButton());
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(screenTitle(), `${course.title}: the bot never reached the results`).toBe("Your results");
  return { screens, presses };
}

describe("learner bot", () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = "";
    await page.viewport(414, 896);
  });

  test.each([
    ["feedback per question", fixtureCourse],
    ["one assessment at the end", endModeCourse],
    ["completion only", completionOnlyCourse],
  ])("takes the %s course to the results at 320 px wide, then exits", async (_name, course) => {
    await page.viewport(320, 640);
    expect(window.innerWidth).toBe(320);
    const { tracker } = await mountCourse(course);
    const { screens } = await runBot(course);
    expect(screens).toEqual([course.title, ...course.outcomes.map((o) => o.text), ...(course === endModeCourse ? ["Knowledge check"] : [])]);
    expect(overflowsSideways()).toBe(false);
    expect(await axeViolations()).toEqual([]);
    const [exit] = buttonsLabelled("Exit");
    await userEvent.click(exit!);
    expect(tracker.calls.filter((c) => c === "exit")).toHaveLength(1);
    expect(tracker.snapshot().finished).toBe(true);
  });

  test("at 200% text size the course still reflows without sideways scrolling", async () => {
    await page.viewport(640, 800);
    document.documentElement.style.fontSize = "200%";
    await mountCourse(fixtureCourse);
    await runBot(fixtureCourse);
    expect(overflowsSideways()).toBe(false);
  });
});
