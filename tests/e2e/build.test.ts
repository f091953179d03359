import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { BuildReport, WrittenPackage } from "@coursepack/builder";
import { validatePackage } from "@coursepack/builder";
import { afterAll, describe, expect, test } from "vitest";
import { buildCourses, buildOnce, REPO } from "../harness/build-once.ts";
import { loadPackage, masteryScore } from "../harness/package.ts";

/** What `npm run build` must produce from courses/ (issue 5): one zip per variant and SCORM version. */
const EXPECTED_ZIPS = [
  "key-working-1-day-scorm12.zip",
  "key-working-1-day-scorm2004-3rd.zip",
  "key-working-1-day-scorm2004-4th.zip",
  "key-working-2-3-days-scorm12.zip",
  "key-working-2-3-days-scorm2004-3rd.zip",
  "key-working-2-3-days-scorm2004-4th.zip",
  "relationships-with-service-users-scorm12.zip",
  "relationships-with-service-users-scorm2004-3rd.zip",
  "relationships-with-service-users-scorm2004-4th.zip",
];
const VERSION_OF_TAG = { scorm12: "1.2", "scorm2004-3rd": "2004-3", "scorm2004-4th": "2004-4" } as const;

const build = await buildOnce();
const packages = build.report.courses.flatMap((c) => c.packages);
const byName = (report: BuildReport): Map<string, WrittenPackage> =>
  new Map(report.courses.flatMap((c) => c.packages).map((p) => [path.basename(p.file), p]));

/** The real CLI, as `npm run build` runs it; rejects on a non-zero exit code. */
function run(args: readonly string[]): Promise<{ stdout: string }> {
  return promisify(execFile)(process.execPath, ["packages/cli/bin/coursepack.js", ...args], { cwd: REPO });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});
async function tempOut(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "coursepack-e2e-build-"));
  scratch.push(dir);
  return dir;
}

describe("building every course in courses/", () => {
  test("builds the 9 expected packages, with no errors or warnings", () => {
    expect(build.report.ok).toBe(true);
    expect(build.report.courses.flatMap((c) => c.diagnostics)).toEqual([]);
    expect([...byName(build.report).keys()].sort()).toEqual(EXPECTED_ZIPS);
  });

  test.each(EXPECTED_ZIPS)("%s passes validatePackage: the official XSDs and the lint", async (name) => {
    const report = await validatePackage(path.join(build.out, name));
    expect(report.diagnostics).toEqual([]);
    const tag = /-(scorm12|scorm2004-3rd|scorm2004-4th)\.zip$/.exec(name)![1] as keyof typeof VERSION_OF_TAG;
    expect(report.version).toBe(VERSION_OF_TAG[tag]);
  });

  test("`coursepack validate` accepts all 9 packages (exit 0, one valid line each)", async () => {
    const zips = EXPECTED_ZIPS.map((name) => path.join(build.out, name));
    const { stdout } = await run(["validate", ...zips]);
    expect(stdout.trim().split("\n")).toEqual(zips.map((zip) => expect.stringMatching(new RegExp(`^✓ ${escape(zip)}: SCORM .+, valid$`))));
  });

  test("zips hold imsmanifest.xml at the root, sorted entries, no directory entries and only the player folder", async () => {
    for (const p of packages) {
      const { files } = await loadPackage(p.file);
      const names = [...files.keys()];
      expect(names[0], p.file).toBe("imsmanifest.xml");
      expect(names.slice(1), p.file).toEqual([...names.slice(1)].sort());
      for (const name of names) expect(name, p.file).toMatch(/^[a-z0-9_.-]+(\/[a-z0-9_.-]+)*$/i);
      const folders = new Set(names.filter((n) => n.includes("/")).map((n) => n.split("/")[0]));
      expect([...folders], p.file).toEqual(["player"]);
    }
  });

  test("the manifest declares what the player reports: mastery from the pass mark, 2004 one objective per outcome id", async () => {
    for (const p of packages) {
      const pkg = await loadPackage(p.file);
      const manifest = pkg.files.get("imsmanifest.xml")!.toString("utf8");
      const passMark = pkg.course.assessment.passMark!;
      if (pkg.scorm === "1.2") {
        expect(masteryScore(pkg), p.file).toBe(passMark);
        continue;
      }
      expect(/<imsss:minNormalizedMeasure>([^<]+)</.exec(manifest)?.[1], p.file).toBe(String(passMark / 100));
      const declared = [...manifest.matchAll(/<imsss:objective objectiveID="([^"]+)"/g)].map((m) => m[1]);
      expect(declared, p.file).toEqual(pkg.course.outcomes.map((o) => o.id));
    }
  });

  test("the tracking sheet is beside each zip and inside it, with the build id of the manifest and every objective id", async () => {
    for (const p of packages) {
      expect(p.sheet).toBe(`${p.file}.tracking.html`);
      const beside = await readFile(p.sheet);
      const pkg = await loadPackage(p.file);
      expect(pkg.files.get("tracking-sheet.html")?.equals(beside), p.sheet).toBe(true);
      const text = beside.toString("utf8");
      expect(text).toContain(p.buildId);
      expect(pkg.files.get("metadata.xml")?.toString("utf8")).toContain(p.buildId);
      for (const outcome of pkg.course.outcomes) expect(text, p.sheet).toContain(outcome.id);
    }
  });

  // Both comparisons are between builds made back to back within one test, not against the run's shared
  // build: in a working tree where others edit the player while the suite runs, a build from minutes
  // earlier may rightly differ.
  test("a second build gives byte-identical zips and tracking sheets", async () => {
    const first = await buildCourses(await tempOut());
    const second = byName(await buildCourses(await tempOut()));
    for (const [name, p] of byName(first)) {
      const twin = second.get(name)!;
      expect((await readFile(twin.file)).equals(await readFile(p.file)), name).toBe(true);
      expect((await readFile(twin.sheet)).equals(await readFile(p.sheet)), path.basename(p.sheet)).toBe(true);
      expect(twin.buildId).toBe(p.buildId);
    }
    expect([...second.keys()].sort()).toEqual(EXPECTED_ZIPS);
  });

  test("the real CLI, `coursepack build --out <dir> --json`, builds the same 9 packages and reports them as JSON", async () => {
    const library = byName(await buildCourses(await tempOut()));
    const out = await tempOut();
    const { stdout } = await run(["build", "--out", out, "--json"]);
    const report = JSON.parse(stdout) as BuildReport;
    expect(report.ok).toBe(true);
    const cli = byName(report);
    expect([...cli.keys()].sort()).toEqual(EXPECTED_ZIPS);
    for (const [name, p] of cli) {
      expect(path.dirname(p.file)).toBe(out);
      expect((await stat(p.file)).size).toBe(p.bytes);
      expect((await readFile(p.file)).equals(await readFile(library.get(name)!.file)), `${name}: the CLI's zip is the library's`).toBe(true);
    }
  });
});
