import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { buildPlayer, renderLaunchPage } from "@coursepack/player/build";
import type { PlayerBuild } from "@coursepack/player/build";
import { PAYLOAD, endModeCourse, fixtureCourse, packageData, payloadCourse } from "./testing/fixtures.ts";

/**
 * The built player as a learner's browser gets it: buildPlayer's files and renderLaunchPage's HTML served
 * from one origin (Playwright routes, no server, no network), in Debian's Chromium, with the real tracker
 * in standalone mode. Checks the size budget, the CSP (nothing blocked, nothing fetched elsewhere), the
 * title before any script runs, and that a bot pressing only ordinary buttons reaches the results.
 */
const ORIGIN = "http://coursepack.test";
const BUDGET_GZIP = 50 * 1024;
const ORDINARY = ["Check", "Submit", "Start", "Next", "Continue", "Finish"];

let browser: Browser;
let player: PlayerBuild;

beforeAll(async () => {
  player = await buildPlayer();
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterAll(async () => {
  await browser?.close();
});

interface Loaded {
  page: Page;
  requests: string[];
  problems: string[];
}

/** Opens the launch page of `html` with the player's files beside it; `block` makes player.js fail. */
async function open(html: string, block = false): Promise<Loaded> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP blocked ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    const file = player.files.find((f) => `/player/${f.name}` === url.pathname);
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === "/index.html") return route.fulfill({ body: html, contentType: "text/html; charset=utf-8" });
    if (file && !block) return route.fulfill({ body: Buffer.from(file.bytes), contentType: "text/javascript; charset=utf-8" });
    return route.fulfill({ status: 404, body: "" });
  });
  await page.goto(`${ORIGIN}/index.html`);
  return { page, requests, problems };
}

async function heading(page: Page): Promise<string> {
  return ((await page.getByRole("heading", { level: 1 }).first().textContent()) ?? "").trim();
}

/** The learner bot, from outside: ticks a choice in every open question, presses the first ordinary button. */
async function runBot(page: Page): Promise<string[]> {
  const screens: string[] = [];
  for (let step = 0; step < 60; step++) {
    const title = await heading(page);
    if (screens.at(-1) !== title) screens.push(title);
    if (title === "Your results") return screens;
    for (const group of await page.getByRole("group").all()) {
      const inputs = group.locator("input:not([disabled])");
      if ((await inputs.count()) && !(await group.locator("input:checked").count())) await inputs.first().check();
    }
    await pressOrdinary(page, title);
  }
  throw new Error(`the bot never reached the results: ${screens.join(" > ")}`);
}

async function pressOrdinary(page: Page, title: string): Promise<void> {
  for (const label of ORDINARY) {
    for (const button of await page.getByRole("button", { name: label, exact: true }).all()) {
      if ((await button.isVisible()) && (await button.getAttribute("aria-disabled")) !== "true") {
        await button.click();
        return;
      }
    }
  }
  throw new Error(`the bot is stuck on "${title}"`);
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
    // .invalid domain that never resolves), no fetch/XHR/beacon, no dynamic import.
    expect(text.replaceAll("https://package.invalid/", "")).not.toMatch(/https?:\/\/|fetch\(|XMLHttpRequest|sendBeacon|import\(/);
    const started = performance.now();
    const again = await buildPlayer();
    expect(performance.now() - started).toBeLessThan(1000);
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
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.route("**/*", (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === "/index.html") return route.fulfill({ body: renderLaunchPage(packageData()), contentType: "text/html" });
      const file = player.files.find((f) => `/player/${f.name}` === path);
      return file ? route.fulfill({ body: Buffer.from(file.bytes), contentType: "text/javascript" }) : route.abort();
    });
    await page.goto(`${ORIGIN}/index.html`);
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
