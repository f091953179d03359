/**
 * `coursepack preview` in Debian's Chromium: the real command on a free port, the real module in the frame.
 * The first journey takes a course to the end while switching faults, leaving and resuming, and checks
 * that the live panel shows what the LMS received; the second edits a course copy on disk and checks that
 * the module reloads, that errors show in the page and the terminal, and that the preview recovers.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import axe from "axe-core";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Course, Question } from "@coursepack/course-model";
import { loadCourse } from "@coursepack/builder";
import { decodeProgress } from "@coursepack/tracking";
import { launchBrowser } from "../harness/browser.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const COURSE = "courses/relationships-with-service-users";
const NOT_SAVED = "Not saved";

interface Preview {
  readonly url: string;
  /** Everything the command printed to stderr so far (diagnostics, course lines). */
  stderr(): string;
  stop(): Promise<number | null>;
}

/** Runs `coursepack preview <args>` and waits for the URL it prints. */
async function startPreview(args: readonly string[]): Promise<Preview> {
  const child: ChildProcess = spawn(process.execPath, ["packages/cli/bin/coursepack.js", "preview", ...args], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const found = /Preview: (http:\/\/\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    child.once("exit", (code) => reject(new Error(`preview exited with ${code}: ${err}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return {
    url,
    stderr: () => err,
    async stop() {
      child.kill("SIGINT");
      return exited;
    },
  };
}

async function realCourse(source: string): Promise<Course> {
  const loaded = await loadCourse(source, { root: REPO });
  if (!loaded.ok) throw new Error(`cannot load ${source}`);
  return loaded.value;
}

const moduleFrame = (page: Page): FrameLocator => page.frameLocator("#scorm_object");
const heading = (frame: FrameLocator) => frame.getByRole("heading", { level: 1 });
const saveState = (frame: FrameLocator) => frame.locator("p.save");

/** Ticks the right choices of `question` and checks it (feedback per question), unless it is checked already. */
async function answerRight(frame: FrameLocator, question: Question): Promise<void> {
  const box = frame.locator("cp-question").filter({ hasText: question.prompt });
  if ((await box.getByRole("button", { name: "Checked" }).count()) > 0) return;
  const role = question.type === "multiple" ? "checkbox" : "radio";
  for (const choice of question.choices.filter((c) => c.correct)) {
    const name = choice.text || (choice.id === "true" ? "True" : "False");
    await box.getByRole(role, { name, exact: true }).check();
  }
  await box.getByRole("button", { name: "Check", exact: true }).click();
  await expect.poll(() => box.getByRole("button", { name: "Checked" }).count()).toBe(1);
}

/** Answers the section on screen, all right, and moves on. */
async function finishSection(frame: FrameLocator, course: Course, index: number): Promise<void> {
  const outcome = course.outcomes[index]!;
  await expect.poll(() => heading(frame).textContent()).toBe(outcome.text);
  for (const question of course.questions.filter((q) => q.outcomeId === outcome.id)) await answerRight(frame, question);
  const last = index === course.outcomes.length - 1;
  await frame.getByRole("button", { name: last ? "Finish" : "Continue", exact: true }).click();
}

/** The panel's table `name` as rows of cell texts (the row header first). */
async function tableRows(page: Page, name: string): Promise<string[][]> {
  return page.getByRole("table", { name }).locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent ?? "")),
  );
}

async function fact(page: Page, label: string): Promise<string> {
  return page.locator("#model dt", { hasText: label }).first().locator("xpath=following-sibling::dd[1]").innerText();
}

/** The LMS's data model as scorm-again renders it, read by path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type CmiJson = Record<string, any>;
type Hook = { data(): CmiJson | null; stored(): { cmi: CmiJson } | null };
const lms = <T>(page: Page, fn: (hook: Hook) => T): Promise<T> => page.evaluate(`(${fn.toString()})(window.__preview)`) as Promise<T>;

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { iframes: false }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("coursepack preview", () => {
  test("takes a course to the end in the frame; the panel shows what the LMS received; faults, leave and resume", async () => {
    const course = await realCourse(COURSE);
    const started = performance.now();
    const preview = await startPreview([COURSE]);
    const startMs = performance.now() - started;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // Vite must not reload the page on its own (e.g. after optimising a dependency it found late).
    let loads = 0;
    page.on("load", () => loads++);
    try {
      expect(new URL(preview.url).hostname).toBe("127.0.0.1");
      await page.goto(preview.url);
      const frame = moduleFrame(page);
      await expect.poll(() => heading(frame).textContent()).toBe(course.title);
      expect(await page.locator("#module-status").textContent()).toContain("entry = ab-initio");
      expect(await axeViolations(page)).toEqual([]);

      // Section 1 all right, then a save fails while the learner answers in section 2.
      await frame.getByRole("button", { name: "Start", exact: true }).click();
      await finishSection(frame, course, 0);
      await expect.poll(() => heading(frame).textContent()).toBe(course.outcomes[1]!.text);
      await page.getByLabel("Commit fails").check();
      const [first] = course.questions.filter((q) => q.outcomeId === course.outcomes[1]!.id);
      await answerRight(frame, first!);
      await expect.poll(() => saveState(frame).textContent(), { timeout: 10_000 }).toContain(NOT_SAVED);
      await expect.poll(() => page.locator("#log li.failed", { hasText: "fault: commit fails" }).count()).toBeGreaterThan(0);
      expect(await page.locator("#store-status").textContent()).toMatch(/failed since then/);
      const storedBefore = await lms(page, (h) => h.stored()!.cmi.suspend_data as string);
      expect(answered(course, storedBefore)).not.toContain(first!.id);

      // The LMS answers again: the module saves by itself, and the answer reaches the LMS.
      await page.getByLabel("Commit fails").uncheck();
      await expect.poll(() => saveState(frame).textContent(), { timeout: 15_000 }).toContain("Saved");
      expect(await saveState(frame).textContent()).not.toContain(NOT_SAVED);
      expect(answered(course, await lms(page, (h) => h.stored()!.cmi.suspend_data as string))).toContain(first!.id);

      // Leave and resume: the same page, the answer still there.
      await page.getByRole("button", { name: "Leave" }).click();
      expect(await page.locator("#scorm_object").count()).toBe(0);
      const left = await lms(page, (h) => h.stored()!.cmi.core);
      expect(left).toMatchObject({ exit: "suspend", lesson_location: course.outcomes[1]!.id });
      await page.getByRole("button", { name: "Resume" }).click();
      await expect.poll(() => page.locator("#module-status").textContent()).toContain("entry = resume");
      await frame.getByRole("button", { name: "Resume", exact: true }).click();
      await expect.poll(() => heading(frame).textContent()).toBe(course.outcomes[1]!.text);
      expect(await frame.locator("cp-question").filter({ hasText: first!.prompt }).getByRole("button", { name: "Checked" }).count()).toBe(1);

      // The rest of the course, all right.
      for (let index = 1; index < course.outcomes.length; index++) await finishSection(frame, course, index);
      await expect.poll(() => heading(frame).textContent()).toBe("Your results");

      // The panel shows the status, the score and every objective exactly as the LMS holds them.
      const data = (await lms(page, (h) => h.data()))!;
      expect(data.core.lesson_status).toBe("passed");
      expect(data.core.score.raw).toBe("100");
      await expect.poll(() => fact(page, "Status")).toBe("passed");
      expect(await fact(page, "Score")).toBe(`100 (${data.core.score.min}-${data.core.score.max})`);
      const objectives = Object.values(data.objectives as Record<string, { id: string; status: string; score: { raw: string } }>);
      expect(objectives.map((o) => o.id).sort()).toEqual(course.outcomes.map((o) => o.id).sort());
      const rows = await tableRows(page, "Objectives");
      expect(rows.map(([id]) => id)).toEqual(objectives.map((o) => o.id));
      for (const [index, objective] of objectives.entries()) {
        expect(rows[index]![1]).toMatch(new RegExp(`^${objective.score.raw}\\b`));
        expect(rows[index]![2]).toBe(objective.status);
        expect(objective.status).toBe("passed");
      }
      expect(await tableRows(page, "Interactions")).toHaveLength(course.questions.length);
      expect(await page.locator("#model").textContent()).toContain(`Questions answered${course.questions.length} of ${course.questions.length}`);
      expect(await page.locator("#log li.violation").count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // SCORM 2004: a new attempt under API_1484_11.
      await page.getByLabel("SCORM version").selectOption("2004-4");
      await expect.poll(() => page.locator("#module-status").textContent()).toContain("SCORM 2004-4, entry = ab-initio");
      await expect.poll(() => page.locator("#log li", { hasText: "Initialize(\"\")" }).count()).toBeGreaterThan(0);
      // Nothing is written at launch (no status is ever set implicitly); the first press saves "incomplete".
      await expect.poll(() => fact(page, "Status")).toBe("unknown, unknown");
      await moduleFrame(page).getByRole("button", { name: "Start", exact: true }).click();
      await expect.poll(() => fact(page, "Status")).toBe("incomplete, unknown");
      expect(errors).toEqual([]);
      expect(loads).toBe(1);
    } finally {
      await page.close();
      expect(await preview.stop()).toBe(0);
    }
    console.info(`preview started in ${Math.round(startMs)} ms`);
  });

  test("course edits reload the module; errors show in the page and the terminal, and the preview recovers", async () => {
    const dir = path.join(REPO, "tests", ".tmp", `preview-${process.pid}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await cp(path.join(REPO, COURSE), path.join(dir, "course"), { recursive: true });
    const file = path.join(dir, "course", "course.yaml");
    const original = await readFile(file, "utf8");
    const title = "Relationships with Service Users";
    const preview = await startPreview([path.relative(REPO, path.join(dir, "course")), "--scorm", "2004-4"]);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(preview.url);
      const frame = moduleFrame(page);
      await expect.poll(() => heading(frame).textContent()).toBe(title);
      expect(await page.locator("#module-status").textContent()).toContain("SCORM 2004-4");

      // An edit, with markup in the title: it reloads the module, and stays text in the page and the module.
      const marked = `${title} <img src=x onerror="window.__xss=1">`;
      await writeFile(file, original.replace(`title: ${title}`, `title: '${marked}'`));
      await expect.poll(() => heading(frame).textContent(), { timeout: 10_000 }).toBe(marked);
      expect(await page.locator("#page-title").textContent()).toBe(`Preview: ${marked}`);
      expect(await page.locator("img").count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

      // A mistake: the page and the terminal say where; the module keeps the last version that loaded.
      await writeFile(file, original.replace("pass_mark: 80", "pass_mark: 180"));
      await expect.poll(() => page.locator("#errors").textContent(), { timeout: 10_000 }).toContain("The course has 1 error");
      const pageError = await page.locator("#errors li").first().textContent();
      expect(pageError).toMatch(/course\.yaml:\d+:\d+ error CP\d{3}: /);
      await expect.poll(() => preview.stderr()).toMatch(/course\.yaml:\d+:\d+: error CP\d{3}: /);
      expect(await heading(frame).textContent()).toBe(marked);

      // Fixed: the errors go, the module reloads.
      await writeFile(file, original);
      await expect.poll(() => page.locator("#errors").textContent(), { timeout: 10_000 }).toBe("");
      await expect.poll(() => heading(frame).textContent(), { timeout: 10_000 }).toBe(title);
      expect(preview.stderr()).toContain("module reloaded");
    } finally {
      await page.close();
      expect(await preview.stop()).toBe(0);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

function answered(course: Course, suspendData: string): string[] {
  const decoded = decodeProgress(course, suspendData);
  return decoded.ok ? Object.keys(decoded.value.answers) : [];
}
