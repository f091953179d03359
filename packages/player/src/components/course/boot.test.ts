import { beforeEach, describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import { boot, readLaunchData } from "../../boot.ts";
import { axeViolations, buttonsLabelled, queryDeep, until } from "../../testing/dom.ts";
import { fixtureCourse, packageData } from "../../testing/fixtures.ts";
import { answer, press, screenTitle } from "../../testing/journey.ts";
import { launchPage } from "../../testing/launch.ts";

describe("boot (the player's entry) with the real tracking runtime", () => {
  beforeEach(() => localStorage.clear());

  test("reads the inline data, starts tracking without an LMS and replaces the placeholder", async () => {
    launchPage(packageData());
    const course = boot(document, window);
    expect(course).not.toBeNull();
    await course!.updateComplete;
    expect(document.getElementById("cp-root")).toBeNull();
    expect(document.documentElement.style.getPropertyValue("--cp-primary")).toBe("#1d4f91");
    await until(() => screenTitle() === "Key working essentials", "welcome screen");
    expect(queryDeep(".standalone")?.textContent).toContain("your progress is kept in this browser only");
    expect(await axeViolations()).toEqual([]);
  });

  test("a learner takes the whole course on the real tracker, and the score is the tracker's", async () => {
    launchPage(packageData());
    const course = boot(document, window)!;
    await course.updateComplete;
    await press("Start");
    for (const outcome of fixtureCourse.outcomes) {
      await until(() => screenTitle() === outcome.text, outcome.text);
      for (const q of fixtureCourse.questions.filter((x) => x.outcomeId === outcome.id)) await answer(fixtureCourse, q.id, q.id !== "q-gifts");
      await press(outcome === fixtureCourse.outcomes.at(-1) ? "Finish" : "Continue");
    }
    await until(() => screenTitle() === "Your results", "results");
    expect(queryDeep(".score")?.textContent).toBe("Your score: 75%");
    expect(queryDeep(".verdict")?.textContent).toContain("You have not passed yet.");
    expect(buttonsLabelled("Retry")).toHaveLength(1);
    await userEvent.click(buttonsLabelled("Exit")[0]!);
    await until(() => screenTitle() === "You have left the module", "exit screen");
  });

  test("a relaunch in the same browser offers Resume and returns to the same place", async () => {
    launchPage(packageData());
    let course = boot(document, window)!;
    await course.updateComplete;
    await press("Start");
    await answer(fixtureCourse, "q-accountable");
    await answer(fixtureCourse, "q-key-tasks");
    await press("Continue");
    await until(() => screenTitle() === fixtureCourse.outcomes[1]!.text, "section 2");
    await userEvent.click(buttonsLabelled("Exit")[0]!);
    course.remove();

    launchPage(packageData());
    course = boot(document, window)!;
    await course.updateComplete;
    await press("Resume");
    await until(() => screenTitle() === fixtureCourse.outcomes[1]!.text, "resumed at section 2");
  });

  test("missing or damaged data: a plain message instead of a blank page", () => {
    const bad = [null, "{not json", JSON.stringify({ format: 2 }), JSON.stringify({ ...packageData(), content: 7 }), JSON.stringify({ ...packageData(), minutes: "20" })];
    for (const data of bad) {
      launchPage(data);
      expect(readLaunchData(document)).toBeNull();
      expect(boot(document, window)).toBeNull();
      expect(document.querySelector("[role=alert]")?.textContent).toContain("This course could not start");
    }
  });
});
