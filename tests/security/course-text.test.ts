/**
 * Course text is data. A course whose every text is a markup or script payload is built with buildAll; a
 * bot takes its package to the end in the fake LMS (every screen, the certificate too) while the test looks
 * at each step: no payload runs (`window.__xss` stays unset in the frame and the LMS page), the CSP never had
 * to block anything, no script, handler, SVG or frame from course text is in the DOM (shadow roots
 * included), and the payloads are there as visible text. The files of the packages, their tracking sheets
 * and the catalogue and standards pages hold the payloads escaped, and run none of them in Chromium either.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BuildReport } from "@coursepack/builder";
import { catalogueHtml, standardsMatrixHtml } from "@coursepack/builder";
import { readContentModule } from "@coursepack/player/build";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeAndRecord, launch } from "../harness/attempt.ts";
import { runBot } from "../harness/bot.ts";
import { buildTemp } from "../harness/build-temp.ts";
import { useBrowser } from "../harness/course-suite.ts";
import { expectCleanSession } from "../harness/expect-report.ts";
import { RESULTS_TITLE } from "../harness/learner.ts";
import type { LoadedPackage } from "../harness/package.ts";
import { loadPackage } from "../harness/package.ts";
import type { PageWatch } from "../harness/page-watch.ts";
import { inspectDom, payloadRan, watchPage } from "../harness/page-watch.ts";
import { LINK_TARGET, PAYLOADS, writePayloadCourse } from "../harness/payload-course.ts";
import { waitForScreenChange } from "../harness/steps.ts";

const env = useBrowser();
/** The launch page's own scripts: the player module and the inline course data. */
const OWN_SCRIPTS = ["player/player.js", "#cp-data"];

