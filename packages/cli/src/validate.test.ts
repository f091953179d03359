import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { zipFiles } from "@coursepack/builder";
import { EXIT_COURSE_ERROR, EXIT_OK } from "./io.ts";
import { runCli, tempDir } from "./testing/run-cli.ts";

const COURSE = `title: Fire Safety
duration: 1 Day
description:
  - What every worker needs to know about fire in a care home.
outcomes:
  - id: how-fires-start
    text: How fires start
    content: A fire needs heat, fuel and oxygen.
`;
const ZIPS = ["fire-safety-scorm12.zip", "fire-safety-scorm2004-3rd.zip", "fire-safety-scorm2004-4th.zip"];

let dir = "";
beforeAll(async () => {
  dir = await tempDir();
  await mkdir(path.join(dir, "fire"));
  await writeFile(path.join(dir, "fire", "course.yaml"), COURSE);
  // The real build, player bundle and all (cached on disk after the first build): what users upload.
  const built = await runCli(["build", "fire", "--out", "dist"], dir);
  expect(built.stderr).toBe("");
  expect(built.code).toBe(EXIT_OK);
  // Broken packages made from the good one: cut short, and one whose manifest is not SCORM.
  const good = await readFile(path.join(dir, "dist", ZIPS[0] ?? ""));
  await writeFile(path.join(dir, "truncated.zip"), good.subarray(0, Math.floor(good.length / 2)));
  const encode = (text: string) => new TextEncoder().encode(text);
  const bad = await zipFiles([
    { name: "imsmanifest.xml", bytes: encode('<?xml version="1.0"?>\n<manifest identifier="x"><resources/></manifest>\n') },
    { name: "index.html", bytes: encode("<!doctype html><title>x</title>") },
  ]);
  await writeFile(path.join(dir, "bad-manifest.zip"), bad);
}, 180_000);

// Validating reads and checks three real zips against the XSDs: allow for a busy CI machine.
describe("validate", { timeout: 30_000 }, () => {
  it.each([
    [ZIPS[0], "SCORM 1.2"],
    [ZIPS[1], "SCORM 2004 3rd Edition"],
    [ZIPS[2], "SCORM 2004 4th Edition"],
  ])("a freshly built %s is valid: exit 0", async (zip, version) => {
    const run = await runCli(["validate", `dist/${zip}`], dir);
    expect(run).toEqual({ code: EXIT_OK, stdout: `✓ dist/${zip}: ${version}, valid\n`, stderr: "" });
  });

  it("--json reports each package's version and no problems", async () => {
    const run = await runCli(["validate", "--json", ...ZIPS.map((z) => `dist/${z}`)], dir);
    expect(run.code).toBe(EXIT_OK);
    expect(JSON.parse(run.stdout)).toEqual([
      { path: `dist/${ZIPS[0]}`, version: "1.2", ok: true, diagnostics: [] },
      { path: `dist/${ZIPS[1]}`, version: "2004-3", ok: true, diagnostics: [] },
      { path: `dist/${ZIPS[2]}`, version: "2004-4", ok: true, diagnostics: [] },
    ]);
  });

  it("a truncated zip: exit 1 with a diagnostic naming it", async () => {
    const run = await runCli(["validate", "truncated.zip"], dir);
    expect(run.code).toBe(EXIT_COURSE_ERROR);
    expect(run.stderr).toMatch(/^truncated\.zip: error CP6\d\d: /m);
    expect(run.stdout).toBe("✗ truncated.zip: version unknown, 1 problem\n");
  });

  it("a zip whose manifest is not a SCORM manifest: exit 1, problems located in imsmanifest.xml", async () => {
    const run = await runCli(["validate", "--json", "bad-manifest.zip"], dir);
    expect(run.code).toBe(EXIT_COURSE_ERROR);
    const [report] = JSON.parse(run.stdout) as { ok: boolean; version: string | null; diagnostics: { code: string; file: string; line?: number }[] }[];
    expect(report).toMatchObject({ ok: false, version: null });
    expect(report?.diagnostics).toContainEqual(expect.objectContaining({ code: "CP612", severity: "error", file: "imsmanifest.xml", line: 2 }));
    for (const d of report?.diagnostics ?? []) expect(d.code).toMatch(/^CP6\d\d$/);
  });

  it("a good and a broken package together: exit 1, both reported", async () => {
    const run = await runCli(["validate", `dist/${ZIPS[0]}`, "truncated.zip"], dir);
    expect(run.code).toBe(EXIT_COURSE_ERROR);
    expect(run.stdout).toBe(`✓ dist/${ZIPS[0]}: SCORM 1.2, valid\n✗ truncated.zip: version unknown, 1 problem\n`);
  });

  it("a folder that is not a package, and a path that does not exist: exit 1", async () => {
    const run = await runCli(["validate", "fire", "missing.zip"], dir);
    expect(run.code).toBe(EXIT_COURSE_ERROR);
    expect(run.stderr).toMatch(/^fire: error CP601: .*imsmanifest\.xml/m);
    expect(run.stderr).toMatch(/^missing\.zip: error CP606: /m);
  });
});
