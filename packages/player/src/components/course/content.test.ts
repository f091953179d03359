import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import { boot } from "../../boot.ts";
import { splitCourse } from "../../course-content.ts";
import type { CourseContent } from "../../course-content.ts";
import { axeViolations, buttonsLabelled, queryAllDeep, queryDeep, until } from "../../testing/dom.ts";
import { fixtureCourse, packageData } from "../../testing/fixtures.ts";
import { answer, choiceInputs, press, screenTitle, untilHeadingFocused } from "../../testing/journey.ts";
import { deferred, launchPage, memoryLms12 } from "../../testing/launch.ts";
import type { Deferred } from "../../testing/launch.ts";

/**
 * A split package booted for real (real tracker, standalone or on an in-memory LMS): the launch page holds
 * the outline, and the content module is a promise the test settles, as a slow connection would.
 */
const { launch, content } = splitCourse(packageData());
const O = fixtureCourse.outcomes.map((o) => o.text);
const FIRST_SECTION = "is the member of staff who coordinates a person's support";

interface Loads {
  readonly urls: string[];
  readonly pending: Deferred<unknown>[];
}

/** Boots the outline; every content load is recorded and held until the test settles it. */
function bootSplit(): Loads {
  const loads: Loads = { urls: [], pending: [] };
  launchPage(launch);
  const load = (url: string) => {
    loads.urls.push(url);
    const d = deferred<unknown>();
    loads.pending.push(d);
    return d.promise;
  };
  expect(boot(document, window, { load })).not.toBeNull();
  return loads;
}

const startButton = () => queryAllDeep<HTMLButtonElement>("button").find((b) => /^(Start|Resume)$/.test(b.textContent?.trim() ?? ""));
const status = () => queryDeep("cp-welcome")?.shadowRoot?.querySelector("[role=status]")?.textContent?.trim() ?? "";

describe("a launch page with the course's outline, and its content module", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => delete (window as { API?: unknown }).API);

  test("the welcome screen shows from the outline; the content is asked for once it is up, beside the launch page", async () => {
    const loads = bootSplit();
    await until(() => screenTitle() === "Key working essentials", "welcome screen");
    expect(buttonsLabelled("Start")).toHaveLength(1);
    expect(queryDeep("cp-welcome")?.shadowRoot?.textContent).toContain(`About ${launch.minutes} minutes`);
    await until(() => loads.urls.length === 1, "the content module requested");
    expect(loads.urls[0]).toBe(new URL(`course-content.js?v=${launch.buildId}`, document.baseURI).href);
    loads.pending[0]!.resolve(JSON.parse(JSON.stringify(content)));
    await press("Start");
    await untilHeadingFocused(O[0]!);
    expect(queryDeep("cp-section")?.shadowRoot?.textContent).toContain(FIRST_SECTION);
    expect(choiceInputs("q-accountable")).toHaveLength(3);
    expect(loads.urls).toHaveLength(1);
  });

  test("Start pressed before the content arrives: a busy Start and a status, then section 1 with focus", async () => {
    const loads = bootSplit();
    await until(() => buttonsLabelled("Start").length === 1, "Start");
    await press("Start");
    await until(() => status() === "Loading the course…", "the busy state");
    expect(startButton()?.getAttribute("aria-disabled")).toBe("true");
    expect(screenTitle()).toBe("Key working essentials");
    expect(await axeViolations()).toEqual([]);
    startButton()!.click(); // pressed again while busy (a mouse can, though Playwright will not): nothing more happens
    loads.pending[0]!.resolve(content);
    await untilHeadingFocused(O[0]!);
    expect(queryDeep("cp-section")?.shadowRoot?.textContent).toContain(FIRST_SECTION);
    expect(loads.urls).toHaveLength(1);
  });

  test("content that does not arrive, or is not this package's: a message, and Start tries again with a fresh URL", async () => {
    const loads = bootSplit();
    await until(() => loads.urls.length === 1, "the first request");
    loads.pending[0]!.reject(new TypeError("Failed to fetch dynamically imported module"));
    await press("Start");
    await until(() => loads.urls.length === 2, "a second request on Start");
    loads.pending[1]!.resolve({ ...content, buildId: "an-older-build" } satisfies CourseContent);
    await until(() => status() === "The course could not be loaded. Check your connection and try again.", "the problem");
    expect(startButton()?.getAttribute("aria-disabled")).toBe("false");
    await press("Start");
    await until(() => loads.urls.length === 3, "a third request");
    expect(new Set(loads.urls).size).toBe(3);
    loads.pending[2]!.resolve(content);
    await untilHeadingFocused(O[0]!);
    expect(status()).toBe("");
  });

  test("under an LMS: the session opens and Resume is offered before the content arrives; Resume waits for it", async () => {
    const first = memoryLms12({ "cmi.core.entry": "ab-initio", "cmi.core.student_name": "Doe, Jane" });
    (window as { API?: unknown }).API = first.api;
    let loads = bootSplit();
    await until(() => loads.urls.length === 1, "content requested");
    loads.pending[0]!.resolve(content);
    await press("Start");
    await untilHeadingFocused(O[0]!);
    await answer(fixtureCourse, "q-accountable");
    await answer(fixtureCourse, "q-key-tasks");
    await press("Continue");
    await untilHeadingFocused(O[1]!);
    await userEvent.click(buttonsLabelled("Exit")[0]!);
    await until(() => first.calls.includes("LMSFinish"), "the first session finished");
    queryDeep("cp-course")?.remove();

    const stored = Object.fromEntries([...first.values].filter(([k]) => !k.startsWith("cmi.interactions")));
    const second = memoryLms12({ ...stored, "cmi.core.entry": "resume" });
    (window as { API?: unknown }).API = second.api;
    loads = bootSplit();
    await until(() => buttonsLabelled("Resume").length === 1, "Resume offered from the outline");
    expect(second.calls).toEqual(["LMSInitialize"]);
    expect(loads.pending.length).toBeLessThanOrEqual(1);
    await press("Resume");
    await until(() => status() === "Loading the course…", "busy");
    await until(() => loads.pending.length === 1, "content requested");
    loads.pending[0]!.resolve(content);
    await untilHeadingFocused(O[1]!);
    expect(queryDeep("cp-menu")?.shadowRoot?.textContent).toContain("(completed)");
  });
});
