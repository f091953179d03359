import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import type { PlayerBuild } from "@coursepack/player/build";

/**
 * The built player as a learner's browser gets it, for the e2e tests: files served from one origin through
 * Playwright routes (no server, no network) in Debian's Chromium.
 */
export const ORIGIN = "http://coursepack.test";
const ORDINARY = ["Check", "Submit", "Start", "Resume", "Next", "Continue", "Finish"];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export interface Served {
  readonly page: Page;
  /** Every URL the page asked for, in order. */
  readonly requests: string[];
  /** Page errors, console errors and CSP violations. */
  readonly problems: string[];
}

export interface ServeOptions {
  /** The player's files; left out, the launch page runs no script. */
  readonly player?: PlayerBuild;
  /** Held until it settles: a response for a path, e.g. a content module on a slow connection. */
  readonly hold?: Readonly<Record<string, Promise<unknown>>>;
  /** The page to open; default /index.html. */
  readonly open?: string;
  readonly viewport?: { width: number; height: number };
  /** CPU slowdown (Chrome DevTools' CPU throttling rate), e.g. 4 for a slow phone. */
  readonly cpuSlowdown?: number;
}

const TYPES: Record<string, string> = { html: "text/html; charset=utf-8", js: "text/javascript; charset=utf-8" };

/** Opens `files` (path -> body) and the player's files under /player/; nothing else is served, nothing else reached. */
export async function serve(browser: Browser, files: Readonly<Record<string, string | Uint8Array>>, options: ServeOptions = {}): Promise<Served> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 390, height: 844 } });
  if (options.cpuSlowdown) await (await page.context().newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: options.cpuSlowdown });
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
  const all: Record<string, string | Uint8Array> = { ...files };
  for (const f of options.player?.files ?? []) all[`/player/${f.name}`] = f.bytes;
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    const body = all[url.pathname];
    if (body === undefined) return route.fulfill({ status: 404, body: "" });
    await options.hold?.[url.pathname];
    const type = TYPES[url.pathname.split(".").pop() ?? ""] ?? "application/octet-stream";
    return route.fulfill({ body: typeof body === "string" ? body : Buffer.from(body), contentType: type });
  });
  await page.goto(`${ORIGIN}${options.open ?? "/index.html"}`);
  return { page, requests, problems };
}

/** The first h1 of the frame's screen, trimmed. */
export async function heading(page: Pick<Page, "getByRole">): Promise<string> {
  return ((await page.getByRole("heading", { level: 1 }).first().textContent()) ?? "").trim();
}

/** The learner bot, from outside: ticks a choice in every open question, presses the first ordinary button. */
export async function runBot(page: Pick<Page, "getByRole">): Promise<string[]> {
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

async function pressOrdinary(page: Pick<Page, "getByRole">, title: string): Promise<void> {
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
