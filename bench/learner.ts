/**
 * The learner's side, in Debian's headless Chromium from a loopback server (tests/harness):
 * - load: each package's launch page opened on its own (no LMS: the player stands alone), in a fresh browser
 *   context per run; first content, interactive, Start responding, JS heap, requests; again at 4x CPU throttling.
 * - sessions: one full learner session per package under the harness's recording LMS (scorm-again behind
 *   Moodle's value rules), driven by the learner bot; the SCORM calls and commits it made.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../tests/harness/browser.ts";
import { startServer } from "../tests/harness/server.ts";
import type { TestServer } from "../tests/harness/server.ts";
import { openLms } from "../tests/harness/session.ts";
import { unzip } from "../tests/harness/unzip.ts";
import type { Sample } from "./measure.ts";
import { repeat, round } from "./measure.ts";
import { LEARNER_BOT, PRESS_START, PROBE } from "./page-scripts.ts";

type LoadFigures = "firstPaintMs" | "firstContentMs" | "interactiveMs" | "startResponseMs" | "heapKb" | "requests";

export interface PackageLoad {
  readonly name: string;
  readonly normal: Record<LoadFigures, Sample>;
  /** CDP Emulation.setCPUThrottlingRate 4: a slow phone. */
  readonly slow: Record<LoadFigures, Sample>;
  /** Paths the page requested (first run). */
  readonly paths: readonly string[];
}

export interface SessionCounts {
  readonly name: string;
  readonly scorm: string;
  readonly presses: number;
  readonly calls: number;
  readonly setValue: number;
  readonly getValue: number;
  readonly commit: number;
  readonly finish: number;
  /** Moodle value-rule violations the LMS recorded: should be 0. */
  readonly violations: number;
  readonly suspendDataChars: number;
  /** The elements set most often, indexes folded to n ("cmi.objectives.n.score.raw"), with their counts. */
  readonly mostSet: readonly string[];
}

export interface LearnerBench {
  readonly loads: readonly PackageLoad[];
  readonly sessions: readonly SessionCounts[];
}

interface Mounted {
  readonly name: string;
  readonly prefix: string;
  readonly files: ReadonlyMap<string, Uint8Array>;
}

export async function benchLearner(zips: readonly string[], runs: number, log: (line: string) => void): Promise<LearnerBench> {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const mounted: Mounted[] = [];
    for (const [i, zip] of zips.entries()) {
      const files = await unzip(await readFile(zip));
      mounted.push({ name: path.basename(zip), prefix: `/p${i}/`, files });
      server.mount(`/p${i}/`, files);
    }
    const loads: PackageLoad[] = [];
    for (const m of mounted) {
      log(`learner: ${m.name}, ${runs} loads plain and ${runs} at 4x CPU throttling`);
      loads.push(await benchLoad(browser, server, m, runs));
    }
    const sessions: SessionCounts[] = [];
    for (const m of mounted) {
      log(`learner: one full session of ${m.name} under the recording LMS`);
      sessions.push(await benchSession(browser, server, m));
    }
    return { loads, sessions };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function benchLoad(browser: Browser, server: TestServer, m: Mounted, runs: number): Promise<PackageLoad> {
  let paths: string[] = [];
  const normal = await repeat(runs, async () => {
    const load = await loadOnce(browser, server, m, 1);
    if (!paths.length) paths = load.paths;
    return load.figures;
  });
  const slow = await repeat(runs, async () => (await loadOnce(browser, server, m, 4)).figures);
  return { name: m.name, normal, slow, paths };
}

async function loadOnce(browser: Browser, server: TestServer, m: Mounted, throttle: number): Promise<{ figures: Record<LoadFigures, number>; paths: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (throttle !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    const paths: string[] = [];
    page.on("request", (request) => paths.push(new URL(request.url()).pathname));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.addInitScript(PROBE);
    await page.goto(`${server.origin}${m.prefix}index.html`);
    await page.waitForFunction("window.__bench.content !== undefined && window.__bench.interactive !== undefined", null, { timeout: 20_000 });
    const marks = (await page.evaluate("window.__bench")) as { content: number; interactive: number };
    const firstPaint = (await page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN")) as number;
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const requests = paths.length;
    const startResponse = (await page.evaluate(PRESS_START)) as number;
    if (errors.length) throw new Error(`${m.name}: page errors: ${errors.join("; ")}`);
    const figures = {
      firstPaintMs: round(firstPaint),
      firstContentMs: round(marks.content),
      interactiveMs: round(marks.interactive),
      startResponseMs: round(startResponse),
      heapKb: round(heap.usedSize / 1024),
      requests,
    };
    return { figures, paths: paths.slice(0, requests) };
  } finally {
    await context.close();
  }
}

const SCORM_OF: Record<string, string> = { scorm12: "1.2", "scorm2004-3rd": "2004-3", "scorm2004-4th": "2004-4" };

async function benchSession(browser: Browser, server: TestServer, m: Mounted): Promise<SessionCounts> {
  const tag = /-(scorm12|scorm2004-3rd|scorm2004-4th)\.zip$/.exec(m.name)?.[1];
  const version = tag ? SCORM_OF[tag] : undefined;
  if (!version) throw new Error(`cannot tell the SCORM version of ${m.name}`);
  server.mount("/pkg/", m.files);
  const session = await openLms(browser, server, { version: version as "1.2" | "2004-3" | "2004-4" });
  try {
    const frame = await session.frame();
    const presses = (await frame.evaluate(LEARNER_BOT)) as number;
    const is12 = version === "1.2";
    const finishName = is12 ? "LMSFinish" : "Terminate";
    const calls = await waitForCall(() => session.calls(), finishName);
    const count = (method: string) => calls.filter((c) => c.method === method).length;
    const setName = is12 ? "LMSSetValue" : "SetValue";
    const suspend = calls.filter((c) => c.method === setName && c.args[0] === "cmi.suspend_data").at(-1);
    return {
      name: m.name,
      scorm: version,
      presses,
      calls: calls.length,
      setValue: count(setName),
      getValue: count(is12 ? "LMSGetValue" : "GetValue"),
      commit: count(is12 ? "LMSCommit" : "Commit"),
      finish: count(finishName),
      violations: (await session.violations()).length,
      suspendDataChars: suspend?.args[1]?.length ?? 0,
      mostSet: mostSet(calls.filter((c) => c.method === setName).map((c) => c.args[0] ?? "")),
    };
  } finally {
    await session.close();
  }
}

function mostSet(elements: readonly string[], top = 5): string[] {
  const counts = new Map<string, number>();
  for (const element of elements) {
    const key = element.replace(/\.\d+(?=\.|$)/g, ".n");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, n]) => `${key} x${n}`);
}

/** The LMS's call log once `method` is in it (the tracker finishes asynchronously after Exit). */
async function waitForCall<T extends { method: string }>(read: () => Promise<T[]>, method: string): Promise<T[]> {
  for (let i = 0; i < 100; i++) {
    const calls = await read();
    if (calls.some((c) => c.method === method)) return calls;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the session never called ${method}`);
}
