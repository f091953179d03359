import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import type { Violation } from "@coursepack/tracking/testing";
import type { Call, Faults, LmsConfig } from "./lms/main.ts";
import { LMS_HTML, lmsScript } from "./lms-page.ts";
import type { TestServer } from "./server.ts";

/** The LMS's data model as scorm-again renders it: deep, loosely shaped JSON that tests read by path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CmiJson = Record<string, any>;

type LmsWindow = Window & { __lmsConfig?: LmsConfig; __lms: { faults: Faults } };

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
  close(): Promise<void>;
}

/** Opens the fake LMS on `server` with the package mounted at /pkg/, like Moodle's player page. */
export async function openLms(browser: Browser, server: TestServer, config: Omit<LmsConfig, "src">): Promise<LmsSession> {
  server.mount("/lms/", new Map([["index.html", LMS_HTML], ["lms.js", await lmsScript()]]));
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript((c) => ((window as unknown as LmsWindow).__lmsConfig = c), { ...config, src: "/pkg/index.html" } as LmsConfig);
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
    close: () => context.close(),
  };
}
