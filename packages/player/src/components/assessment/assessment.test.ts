import { describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import type { AnswerRecord } from "@coursepack/tracking";
import type { AnswerDetail, NavigateDetail } from "../../events.ts";
import { axeViolations, deepActiveElement, focusedHeading, mount, queryAllDeep } from "../../testing/dom.ts";
import { endModeCourse, rightAnswer } from "../../testing/fixtures.ts";
import { CpAssessment } from "./assessment.ts";

async function assessment(set: Partial<CpAssessment> = {}): Promise<CpAssessment> {
  const el = new CpAssessment();
  el.course = endModeCourse;
  Object.assign(el, set);
  return mount(el, "main", 0);
}

function allRight(): Record<string, AnswerRecord> {
  return Object.fromEntries(endModeCourse.questions.map((q) => [q.id, { choiceIds: rightAnswer(endModeCourse, q.id), correct: true }]));
}

function listen<T>(name: "cp-answer" | "cp-navigate" | "cp-submit"): T[] {
  const seen: T[] = [];
  document.addEventListener(name, (e) => seen.push((e as CustomEvent<T>).detail));
  return seen;
}

const button = (el: CpAssessment) => el.renderRoot.querySelector<HTMLButtonElement>(".actions > button")!;

describe("cp-assessment", () => {
  test("groups every question under its learning outcome, numbered through", async () => {
    const el = await assessment();
    expect(el.renderRoot.querySelector("h1")?.textContent).toBe("Knowledge check");
    expect([...el.renderRoot.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "What is a key worker",
      "How to establish and hold boundaries",
      "The organisation's confidentiality policy regarding key work",
    ]);
    const numbers = queryAllDeep("h3.number").map((h) => h.textContent);
    expect(numbers).toEqual(["Question 1 of 4", "Question 2 of 4", "Question 3 of 4", "Question 4 of 4"]);
    expect(queryAllDeep("button").map((b) => b.textContent?.trim())).toEqual(["Submit"]);
    expect(await axeViolations()).toEqual([]);
  });

  test("choices are reported as they change", async () => {
    const seen = listen<AnswerDetail>("cp-answer");
    await assessment();
    const radios = queryAllDeep<HTMLInputElement>("input[type=radio]");
    await userEvent.click(radios[1]!);
    expect(seen).toEqual([{ questionId: "q-accountable", choiceIds: ["b"] }]);
  });

  test("Submit with questions open says how many and focuses the first; answered, it sends cp-submit", async () => {
    const submits = listen<object>("cp-submit");
    const answers = allRight();
    delete answers["q-gifts"];
    const el = await assessment({ answers });
    await userEvent.click(button(el));
    expect(submits).toEqual([]);
    expect(el.renderRoot.textContent).toContain("Answer every question before you submit (1 left).");
    const focused = deepActiveElement() as HTMLInputElement;
    expect(focused.type).toBe("radio");
    expect((focused.getRootNode() as ShadowRoot).host).toHaveProperty("question.id", "q-gifts");
    el.answers = allRight();
    await el.updateComplete;
    await userEvent.click(button(el));
    expect(submits).toEqual([{}]);
  });

  test("once submitted it shows the feedback and Continue leads to the results", async () => {
    const seen = listen<NavigateDetail>("cp-navigate");
    const answers = { ...allRight(), "q-share": { choiceIds: ["a"], correct: false } };
    const el = await assessment({ answers, submitted: true });
    const feedback = queryAllDeep(".verdict").map((v) => v.textContent?.replace(/\s+/g, " ").trim());
    expect(feedback).toEqual(["✓ Correct.", "✓ Correct.", "✓ Correct.", "✗ Not quite."]);
    expect(queryAllDeep<HTMLInputElement>("input").every((i) => i.disabled)).toBe(true);
    expect(button(el).textContent?.trim()).toBe("Continue");
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(button(el));
    expect(seen).toEqual([{ pageId: "results" }]);
    await el.focusHeading();
    expect(focusedHeading()).toBe("Knowledge check");
  });
});
