import { describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import type { StartDetail } from "../../events.ts";
import { createStrings } from "../../strings.ts";
import { axeViolations, focusedHeading, mount } from "../../testing/dom.ts";
import { completionOnlyCourse, fixtureCourse } from "../../testing/fixtures.ts";
import { CpWelcome } from "./welcome.ts";

async function welcome(set: Partial<CpWelcome> = {}): Promise<CpWelcome> {
  const el = new CpWelcome();
  el.course = fixtureCourse;
  el.minutes = 20;
  Object.assign(el, set);
  return mount(el, "main", 0);
}

function starts(): StartDetail[] {
  const seen: StartDetail[] = [];
  document.addEventListener("cp-start", (e) => seen.push(e.detail));
  return seen;
}

const text = (el: CpWelcome) => el.renderRoot.textContent?.replace(/\s+/g, " ") ?? "";

describe("cp-welcome", () => {
  test("tells the learner what the module is before they start", async () => {
    const el = await welcome();
    expect(el.renderRoot.querySelector("h1")?.textContent).toBe("Key working essentials");
    const t = text(el);
    expect(t).toContain("The role of the key worker is often misunderstood.");
    const facts = [...el.renderRoot.querySelectorAll(".facts > div")].map(
      (d) => `${d.querySelector("dt")?.textContent}: ${d.querySelector("dd")?.textContent}`,
    );
    expect(facts).toEqual([
      "Estimated time: About 20 minutes",
      "Classroom course length: 1 Day",
      "Who it is for: Health and support staff working in a range of settings.",
    ]);
    expect(t).toContain("Care Certificate: 1, 5");
    expect(t).toContain("QCF: HSC 025");
    expect(t).toContain("CQC Fundamental Standards");
    expect(t).toContain("To pass, score at least 80% in the knowledge check.");
    const outcomes = [...el.renderRoot.querySelectorAll("ol.outcomes li")].map((li) => li.textContent);
    expect(outcomes).toEqual(fixtureCourse.outcomes.map((o) => o.text));
    expect(await axeViolations()).toEqual([]);
  });

  test("Start sends cp-start without resume", async () => {
    const seen = starts();
    const el = await welcome();
    const button = el.renderRoot.querySelector("button")!;
    expect(button.textContent?.trim()).toBe("Start");
    await userEvent.click(button);
    expect(seen).toEqual([{ resume: false }]);
  });

  test("a resumable session offers Resume instead", async () => {
    const seen = starts();
    const el = await welcome({ resumable: true });
    const button = el.renderRoot.querySelector("button")!;
    expect(button.textContent?.trim()).toBe("Resume");
    expect(text(el)).toContain("Welcome back.");
    button.focus();
    await userEvent.keyboard("{Enter}");
    expect(seen).toEqual([{ resume: true }]);
    expect(await axeViolations()).toEqual([]);
  });

  test("a completion-only course mentions no pass mark; strings come from the course's overrides", async () => {
    const el = await welcome({ course: completionOnlyCourse, strings: createStrings({ "welcome.start": "Begin" }) });
    expect(text(el)).not.toContain("To pass");
    expect(el.renderRoot.querySelector("button")?.textContent?.trim()).toBe("Begin");
  });

  test("focusHeading puts focus on the title", async () => {
    const el = await welcome();
    await el.focusHeading();
    expect(focusedHeading()).toBe("Key working essentials");
  });
});
