import { describe, expect, test } from "vitest";
import { cdp, userEvent } from "vitest/browser";
import { axeViolations, buttonsLabelled, isVisible, queryAllDeep, queryDeep, until } from "../../testing/dom.ts";
import { endModeCourse, fixtureCourse } from "../../testing/fixtures.ts";
import { answer, choiceInputs, currentScreen, menuRows, mountCourse, press, screenTitle, untilHeadingFocused } from "../../testing/journey.ts";

const O = fixtureCourse.outcomes.map((o) => o.text);

const menuButtons = () => queryAllDeep<HTMLButtonElement>("button", queryDeep("cp-menu")!.shadowRoot!);

/** On a narrow page the contents are folded away: open them as a learner would. */
async function openMenu(): Promise<void> {
  const details = queryDeep<HTMLDetailsElement>("details");
  if (details && !details.open) await userEvent.click(queryDeep("summary")!);
}
const progress = () => queryDeep(".progress")?.textContent?.trim() ?? null;

describe("cp-course", () => {
  test("opens on the welcome screen with the organisation's colours; Start opens section 1 and moves focus", async () => {
    const { el, tracker } = await mountCourse(fixtureCourse);
    expect(screenTitle()).toBe("Key working essentials");
    expect(el.style.getPropertyValue("--cp-primary")).toBe("#1d4f91");
    expect(queryDeep(".organisation")?.textContent).toBe("Example Care Training");
    expect(await axeViolations()).toEqual([]);
    await press("Start");
    await untilHeadingFocused(O[0]!);
    expect(progress()).toBe("Section 1 of 4");
    expect(tracker.calls).toEqual(["visit what-is-a-key-worker"]);
    expect(menuRows()).toEqual([
      "Introduction",
      `1. ${O[0]}`,
      `○ 2. ${O[1]} (not yet available)`,
      `○ 3. ${O[2]} (not yet available)`,
      `○ 4. ${O[3]} (not yet available)`,
      "○ Results (not yet available)",
      "○ Certificate (not yet available)",
    ]);
  });

  test("answers go to the tracker and its record comes back as feedback; Continue waits for every question", async () => {
    const { tracker } = await mountCourse(fixtureCourse);
    await press("Start");
    await press("Continue");
    expect(tracker.calls).not.toContain("completeSection what-is-a-key-worker");
    await answer(fixtureCourse, "q-accountable", false);
    await until(() => queryAllDeep(".verdict").length === 1, "feedback");
    expect(queryDeep(".verdict")?.textContent).toContain("Not quite.");
    expect(tracker.calls).toContain("answer q-accountable a");
    await answer(fixtureCourse, "q-key-tasks");
    await press("Continue");
    await untilHeadingFocused(O[1]!);
    expect(tracker.calls).toContain("completeSection what-is-a-key-worker");
    expect(menuRows()[1]).toBe(`✓ 1. ${O[0]} (completed)`);
    expect(progress()).toBe("Section 2 of 4");
  });

  test("free movement back through the contents; forward only as far as the completion rule allows", async () => {
    const { el } = await mountCourse(fixtureCourse, { sectionsDone: ["what-is-a-key-worker"] });
    await press("Start");
    await untilHeadingFocused(O[0]!);
    el.dispatchEvent(new CustomEvent("cp-navigate", { detail: { pageId: "confidentiality" }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(screenTitle()).toBe(O[0]);
    await openMenu();
    const back = menuButtons().find((b) => b.textContent?.includes(O[1]!));
    await userEvent.click(back!);
    await untilHeadingFocused(O[1]!);
    const intro = menuButtons().find((b) => b.textContent?.includes("Introduction"));
    await userEvent.click(intro!);
    await untilHeadingFocused("Key working essentials");
  });

  test("Finish after the last section submits, and the results show what the tracker scored", async () => {
    const { tracker } = await mountCourse(fixtureCourse);
    await press("Start");
    for (const outcome of fixtureCourse.outcomes) {
      for (const q of fixtureCourse.questions.filter((x) => x.outcomeId === outcome.id)) await answer(fixtureCourse, q.id, q.id !== "q-share");
      await press(outcome === fixtureCourse.outcomes.at(-1) ? "Finish" : "Continue");
    }
    await untilHeadingFocused("Your results");
    expect(tracker.calls.filter((c) => c === "submitAssessment")).toHaveLength(1);
    expect(queryDeep(".score")?.textContent).toBe("Your score: 75%");
    expect(await axeViolations()).toEqual([]);

    await press("Retry");
    await untilHeadingFocused(O[0]!);
    expect(tracker.calls.at(-2)).toBe("retry");
    expect(choiceInputs("q-accountable").some((i) => i.checked)).toBe(false);
    // Every section is done, so the learner may jump to the end: Finish sends them back to what is open.
    await openMenu();
    await userEvent.click(menuButtons().find((b) => b.textContent?.includes(O[3]!))!);
    await untilHeadingFocused(O[3]!);
    await press("Finish");
    await untilHeadingFocused(O[0]!);
    expect(currentScreen()?.shadowRoot?.querySelector(".notice")?.textContent).toContain("Answer every question before you finish (4 left).");
  });

  test("feedback at the end: sections, then one assessment, then results", async () => {
    const { tracker } = await mountCourse(endModeCourse);
    await press("Start");
    for (const _ of endModeCourse.outcomes) await press("Continue");
    await untilHeadingFocused("Knowledge check");
    expect(progress()).toBeNull();
    for (const q of endModeCourse.questions) await answer(endModeCourse, q.id);
    await press("Submit");
    await untilHeadingFocused("Your results");
    expect(tracker.calls.filter((c) => c.startsWith("answer"))).toHaveLength(5);
    expect(queryDeep(".score")?.textContent).toBe("Your score: 100%");
    await press("View certificate");
    await untilHeadingFocused("Certificate of completion");
    expect(queryDeep(".name")?.textContent).toBe("Alex Morgan");
  });

  test("printing the certificate prints the certificate only", async () => {
    await mountCourse(endModeCourse);
    await press("Start");
    for (const _ of endModeCourse.outcomes) await press("Continue");
    for (const q of endModeCourse.questions) await answer(endModeCourse, q.id);
    await press("Submit");
    await press("View certificate");
    await untilHeadingFocused("Certificate of completion");
    await cdp().send("Emulation.setEmulatedMedia", { media: "print" });
    try {
      const shown = (el: Element | null) => (el ? isVisible(el) : false);
      expect(shown(queryDeep("header"))).toBe(false);
      expect(shown(queryDeep("nav"))).toBe(false);
      expect(queryAllDeep("button").filter(shown)).toEqual([]);
      expect(shown(queryDeep(".certificate"))).toBe(true);
    } finally {
      await cdp().send("Emulation.setEmulatedMedia", { media: "" });
    }
  });

  test("Resume returns to the bookmark", async () => {
    const { tracker } = await mountCourse(fixtureCourse, {
      resumed: true,
      location: "holding-boundaries",
      sectionsDone: ["what-is-a-key-worker"],
    });
    await press("Resume");
    await untilHeadingFocused(O[1]!);
    expect(tracker.calls).toEqual(["visit holding-boundaries"]);
  });

  test("save state and standalone mode reach the header; Exit finishes once and says what happens next", async () => {
    const { tracker } = await mountCourse(fixtureCourse);
    tracker.setLms("standalone");
    tracker.setSaveState("not-saved");
    await until(() => queryDeep(".save")?.textContent?.includes("Not saved") === true, "save state");
    expect(queryDeep(".standalone")?.textContent).toContain("your progress is kept in this browser only");
    tracker.setSaveState("saved");
    await press("Exit");
    await untilHeadingFocused("You have left the module");
    expect(tracker.calls.filter((c) => c === "exit")).toHaveLength(1);
    expect(buttonsLabelled("Exit")).toEqual([]);
    expect(queryAllDeep("cp-menu")).toEqual([]);
    expect(await axeViolations()).toEqual([]);
  });

  test("UI strings come from the course's overrides", async () => {
    await mountCourse({ ...fixtureCourse, strings: { "welcome.start": "Begin", "header.progress": "Module {current} of {total}" } });
    await press("Begin");
    await until(() => progress() === "Module 1 of 4", "overridden progress text");
  });
});