let dir: string;
let report: BuildReport;
let packages: LoadedPackage[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cp-security-text-"));
  const course = await writePayloadCourse(dir);
  const built = await buildTemp({ root: dir, courses: [course], out: path.join(dir, "out") });
  if (!built.ok) throw new Error(`the build config was refused: ${JSON.stringify(built.diagnostics)}`);
  report = built.report;
  packages = await Promise.all(report.courses.flatMap((c) => c.packages.map((p) => loadPackage(p.file))));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * The package with every Markdown link's target changed to javascript: after the build, as a hand-edited
 * package would have it: the builder refuses such links (CP419), so this is the player's own defence.
 */
function withJavascriptLinks(pkg: LoadedPackage): LoadedPackage {
  // The links live in the content module when the package has one, else in the launch page's data.
  const files = new Map(pkg.files);
  const holders = ["course-content.js", "index.html"].filter((name) => files.get(name)?.toString("utf8").includes(LINK_TARGET));
  if (holders.length === 0) throw new Error("no link target to change in the package");
  for (const name of holders) files.set(name, Buffer.from(files.get(name)!.toString("utf8").replaceAll(LINK_TARGET, "javascript:window.__xss=1")));
  return { ...pkg, files };
}

describe("every text of a course is a payload", () => {
  test("it builds, and every text reaches the package as written", () => {
    expect(report.courses.map((c) => [c.ok, c.diagnostics])).toEqual([[true, []]]);
    expect(packages.map((p) => p.scorm)).toEqual(["1.2", "2004-4"]);
    const course = packages[0]!.course;
    expect(course.title).toBe(`title ${PAYLOADS[0]}`);
    const texts = [course.branding.organisation, course.audience, ...course.outcomes.map((o) => o.text), ...course.questions.flatMap((q) => [q.prompt, ...(q.type === "true-false" ? [] : q.choices.map((c) => c.text))])];
    expect(texts.filter((t) => !PAYLOADS.some((p) => t.endsWith(` ${p}`))), "texts that lost their payload").toEqual([]);
  });

  test("the bot takes the package to the end and the certificate: nothing runs, nothing is blocked, every payload shows as text", async () => {
    const pkg = withJavascriptLinks(packages.find((p) => p.scorm === "1.2")!);
    let watch: PageWatch | undefined;
    const attempt = await launch(env.browser(), env.server(), pkg, { learnerName: `Doe ${PAYLOADS[1]}, Jane`, setup: async (page) => void (watch = await watchPage(page)) });
    const frame = await attempt.session.frame();
    const texts: string[] = [];
    const hazards: string[] = [];
    const look = async (where: string) => {
      const dom = await inspectDom(frame, OWN_SCRIPTS);
      texts.push(dom.text);
      hazards.push(...dom.hazards.map((h) => `${where}: ${h}`));
      expect(await payloadRan(frame), `a payload ran by "${where}"`).toBe(false);
    };
    const run = await runBot(frame, 200, look);
    expect(run.screens[0]).toBe(pkg.course.title);
    expect(run.screens.at(-1)).toBe(RESULTS_TITLE);
    await frame.getByRole("button", { name: "View certificate", exact: true }).click();
    const certificate = await waitForScreenChange(frame, RESULTS_TITLE);
    await look(certificate);
    await frame.getByRole("button", { name: "Back to results", exact: true }).click();
    await look(await waitForScreenChange(frame, certificate));

    expect(hazards, "markup from course text in the DOM").toEqual([]);
    expect(await payloadRan(attempt.session.page.mainFrame()), "a payload ran in the LMS page").toBe(false);
    expect(watch!.violations, "CSP violations").toEqual([]);
    const seen = texts.join("\n");
    for (const payload of PAYLOADS) expect(seen, "the payload as visible text").toContain(payload);
    expect(seen, "the learner's name from the LMS, as text").toContain(`Jane Doe ${PAYLOADS[1]}`);
    const record = await closeAndRecord(attempt);
    expectCleanSession(record);
  });

  test("a Markdown link to javascript: or data:, however written, is refused at build time (CP419)", async () => {
    const markdown = [
      "[click here](javascript:window.__xss=1)",
      "[click here](JAVASCRIPT:window.__xss=1)",
      "[click here](&#106;avascript:window.__xss=1)",
      "<javascript:window.__xss=1>",
      "[click here](data:text/html,<script>parent.__xss=1</script>)",
    ];
    const courses = await Promise.all(markdown.map(async (md, i) => {
      const folder = path.join(dir, `link-${i}`);
      await mkdir(folder, { recursive: true });
      const yaml = `id: link-${i}\ntitle: Links\nduration: 1 Day\ndescription: []\noutcomes:\n  - id: o1\n    text: An outcome\n    content: ${JSON.stringify(md)}\n`;
      await writeFile(path.join(folder, "course.yaml"), yaml);
      return folder;
    }));
    const built = await buildTemp({ root: dir, courses, out: path.join(dir, "links-out"), scorm: ["1.2"] });
    expect(built.ok).toBe(true);
    const reports = built.ok ? built.report.courses : [];
    expect(reports.map((r) => [r.ok, r.diagnostics.map((d) => d.code)]), markdown.join(" ")).toEqual(markdown.map(() => [false, ["CP419"]]));
    expect(existsSync(path.join(dir, "links-out")) ? await readdir(path.join(dir, "links-out")) : []).toEqual([]);
  });

  test("the packages' files hold the payloads as data: escaped in the launch page, the manifest and the content module", () => {
    const markup = PAYLOADS.filter((p) => p.includes("<"));
    for (const pkg of packages) {
      for (const [name, bytes] of pkg.files) {
        if (!/\.(html|xml|js|json)$/.test(name) || name.startsWith("player/")) continue;
        const text = bytes.toString("utf8");
        expect(markup.filter((p) => text.includes(p)), `${pkg.name}/${name}: a payload written raw`).toEqual([]);
      }
      const page = pkg.files.get("index.html")!.toString("utf8");
      expect(page.match(/<script\b/g), `${pkg.name}: the launch page's own two scripts only`).toHaveLength(2);
      const content = pkg.files.get("course-content.js");
      if (content) expect(readContentModule(content.toString("utf8")), `${pkg.name}: course-content.js is one JSON.parse of a string`).not.toBeNull();
    }
  });

  test("the tracking sheets, the catalogue and the standards page show the payloads as text and run none", async () => {
    // Every page the build wrote beside the packages, and the catalogue and standards pages made directly.
    const pages = new Map<string, string>();
    const out = path.join(dir, "out");
    for (const name of (await readdir(out)).filter((f) => f.endsWith(".html"))) pages.set(name, await readFile(path.join(out, name), "utf8"));
    expect([...pages.keys()].filter((name) => name.endsWith(".tracking.html"))).toHaveLength(2);
    const entries = packages.map((p) => ({ variant: { ...p.data.variant, course: p.course }, scorm: p.scorm, file: p.name, bytes: p.files.size, buildId: p.data.buildId }));
    pages.set("made-catalogue.html", catalogueHtml(entries));
    pages.set("made-standards.html", standardsMatrixHtml(packages[0]!.course));
    env.server().mount("/pages/", pages);
    const markup = PAYLOADS.filter((p) => p.includes("<"));
    for (const [name, html] of pages) expect(markup.filter((p) => html.includes(p)), `${name}: a payload written raw`).toEqual([]);
    for (const name of pages.keys()) {
      const context = await env.browser().newContext();
      try {
        const page = await context.newPage();
        const watch = await watchPage(page);
        await page.goto(`${env.server().origin}/pages/${name}`);
        const dom = await inspectDom(page.mainFrame(), []);
        expect(dom.hazards, name).toEqual([]);
        expect(await payloadRan(page.mainFrame()), `${name}: a payload ran`).toBe(false);
        expect(watch.violations, `${name}: CSP violations`).toEqual([]);
        expect(dom.text, `${name}: the course title as text`).toContain(packages[0]!.course.title);
      } finally {
        await context.close();
      }
    }
  });
});
