/**
 * No LMS at all: the package's launch page opened on its own (a file shared by e-mail, a web server without
 * an LMS). The module must say that progress stays in this browser, and still take the learner to the end,
 * keeping the result in localStorage.
 */
import { describe, expect, test } from "vitest";
import { runBot } from "../harness/bot.ts";
import { useBrowser } from "../harness/course-suite.ts";
import { RESULTS_TITLE } from "../harness/learner.ts";
import { STANDALONE_TEXT } from "../harness/steps.ts";

const env = useBrowser();

describe("no LMS", () => {
  test.each(["1.2", "2004-4"] as const)("SCORM %s package: says it runs standalone, completes, keeps the result in this browser", async (version) => {
    const pkg = await env.pkg("key-working", "1-day", version);
    env.server().mount("/pkg/", pkg.files);
    const context = await env.browser().newContext();
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(String(e)));
      page.on("console", (m) => void (["error", "warning"].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`)));
      await page.goto(`${env.server().origin}/pkg/index.html`);
      await expect.poll(() => page.getByText(STANDALONE_TEXT, { exact: true }).isVisible()).toBe(true);
      const run = await runBot(page.mainFrame());
      expect(run.screens.at(-1)).toBe(RESULTS_TITLE);
      await expect.poll(() => page.getByText(STANDALONE_TEXT, { exact: true }).isVisible(), { message: "still said on the results" }).toBe(true);
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}") as Record<string, string>, `coursepack:${pkg.course.id}`);
      expect(stored.completion).toBe("completed");
      expect(["passed", "failed"]).toContain(stored.success);
      expect(stored.location).toBe("results");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
