/**
 * Integration: the real pipeline (course model, player bundle, manifests, XSD validation) on the real
 * courses/ folder, written to a temporary output folder.
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildReport } from "./build-all.ts";
import { buildAll } from "./build-all.ts";
import { resolveConfig } from "./config.ts";
import { defaultTools } from "./default-tools.ts";
import { findCourses } from "./load-course.ts";
import type { BuildTools } from "./tools.ts";
import { validatePackage } from "./validate/validate-package.ts";
import { tempDir } from "./testing/folders.ts";
import { readZip } from "./testing/unzip.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TIMEOUT = 180_000;

async function buildInto(out: string, tools?: BuildTools): Promise<BuildReport> {
  const config = await resolveConfig({ root: ROOT, out });
  if (!config.ok) throw new Error(JSON.stringify(config.diagnostics));
  return buildAll(config.value, { tools });
}

/** The real tools, with the size of each validation run (one xmllint run each) recorded. */
function countingRuns(runs: number[]): BuildTools {
  const real = defaultTools();
  return { ...real, validateManifests: (checks) => (runs.push(checks.length), real.validateManifests(checks)) };
}

describe("building the real courses/ folder", () => {
  let out: string;
  let report: BuildReport;
  const runs: number[] = [];
  beforeAll(async () => {
    out = await tempDir("cp-real-");
    report = await buildInto(out, countingRuns(runs));
  }, TIMEOUT);

  it("checks every manifest of the build in one validation run per SCORM version", () => {
    const packages = report.courses.flatMap((c) => c.packages);
    expect(runs.length).toBe(new Set(packages.map((p) => p.scorm)).size);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(packages.length);
    for (const p of packages) expect(p.ms).toBeGreaterThan(0);
  });

  it("builds every course in courses/ without errors", async () => {
    const courses = await findCourses(path.join(ROOT, "courses"));
    expect(courses.length).toBeGreaterThan(0);
    const errors = report.courses.flatMap((c) => c.diagnostics.filter((d) => d.severity === "error"));
    expect(errors).toEqual([]);
    expect(report.courses.map((c) => c.source)).toEqual(courses.map((c) => path.relative(ROOT, c)));
    expect(report.ok).toBe(true);
  });

  it("names packages as the issue does: the variant part only for courses with several outcome sets", async () => {
    const names = await readdir(out);
    const expected = ["key-working-1-day-scorm12.zip", "key-working-2-3-days-scorm12.zip", "relationships-with-service-users-scorm12.zip"];
    for (const name of expected.filter((n) => report.courses.some((c) => n.startsWith(`${c.courseId}-`)))) {
      expect(names).toContain(name);
      expect(names).toContain(`${name}.tracking.html`);
    }
  });

  it("writes packages that pass validation, with the manifest first and the build id in sheet and metadata", async () => {
    const packages = report.courses.flatMap((c) => c.packages);
    expect(packages.length).toBeGreaterThan(0);
    for (const p of packages) {
      const validation = await validatePackage(p.file);
      expect(validation.diagnostics.filter((d) => d.severity === "error"), p.file).toEqual([]);
      const entries = await readZip(await readFile(p.file));
      expect(entries[0]?.name).toBe("imsmanifest.xml");
      expect(entries.some((e) => e.name.startsWith("player/"))).toBe(true);
      expect(entries.find((e) => e.name === "metadata.xml")?.text).toContain(p.buildId);
      expect(entries.find((e) => e.name === "index.html")?.text).toContain(p.buildId);
      const sheet = await readFile(p.sheet, "utf8");
      expect(entries.find((e) => e.name === "tracking-sheet.html")?.text).toBe(sheet);
      expect(sheet).toContain(`content="${p.buildId}"`);
    }
  }, TIMEOUT);

  it("rebuilds byte-identical zips and sheets", async () => {
    const again = await tempDir("cp-real-");
    await buildInto(again);
    const names = (await readdir(out)).sort();
    expect((await readdir(again)).sort()).toEqual(names);
    for (const name of names) {
      const [a, b] = await Promise.all([readFile(path.join(out, name)), readFile(path.join(again, name))]);
      expect(a.equals(b), name).toBe(true);
    }
  }, TIMEOUT);
});
