import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { buildPlayer, renderLaunchPage } from "@coursepack/player/build";
import type { PlayerBuild } from "@coursepack/player/build";
import { PAYLOAD, endModeCourse, fixtureCourse, packageData, payloadCourse } from "./testing/fixtures.ts";
import { ORIGIN, heading, launchChromium, runBot, serve } from "./testing/served.ts";

/**
 * The built player as a learner's browser gets it: buildPlayer's files and renderLaunchPage's HTML (the
 * whole course inline) served from one origin (Playwright routes, no server, no network), in Debian's
 * Chromium, with the real tracker in standalone mode. Checks the size budget, the CSP (nothing blocked,
 * nothing fetched elsewhere), the title before any script runs, and that a bot pressing only ordinary
 * buttons reaches the results. The split launch page and its content module: split.browser.test.ts.
 */
const BUDGET_GZIP = 50 * 1024;

let browser: Browser;
let player: PlayerBuild;

beforeAll(async () => {
  player = await buildPlayer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the launch page `html` with the player's files beside it; `block` leaves player.js out. */
function open(html: string, block = false) {
  return serve(browser, { "/index.html": html }, block ? {} : { player });
}

describe("the built player", () => {
  test("is one module plus its licences, within 50 KB gzip; a second build comes from the cache", async () => {
    expect(player.files.map((f) => f.name)).toEqual(["licenses.md", "player.js"]);
    const js = player.files.find((f) => f.name === "player.js")!.bytes;
    const gzip = gzipSync(js, { level: 9 }).length;
    console.info(`player.js: ${js.length} bytes raw, ${gzip} bytes gzip (budget ${BUDGET_GZIP})`);
    expect(gzip).toBeLessThan(BUDGET_GZIP);
    const text = new TextDecoder().decode(js);
    expect(text).not.toContain("Lit is in dev mode");
    // Nothing to fetch at run time: no URL (but the base rich-text.ts checks paths against, on the reserved
    // .invalid domain that never resolves), no fetch/XHR/beacon, and one dynamic import: the content module.
    expect(text.replaceAll("https://package.invalid/", "")).not.toMatch(/https?:\/\/|fetch\(|XMLHttpRequest|sendBeacon/);
    expect(text.match(/import\(/g)).toHaveLength(1);
    // Same sources, same build: the second call is the cached one (the same object), not a second Vite run.
    const again = await buildPlayer();
    expect(again).toBe(player);
    expect(again.hash).toBe(player.hash);
    expect(again.files.map((f) => f.bytes)).toEqual(player.files.map((f) => f.bytes));
  });

  test("shows the course title before any script runs", async () => {
    const { page } = await open(renderLaunchPage(packageData()), true);
    expect(await heading(page)).toBe("Key working essentials");
    expect(await page.title()).toBe("Key working essentials");
    expect(await page.locator("html").getAttribute("lang")).toBe("en-GB");
    expect(await page.getByText("Loading the course…").isVisible()).toBe(true);
    await page.close();
  });

  test.each([
    ["feedback per question", fixtureCourse],
    ["one assessment at the end", endModeCourse],
  ])("a bot takes the %s course to the results under the CSP, fetching nothing else", async (_name, course) => {
    const { page, requests, problems } = await open(renderLaunchPage(packageData(course)));
    await page.getByRole("button", { name: "Start", exact: true }).waitFor();
    expect(await page.getByText("No learning management system found").isVisible()).toBe(true);
    const screens = await runBot(page);
    expect(screens[0]).toBe(course.title);
    expect(screens.at(-1)).toBe("Your results");
    await page.getByRole("button", { name: "Exit", exact: true }).click();
    await page.getByRole("heading", { name: "You have left the module" }).waitFor();
    expect(problems).toEqual([]);
    expect(requests).toEqual([`${ORIGIN}/index.html`, `${ORIGIN}/player/player.js`]);
    await page.close();
  });

  test("the CSP is in force: no markup sinks, no connections", async () => {
    const { page } = await open(renderLaunchPage(packageData()));
    await page.getByRole("button", { name: "Start", exact: true }).waitFor();
    const sink = await page.evaluate(() => {
      try {
        document.createElement("div").innerHTML = "<b>x</b>";
        return "allowed";
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(sink).toBe("TypeError"); // Trusted Types: only Lit's own policy may write HTML
    const fetched = await page.evaluate(() => fetch("/player/player.js").then(() => "fetched", () => "blocked"));
    expect(fetched).toBe("blocked");
    await page.close();
  });

  test("course text payloads stay text in the launch page and in the player", async () => {
    const data = packageData({ ...payloadCourse(), title: `</script><script>window.__xss=3</script>{{data}} ${PAYLOAD}` });
    const { page, problems } = await open(renderLaunchPage(data));
    await page.getByRole("button", { name: /^Start/ }).waitFor();
    expect(await heading(page)).toBe(data.course.title);
    expect(await page.title()).toBe(data.course.title);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  test("first content and a usable course on a slow phone (4x CPU throttling)", async () => {
    const { page } = await serve(browser, { "/index.html": renderLaunchPage(packageData()) }, { player, cpuSlowdown: 4 });
    await page.getByRole("button", { name: "Start", exact: true }).waitFor();
    const [fcp, ready] = await page.evaluate(() => [
      performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1,
      performance.now(),
    ]);
    console.info(`first contentful paint ${Math.round(fcp!)} ms, Start button ready by ${Math.round(ready!)} ms (4x CPU slowdown)`);
    expect(fcp).toBeGreaterThan(0);
    await page.close();
  });
});

describe("renderLaunchPage", () => {
  const html = renderLaunchPage(packageData());

  test("sets the language, the title, the strict CSP and the module script", () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain("<title>Key working essentials</title>");
    expect(html).toContain(
      `content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; font-src 'self'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types lit-html"`,
    );
    expect(html).toContain('<script type="module" src="player/player.js"></script>');
    expect(html).not.toMatch(/\{\{\w+\}\}/);
  });

  test("carries the course data inline, with < escaped so no text can close the script", () => {
    const course = { ...fixtureCourse, title: "A </script><!-- & \u2028 {{title}} $& $1" };
    const page = renderLaunchPage(packageData(course));
    const json = /<script type="application\/json" id="cp-data">(.*)<\/script>/.exec(page)?.[1] ?? "";
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(packageData(course));
    expect(page).toContain("<title>A &#60;/script&#62;&#60;!-- &#38; \u2028 {{title}} $&#38; $1</title>");
  });

  test("falls back to the default language for a malformed tag", () => {
    const page = renderLaunchPage(packageData({ ...fixtureCourse, language: 'en"><script>' }));
    expect(page).toContain('<html lang="en-GB">');
  });
});
