import { describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import type { LearningOutcome } from "@coursepack/course-model";
import type { SectionCompleteDetail } from "../../events.ts";
import { axeViolations, deepActiveElement, focusedHeading, mount } from "../../testing/dom.ts";
import { fixtureCourse } from "../../testing/fixtures.ts";
import { CpSection } from "./section.ts";

const outcome = (id: string): LearningOutcome => fixtureCourse.outcomes.find((o) => o.id === id)!;

async function section(id: string, set: Partial<CpSection> = {}): Promise<CpSection> {
  const el = new CpSection();
  el.outcome = outcome(id);
  el.questions = fixtureCourse.questions.filter((q) => q.outcomeId === id);
  Object.assign(el, set);
  return mount(el, "main", 0);
}

function completions(): SectionCompleteDetail[] {
  const seen: SectionCompleteDetail[] = [];
  document.addEventListener("cp-section-complete", (e) => seen.push(e.detail));
  return seen;
}

const button = (el: CpSection) => el.renderRoot.querySelector<HTMLButtonElement>(".actions > button")!;

describe("cp-section", () => {
  test("renders the outcome's rich text with templates: headings shifted under the h1, lists, quote", async () => {
    const el = await section("holding-boundaries", { feedback: "end" });
    const root = el.renderRoot;
    expect(root.querySelector("h1")?.textContent).toBe("How to establish and hold boundaries");
    expect([...root.querySelectorAll("h2, h3")].map((h) => `${h.tagName} ${h.textContent}`)).toEqual([
      "H2 Why boundaries matter",
      "H3 Gifts",
    ]);
    expect(root.querySelector("blockquote")?.textContent).toContain("The relationship is professional");
    expect(root.querySelector("code")?.textContent).toBe("supervision");
    expect(root.querySelector("br")).not.toBeNull();
    expect(root.querySelector("cp-question")).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  test("links open beside the course and say so", async () => {
    const el = await section("confidentiality", { feedback: "end" });
    const a = el.renderRoot.querySelector("a")!;
    expect(a.getAttribute("href")).toBe("https://www.cqc.org.uk/");
    expect(a.target).toBe("_blank");
    expect(a.rel).toBe("noopener noreferrer");
    expect(a.textContent).toContain("(opens in a new window)");
    expect(el.renderRoot.querySelectorAll("ol > li").length).toBe(3);
  });

  test("per-question feedback: the questions follow the content, and Continue waits for them", async () => {
    const seen = completions();
    const el = await section("what-is-a-key-worker");
    const questions = el.renderRoot.querySelectorAll("cp-question");
    expect(questions.length).toBe(2);
    expect(el.renderRoot.querySelector(".questions h2")?.textContent).toBe("Check your understanding");
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(button(el));
    expect(seen).toEqual([]);
    expect(el.renderRoot.textContent).toContain("Answer and check every question in this section to continue (2 left).");
    const focused = deepActiveElement() as HTMLInputElement;
    expect(focused.type).toBe("radio");
    expect(focused.getRootNode()).toBe(questions[0]!.shadowRoot);
  });

  test("with every question answered, Continue completes the section", async () => {
    const seen = completions();
    const answers = { "q-accountable": { choiceIds: ["b"], correct: true }, "q-key-tasks": { choiceIds: ["c"], correct: false } };
    const el = await section("what-is-a-key-worker", { answers });
    await userEvent.click(button(el));
    expect(seen).toEqual([{ outcomeId: "what-is-a-key-worker" }]);
  });

  test("end-of-module assessment: a section has no questions and Continue completes it", async () => {
    const seen = completions();
    const el = await section("what-is-a-key-worker", { feedback: "end" });
    expect(el.renderRoot.querySelector("cp-question")).toBeNull();
    await userEvent.click(button(el));
    expect(seen).toEqual([{ outcomeId: "what-is-a-key-worker" }]);
  });

  test("the last step says Finish; a notice from the shell is shown; focusHeading focuses the h1", async () => {
    const el = await section("ending-the-relationship", { last: true, notice: "Two questions are still open." });
    expect(button(el).textContent?.trim()).toBe("Finish");
    expect(el.renderRoot.textContent).toContain("Two questions are still open.");
    await el.focusHeading();
    expect(focusedHeading()).toBe("How to end the relationship in a healthy way");
    expect(await axeViolations()).toEqual([]);
  });

  test("unsafe link and image targets are never linked or loaded", async () => {
    const base = outcome("confidentiality");
    const hostile: LearningOutcome = {
      ...base,
      content: [
        { t: "p", c: [{ t: "link", href: "javascript:window.__xss=1", c: [{ t: "text", v: "click me" }] }] },
        { t: "img", src: "https://tracker.example/pixel.png", alt: "A remote picture" },
        { t: "img", src: "images/team.png", alt: "The team" },
      ],
    };
    const el = await section("confidentiality", { outcome: hostile, feedback: "end" });
    expect(el.renderRoot.querySelector("a")).toBeNull();
    expect(el.renderRoot.textContent).toContain("click me");
    expect([...el.renderRoot.querySelectorAll("img")].map((i) => i.getAttribute("src"))).toEqual(["images/team.png"]);
    expect(el.renderRoot.textContent).toContain("A remote picture");
  });
});
