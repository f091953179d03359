import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import type { Violation } from "@coursepack/tracking/testing";
import type { Call, Faults, LmsConfig } from "./lms/main.ts";
import { LMS_HTML, lmsScript } from "./lms-page.ts";
import type { TestServer } from "./server.ts";

/** The LMS's data model as scorm-again renders it: deep, loosely shaped JSON that tests read by path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CmiJson = Record<string, any>;

type LmsWindow = Window & { __lmsConfig?: LmsConfig; __lms: { faults: Faults }; __frameEvents?: string[] };

export interface LmsSession {
  readonly page: Page;
  readonly context: BrowserContext;
  /** The package's frame (iframe#scorm_object), once loaded. */
  frame(): Promise<Frame>;
  calls(): Promise<Call[]>;
  violations(): Promise<Violation[]>;
  data(): Promise<CmiJson>;
  committed(): Promise<CmiJson | null>;
  setFaults(faults: Faults): Promise<void>;
  /** Unloads the package as closing the LMS's frame does (pagehide fires), keeping the LMS page alive. */
  closeFrame(): Promise<void>;
  /** Page lifecycle events seen in the package's frame, in order: "pagehide", "visibilitychange:hidden", "unload". */
  frameEvents(): Promise<string[]>;
  /** Uncaught errors, and console errors and warnings, from the LMS page and the package's frame. */
  problems(): readonly string[];
  close(): Promise<void>;
}

/** The browser's time zone in every session: UTC+13 in November, +12 in July, never the machine's UTC. */
export const LEARNER_TIME_ZONE = "Pacific/Auckland";

/**
 * Opens the fake LMS on `server` with the package mounted at /pkg/, like Moodle's player page. `setup` runs
 * on the new page before it loads (listeners and init scripts that must see the first request).
 */
export async function openLms(browser: Browser, server: TestServer, config: Omit<LmsConfig, "src">, setup?: (page: Page) => Promise<void>): Promise<LmsSession> {
  server.mount("/lms/", new Map([["index.html", LMS_HTML], ["lms.js", await lmsScript()]]));
  // The learner is not on UTC (the machine usually is): a local time sent as UTC, or the reverse, shows.
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, timezoneId: LEARNER_TIME_ZONE });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => void (["error", "warning"].includes(m.type()) && errors.push(`${m.type()}: ${m.text()}`)));
  await page.addInitScript({ content: initScript({ ...config, src: "/pkg/index.html" }) });
  await setup?.(page);
  await page.goto(`${server.origin}/lms/index.html`);
  const lms = <T>(fn: string) => page.evaluate(`window.__lms.${fn}`) as Promise<T>;
  return {
    page,
    context,
    frame: async () => (await (await page.waitForSelector("#scorm_object")).contentFrame())!,
    calls: () => lms<Call[]>("calls"),
    violations: () => lms<Violation[]>("violations"),
    data: () => lms("data()"),
    committed: () => lms("committed()"),
    setFaults: (faults) => page.evaluate((f) => void Object.assign((window as unknown as LmsWindow).__lms.faults, f), faults),
    closeFrame: () => page.evaluate(() => document.getElementById("scorm_object")?.remove()),
    problems: () => errors,
    frameEvents: () => page.evaluate(() => [...((window as unknown as LmsWindow).__frameEvents ?? [])]),
    close: () => context.close(),
  };
}

/**
 * Runs in every frame before its own scripts (a Playwright init script). The LMS page gets its config; a
 * frame below it reports its lifecycle events up to the LMS page, registered before the package's own
 * listeners, so a test can tell that pagehide really fired when the frame went away. Plain JavaScript in a
 * string: a serialised TypeScript function would carry the transpiler's helpers (`__name`) with it.
 */
function initScript(config: LmsConfig): string {
  return `(() => {
    if (window === window.top) {
      window.__lmsConfig = ${JSON.stringify(config)};
      window.__frameEvents = [];
      return;
    }
    const report = (event) => { try { window.top.__frameEvents.push(event); } catch {} };
    window.addEventListener("pagehide", () => report("pagehide"));
    window.addEventListener("unload", () => report("unload"));
    document.addEventListener("visibilitychange", () => report("visibilitychange:" + document.visibilityState));
  })();`;
}
