import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import type { Course } from "@coursepack/course-model";
import { buildPlayer, renderLaunchFiles, renderLaunchPage } from "@coursepack/player/build";
import type { PlayerBuild } from "@coursepack/player/build";
import { PAYLOAD, endModeCourse, fixtureCourse, packageData, payloadCourse } from "./testing/fixtures.ts";
import { deferred } from "./testing/launch.ts";
import { ORIGIN, heading, launchChromium, runBot, serve } from "./testing/served.ts";

/**
 * The launch page with the course's outline and its content module (renderLaunchFiles), with the real
 * bundle in Chromium under the launch page's CSP: standalone and inside an LMS frame, with the module on
 * time, late, missing, and full of payloads.
 */
let browser: Browser;
let player: PlayerBuild;

beforeAll(async () => {
  player = await buildPlayer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The package's own files, by URL path. */
function packageFiles(course: Course = fixtureCourse): Record<string, Uint8Array> {
  return Object.fromEntries(renderLaunchFiles(packageData(course)).map((f) => [`/${f.name}`, f.bytes]));
}

/** Text of the focused element, through shadow roots. */
function focusedText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.textContent?.trim();
  });
}

const CONTENT = `${ORIGIN}/course-content.js?v=test-build`;
const LOADING = "Loading the course…";

describe("a package whose launch page carries the outline", () => {
  test("is a fraction of the whole-course launch page to load before first content", () => {
    const data = packageData();
    const split = gzipSync(packageFiles()["/index.html"]!, { level: 6 }).length;
    const whole = gzipSync(renderLaunchPage(data), { level: 6 }).length;
    console.info(`fixture launch page: ${whole} bytes gzip with the whole course, ${split} with the outline`);
    expect(split).toBeLessThan(whole * 0.75);
  });

  test.each([
    ["feedback per question", fixtureCourse],
    ["one assessment at the end", endModeCourse],
  ])("the %s course: the module follows the welcome screen, and a bot reaches the results under the CSP", async (_name, course) => {
    const { page, requests, problems } = await serve(browser, packageFiles(course), { player });
    await page.getByRole("button", { name: "Start", exact: true }).waitFor();
    await expect.poll(() => requests).toContain(CONTENT); // fetched without a press, once the welcome screen is up
    const screens = await runBot(page);
    expect(screens[0]).toBe(course.title);
    expect(screens).toContain(course.outcomes[0]!.text);
    expect(screens.at(-1)).toBe("Your results");
    expect(problems).toEqual([]);
    expect(requests).toEqual([`${ORIGIN}/index.html`, `${ORIGIN}/player/player.js`, CONTENT]);
    await page.close();
  });

  test("course text in the module stays text: payloads show as written and run nothing", async () => {
    const base = payloadCourse();
    const tricky = `</script><script>window.__xss=4</script> \u2028 \` \${(window.__xss = 5)} " \\ <!--`;
    const course = { ...base, outcomes: base.outcomes.map((o) => ({ ...o, content: [{ t: "p" as const, c: [{ t: "text" as const, v: tricky }] }, ...o.content] })) };
    const { page, problems } = await serve(browser, packageFiles(course), { player });
    await page.getByRole("button", { name: /^Start/ }).click();
    await page.getByRole("heading", { level: 1, name: course.outcomes[0]!.text }).waitFor();
    expect(await page.getByText(`content ${PAYLOAD}`).first().isVisible()).toBe(true);
    expect(await page.getByText(course.questions[0]!.choices[0]!.text).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.querySelector("cp-course")!.shadowRoot!.querySelector("cp-section")!.shadowRoot!.textContent)).toContain(tricky);
    await runBot(page);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  test("Start pressed before the module arrives: Start is busy and says so, then the first section opens", async () => {
    const late = deferred<void>();
    const { page, problems } = await serve(browser, packageFiles(), { player, hold: { "/course-content.js": late.promise } });
    const start = page.getByRole("button", { name: "Start", exact: true });
    await start.click();
    await page.getByText(LOADING).waitFor();
    expect(await start.getAttribute("aria-disabled")).toBe("true");
    expect(await heading(page)).toBe(fixtureCourse.title);
    late.resolve();
    await page.getByRole("heading", { level: 1, name: fixtureCourse.outcomes[0]!.text }).waitFor();
    expect(await focusedText(page)).toBe(fixtureCourse.outcomes[0]!.text); // focus moved to the new screen's heading
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a missing module: the welcome screen still shows, and Start says the course could not be loaded", async () => {
    const { ["/course-content.js"]: _, ...files } = packageFiles();
    const { page, requests, problems } = await serve(browser, files, { player });
    await expect.poll(() => requests).toContain(CONTENT);
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await page.getByText("The course could not be loaded. Check your connection and try again.").waitFor();
    expect(await heading(page)).toBe(fixtureCourse.title);
    expect(requests.filter((r) => r.includes("/course-content.js"))).toEqual([CONTENT, `${CONTENT}&retry=1`]);
    expect(problems.every((p) => /course-content\.js|404|could not be loaded/.test(p))).toBe(true);
    await page.close();
  });
});

/** An LMS page around the package: a SCORM 1.2 API that keeps values and logs calls, the package in a frame. */
const LMS_PAGE = `<!doctype html><title>LMS</title><script>
  const values = { "cmi.core.entry": "ab-initio", "cmi.core.student_name": "Doe, Jane" };
  const calls = (window.calls = []);
  window.values = values;
  const ok = (name) => () => (calls.push(name), "true");
  window.API = {
    LMSInitialize: ok("LMSInitialize"), LMSFinish: ok("LMSFinish"), LMSCommit: ok("LMSCommit"),
    LMSGetValue: (e) => values[e] ?? (e.endsWith("._count") ? "0" : ""),
    LMSSetValue: (e, v) => (calls.push("LMSSetValue"), (values[e] = v), "true"),
    LMSGetLastError: () => "0", LMSGetErrorString: () => "", LMSGetDiagnostic: () => "",
  };
</script><iframe src="index.html" title="Course" style="width:390px;height:800px"></iframe>`;

describe("the same package inside an LMS frame", () => {
  test("the SCORM session opens before the module arrives; the learner finishes and the LMS has the result", async () => {
    const late = deferred<void>();
    const { page, problems } = await serve(browser, { ...packageFiles(), "/lms.html": LMS_PAGE }, { player, open: "/lms.html", hold: { "/course-content.js": late.promise } });
    const frame: Frame = await (await page.waitForSelector("iframe")).contentFrame().then((f) => f!);
    await frame.getByRole("button", { name: "Start", exact: true }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls[0])).toBe("LMSInitialize");
    expect(await frame.getByText("No learning management system found").count()).toBe(0);
    late.resolve();
    const screens = await runBot(frame);
    expect(screens.at(-1)).toBe("Your results");
    await frame.getByRole("button", { name: "Exit", exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { calls: string[] }).calls.includes("LMSFinish"));
    const values = (await page.evaluate(() => (window as unknown as { values: Record<string, string> }).values));
    expect(values["cmi.core.lesson_status"]).toMatch(/^(passed|failed)$/);
    expect(values["cmi.core.score.raw"]).toMatch(/^\d+$/);
    expect(values["cmi.interactions.0.id"]).toBe(fixtureCourse.questions[0]!.id);
    expect(problems).toEqual([]);
    await page.close();
  });
});
