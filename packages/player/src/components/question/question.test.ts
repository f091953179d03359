import { describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import type { Question } from "@coursepack/course-model";
import type { AnswerDetail } from "../../events.ts";
import { axeViolations, deepActiveElement, mount, queryAllDeep, queryDeep } from "../../testing/dom.ts";
import { fixtureCourse } from "../../testing/fixtures.ts";
import { CpQuestion } from "./question.ts";

const byId = (id: string): Question => {
  const q = fixtureCourse.questions.find((x) => x.id === id);
  if (!q) throw new Error(id);
  return q;
};

async function question(id: string, set: Partial<CpQuestion> = {}): Promise<CpQuestion> {
  const el = new CpQuestion();
  el.question = byId(id);
  el.number = 1;
  el.total = 2;
  Object.assign(el, set);
  return mount(el, "main", 2);
}

/** Collects cp-answer events where the shell would hear them: at the document, past the shadow root. */
function answers(): AnswerDetail[] {
  const seen: AnswerDetail[] = [];
  document.addEventListener("cp-answer", (e) => seen.push(e.detail), { once: false });
  return seen;
}

const inputs = (el: CpQuestion) => [...el.renderRoot.querySelectorAll("input")];
const text = (el: CpQuestion) => el.renderRoot.textContent?.replace(/\s+/g, " ") ?? "";

describe("cp-question", () => {
  test("a single-choice question is a radio group: scenario, then a fieldset whose legend is the prompt", async () => {
    const el = await question("q-accountable");
    const legend = el.renderRoot.querySelector("fieldset > legend");
    expect(legend?.textContent).toContain("Who is Sam's key worker accountable to?");
    expect(legend?.textContent).toContain("Choose one answer.");
    expect(inputs(el).map((i) => i.type)).toEqual(["radio", "radio", "radio"]);
    const scenario = el.renderRoot.querySelector(".scenario");
    expect(scenario?.textContent).toContain("Sam has just moved into the service");
    expect(scenario!.compareDocumentPosition(legend!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(el.renderRoot.querySelector("[role=status]")).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  test("Check with nothing chosen asks for an answer and sends nothing", async () => {
    const seen = answers();
    const el = await question("q-accountable");
    await userEvent.click(el.renderRoot.querySelector("button")!);
    await el.updateComplete;
    expect(el.renderRoot.querySelector("[role=status]")?.textContent).toContain("Choose an answer first.");
    expect(seen).toEqual([]);
  });

  test("keyboard: arrow keys choose, Check sends the answer up as a composed cp-answer", async () => {
    const seen = answers();
    const el = await question("q-accountable");
    inputs(el)[0]!.focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(inputs(el)[1]!.checked).toBe(true);
    await userEvent.keyboard("{Tab}");
    expect(deepActiveElement()?.textContent?.trim()).toBe("Check");
    await userEvent.keyboard("{Enter}");
    expect(seen).toEqual([{ questionId: "q-accountable", choiceIds: ["b"] }]);
  });

  test("once the answer is recorded it locks and the feedback teaches, marked in words, not colour", async () => {
    const el = await question("q-accountable");
    const button = el.renderRoot.querySelector("button")!;
    button.focus();
    el.record = { choiceIds: ["a"], correct: false };
    await el.updateComplete;
    expect(text(el)).toContain("Not quite.");
    expect(text(el)).toContain("a key worker is accountable to the team and the manager");
    expect(inputs(el).every((i) => i.disabled)).toBe(true);
    const labels = [...el.renderRoot.querySelectorAll("label")].map((l) => l.textContent?.replace(/\s+/g, " ").trim());
    expect(labels[0]).toContain("(your answer)");
    expect(labels[1]).toContain("(correct answer)");
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(button.textContent?.trim()).toBe("Checked");
    expect(deepActiveElement()).toBe(button);
    expect(await axeViolations()).toEqual([]);
  });

  test("a right answer says so and why", async () => {
    const el = await question("q-accountable", { record: { choiceIds: ["b"], correct: true } });
    expect(text(el)).toContain("Correct.");
    expect(text(el)).toContain("Right: the key worker answers to the team");
    expect(inputs(el)[1]!.checked).toBe(true);
  });

  test("a multiple-response question uses checkboxes and reports choices in question order", async () => {
    const seen = answers();
    const el = await question("q-key-tasks");
    expect(inputs(el).map((i) => i.type)).toEqual(["checkbox", "checkbox", "checkbox"]);
    expect(el.renderRoot.querySelector("legend")?.textContent).toContain("Choose all the answers that apply.");
    inputs(el)[1]!.focus();
    await userEvent.keyboard(" ");
    inputs(el)[0]!.focus();
    await userEvent.keyboard(" ");
    await userEvent.click(el.renderRoot.querySelector("button")!);
    expect(seen).toEqual([{ questionId: "q-key-tasks", choiceIds: ["a", "b"] }]);
    expect(await axeViolations()).toEqual([]);
  });

  test("a true/false question is a pair of labelled radios", async () => {
    const el = await question("q-gifts");
    expect(inputs(el).map((i) => i.type)).toEqual(["radio", "radio"]);
    expect([...el.renderRoot.querySelectorAll("label")].map((l) => l.textContent?.trim())).toEqual(["True", "False"]);
    expect(await axeViolations()).toEqual([]);
  });

  test("choose mode (end assessment): no Check, every change reported, feedback only once revealed", async () => {
    const seen = answers();
    const el = await question("q-key-tasks", { mode: "choose" });
    expect(el.renderRoot.querySelector("button")).toBeNull();
    await userEvent.click(inputs(el)[2]!);
    await userEvent.click(inputs(el)[2]!);
    expect(seen).toEqual([
      { questionId: "q-key-tasks", choiceIds: ["c"] },
      { questionId: "q-key-tasks", choiceIds: [] },
    ]);
    el.record = { choiceIds: ["c"], correct: false };
    await el.updateComplete;
    expect(text(el)).not.toContain("Not quite.");
    expect(inputs(el)[2]!.checked).toBe(true);
    el.revealed = true;
    await el.updateComplete;
    expect(text(el)).toContain("Not quite.");
    expect(queryAllDeep("input:disabled").length).toBe(3);
  });

  test("a new attempt (record cleared) clears the choice and unlocks", async () => {
    const el = await question("q-gifts", { record: { choiceIds: ["true"], correct: false } });
    el.record = undefined;
    await el.updateComplete;
    expect(inputs(el).some((i) => i.checked || i.disabled)).toBe(false);
    expect(queryDeep("button")?.textContent?.trim()).toBe("Check");
  });
});
