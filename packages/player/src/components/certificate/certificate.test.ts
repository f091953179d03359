import { describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import type { NavigateDetail } from "../../events.ts";
import { axeViolations, focusedHeading, mount } from "../../testing/dom.ts";
import { fixtureCourse } from "../../testing/fixtures.ts";
import { CpCertificate, formatDate, outcomesAchieved } from "./certificate.ts";

async function certificate(set: Partial<CpCertificate> = {}): Promise<CpCertificate> {
  const el = new CpCertificate();
  el.course = fixtureCourse;
  el.learnerName = "Alex Morgan";
  el.score = 100;
  el.date = new Date(2025, 10, 22);
  Object.assign(el, set);
  return mount(el, "main", 0);
}

const facts = (el: CpCertificate) =>
  [...el.renderRoot.querySelectorAll("dl > div")].map((d) => [...d.children].map((c) => c.textContent?.trim()).join(" | "));

describe("cp-certificate", () => {
  test("names the learner, the module, the date, the standards and the score", async () => {
    const el = await certificate();
    const text = el.renderRoot.textContent?.replace(/\s+/g, " ") ?? "";
    expect(el.renderRoot.querySelector("h1")?.textContent).toBe("Certificate of completion");
    expect(el.renderRoot.querySelector(".name")?.textContent).toBe("Alex Morgan");
    expect(el.renderRoot.querySelector(".course")?.textContent).toBe("Key working essentials");
    expect(facts(el)).toEqual(["Date | 22 November 2025", "Score | 100%", "Standards supported | Care Certificate: 1, 5 | QCF: HSC 025"]);
    expect(text).toContain("Provided by Example Care Training");
    expect(await axeViolations()).toEqual([]);
  });

  test("lists the learning outcomes achieved under their own heading", async () => {
    const el = await certificate({ achieved: ["First outcome", "<b>Second</b> outcome"] });
    expect(el.renderRoot.querySelector("h2")?.textContent).toBe("Learning outcomes achieved");
    expect([...el.renderRoot.querySelectorAll(".outcomes li")].map((li) => li.textContent)).toEqual(["First outcome", "<b>Second</b> outcome"]);
    expect(el.renderRoot.querySelector(".outcomes b")).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  test("an outcome is achieved at the pass mark, or by its section where it has no score", () => {
    const [a, b, c] = fixtureCourse.outcomes;
    const pass = fixtureCourse.assessment.passMark ?? 80;
    const achieved = outcomesAchieved(fixtureCourse, {
      sectionsDone: [c!.id],
      outcomeScores: {},
      bestOutcomeScores: { [a!.id]: pass, [b!.id]: pass - 1, [c!.id]: null },
    });
    expect(achieved).toEqual([a!.text, c!.text]);
  });

  test("an unknown learner leaves a line to write on; no score when there was no assessment", async () => {
    const el = await certificate({ learnerName: "", score: null });
    expect(el.renderRoot.querySelector(".name")?.textContent).toBe("(learner's name)");
    expect(facts(el).some((f) => f.startsWith("Score"))).toBe(false);
  });

  test("Print opens the browser's print dialogue; Back returns to the results", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
    const seen: NavigateDetail[] = [];
    document.addEventListener("cp-navigate", (e) => seen.push(e.detail));
    const el = await certificate();
    const [printButton, back] = el.renderRoot.querySelectorAll("button");
    await userEvent.click(printButton!);
    expect(print).toHaveBeenCalledTimes(1);
    await userEvent.click(back!);
    expect(seen).toEqual([{ pageId: "results" }]);
    print.mockRestore();
    await el.focusHeading();
    expect(focusedHeading()).toBe("Certificate of completion");
  });

  test("print styles hide the buttons and keep the certificate", async () => {
    const el = await certificate();
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    const printRules = sheets
      .flatMap((s) => [...s.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === "print")
      .map((r) => r.cssText);
    expect(printRules.join("\n")).toMatch(/button[\s\S]*display: none/);
    expect(printRules.join("\n")).toContain(".certificate");
  });

  test("dates follow the course language, and a bad tag falls back to en-GB", () => {
    const day = new Date(2025, 0, 5);
    expect(formatDate(day, "en-GB")).toBe("5 January 2025");
    expect(formatDate(day, "not a tag!")).toBe("5 January 2025");
  });
});
