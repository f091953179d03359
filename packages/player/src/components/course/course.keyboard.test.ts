import { describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import type { Course, Question } from "@coursepack/course-model";
import { axeViolations, deepActiveElement, queryAllDeep, until } from "../../testing/dom.ts";
import { endModeCourse, fixtureCourse, rightAnswer } from "../../testing/fixtures.ts";
import { choiceInputs, isButton, mountCourse, screenTitle, tabTo, untilHeadingFocused } from "../../testing/journey.ts";

/**
 * A whole course with the keyboard alone: Tab, Shift+Tab, Space, Enter and the arrow keys, never a click.
 * Every answer is right, so the run ends on a pass; axe checks every screen on the way.
 */
async function key(keys: string): Promise<void> {
  await userEvent.keyboard(keys);
}

async function screenIsClean(title: string): Promise<void> {
  await untilHeadingFocused(title);
  expect(await axeViolations(), `axe on "${title}"`).toEqual([]);
}

/** Tab into the question's choices and pick the right ones: arrows for radios, Space for checkboxes. */
async function answerByKeyboard(course: Course, q: Question): Promise<void> {
  const inputs = choiceInputs(q.id);
  const right = rightAnswer(course, q.id);
  if (q.type === "multiple") {
    for (const id of right) {
      const box = inputs.find((i) => i.value === id)!;
      await tabTo((el) => el === box, `checkbox ${q.id}/${id}`);
      await key(" ");
    }
  } else {
    await tabTo((el) => inputs.includes(el as HTMLInputElement), `radio group ${q.id}`);
    const label = deepActiveElement()!.closest("label")!;
    expect(getComputedStyle(label).outlineStyle, "visible focus on a choice").toBe("solid");
    const target = inputs.findIndex((i) => i.value === right[0]);
    if (target === 0) await key(" ");
    for (let i = 0; i < target; i++) await key("{ArrowDown}");
  }
  expect(inputs.filter((i) => i.checked).map((i) => i.value)).toEqual(right);
}

async function checkByKeyboard(q: Question): Promise<void> {
  const host = queryAllDeep<HTMLElement & { question?: Question }>("cp-question").find((h) => h.question?.id === q.id)!;
  await tabTo((el) => el.getRootNode() === host.shadowRoot && isButton("Check")(el), `Check of ${q.id}`);
  await key("{Enter}");
  await until(() => host.shadowRoot?.querySelector(".verdict") !== null, `feedback on ${q.id}`);
  expect(host.shadowRoot?.querySelector(".verdict")?.textContent).toContain("Correct.");
}

async function takeSections(course: Course): Promise<void> {
  const perQuestion = course.assessment.feedback === "per-question";
  for (const [i, outcome] of course.outcomes.entries()) {
    await screenIsClean(outcome.text);
    if (perQuestion) {
      for (const q of course.questions.filter((x) => x.outcomeId === outcome.id)) {
        await answerByKeyboard(course, q);
        await checkByKeyboard(q);
      }
      if (course.questions.some((q) => q.outcomeId === outcome.id)) expect(await axeViolations(), "axe with feedback").toEqual([]);
    }
    const last = i === course.outcomes.length - 1 && perQuestion;
    await tabTo(isButton(last ? "Finish" : "Continue"), last ? "Finish" : "Continue");
    await key("{Enter}");
  }
}

describe.each([
  ["feedback per question", fixtureCourse],
  ["one assessment at the end", endModeCourse],
])("keyboard only, %s", (_name, course) => {
  test("from Start to the results and the certificate", async () => {
    await mountCourse(course);
    // On first load nothing is moved: the learner starts at the top of the page.
    expect(screenTitle()).toBe(course.title);
    expect(await axeViolations(), "axe on the welcome screen").toEqual([]);
    // From the end of the page backwards to Start: Shift+Tab works as well as Tab.
    const start = await tabTo(isButton("Start"), "Start", true);
    expect(getComputedStyle(start).outlineStyle, "visible focus on buttons").toBe("solid");
    expect(getComputedStyle(start).outlineWidth).toBe("3px");
    await key("{Enter}");
    await takeSections(course);

    if (course.assessment.feedback === "end") {
      await screenIsClean("Knowledge check");
      for (const q of course.questions) await answerByKeyboard(course, q);
      expect(await axeViolations(), "axe with answers chosen").toEqual([]);
      await tabTo(isButton("Submit"), "Submit");
      await key("{Enter}");
    }

    await screenIsClean("Your results");
    const results = queryAllDeep(".score, .verdict").map((e) => e.textContent?.replace(/\s+/g, " ").trim());
    expect(results).toEqual(["Your score: 100%", "✓ You passed."]);

    await tabTo(isButton("View certificate"), "View certificate");
    await key("{Enter}");
    await screenIsClean("Certificate of completion");
    await tabTo(isButton("Back to results"), "Back to results");
    await key(" ");
    await screenIsClean("Your results");
    expect(deepActiveElement()?.tagName).toBe("H1");
  });
});
