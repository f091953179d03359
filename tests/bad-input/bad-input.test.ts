/**
 * Bad input (issue 7): every case in cases.ts, given to `build`, `inspect` (and `import` for profiles), must
 * give its diagnostic naming the file (and line:col where there is one) with its stable code and a hint, exit 1,
 * print no stack trace, and write nothing to the output folder. Every case runs through main() in process;
 * a representative set, and all cases at once, run through the real bin as child processes.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from "vitest";
import { CASES, PROFILE_CASES, type BadInput } from "./cases.ts";
import { filesIn, findDiagnostic, limit, makeWorkspace, runChild, runInProcess, stackTraceIn, type Run } from "./run.ts";

let ws = "";
beforeAll(async () => {
  ws = await makeWorkspace(CASES);
});
afterAll(async () => {
  if (ws) await rm(ws, { recursive: true, force: true });
});

/** What every refused input must show, whichever command was run. */
function expectRefused(check: ExpectStatic, run: Run, c: BadInput): void {
  const output = `${run.stderr}${run.stdout}`;
  check(stackTraceIn(output), output).toBeNull();
  const diagnostic = findDiagnostic(run.stderr, c.expected);
  check(diagnostic, `no \`${c.expected.file}…: error ${c.expected.code}\` with a hint in:\n${run.stderr}`).not.toBeNull();
  if (c.expected.says) check(diagnostic).toMatch(c.expected.says);
  check(run.code, output).toBe(1);
}

let outs = 0;
const freshOut = (): string => path.join(ws, "out", String(++outs));

it("the corpus has at least 40 cases, each named once", () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  expect(new Set(CASES.map((c) => c.input)).size).toBe(CASES.length);
});

describe.each(CASES)("$name", (c) => {
  it("build: refused with its diagnostic, nothing written", async () => {
    const out = freshOut();
    expectRefused(expect, await runInProcess(ws, ["build", c.input, "--out", out]), c);
    expect(await filesIn(out)).toEqual([]);
  });

  it("inspect: refused with its diagnostic, no model printed", async () => {
    const run = await runInProcess(ws, ["inspect", c.input, "--json"]);
    expectRefused(expect, run, c);
    expect(run.stdout).toBe("");
  });
});

describe.each(PROFILE_CASES)("import $name", (c) => {
  it("refused with its diagnostic, no course folder written", async () => {
    const out = freshOut();
    expectRefused(expect, await runInProcess(ws, ["import", c.input, "--out", out]), c);
    expect(await filesIn(out)).toEqual([]);
  });
});

describe("through the real CLI (child processes)", () => {
  const two = limit(2);
  const runs = CASES.filter((c) => c.child).flatMap((c) => [
    { c, command: "build" },
    { c, command: "inspect" },
  ]);

  it("covers a representative dozen", () => {
    expect(new Set(runs.map((r) => r.c)).size).toBeGreaterThanOrEqual(12);
  });

  it.concurrent.for(runs)("$command $c.name", async ({ c, command }, { expect: check }) => {
    const out = freshOut();
    const args = command === "build" ? ["build", c.input, "--out", out] : ["inspect", c.input];
    expectRefused(check, await two(() => runChild(ws, args)), c);
    check(await filesIn(out)).toEqual([]);
  });
});

describe("many courses in one build", () => {
  it("every bad input at once: each diagnostic, exit 1, nothing written", async () => {
    const out = freshOut();
    const run = await runChild(ws, ["build", ...CASES.map((c) => c.input), "--out", out]);
    for (const c of CASES) expect.soft(findDiagnostic(run.stderr, c.expected), c.name).not.toBeNull();
    expect(stackTraceIn(run.stderr + run.stdout)).toBeNull();
    expect(run.code).toBe(1);
    expect(await filesIn(out)).toEqual([]);
  });

  it("one good and one broken course: exit 1, the good course's packages written, nothing of the broken one", async () => {
    const out = freshOut();
    const run = await runChild(ws, ["build", "mixed/good-course", "mixed/broken-course", "--out", out]);
    expect(stackTraceIn(run.stderr + run.stdout)).toBeNull();
    expect(run.stderr).toMatch(/^mixed\/broken-course\/course\.yaml:14:5: error CP406: /m);
    expect(run.stderr).toContain("✗ mixed/broken-course: not built");
    expect(run.stdout).toContain("✓ good-course");
    expect(run.code).toBe(1);
    const zips = ["good-course-scorm12.zip", "good-course-scorm2004-3rd.zip", "good-course-scorm2004-4th.zip"];
    // The catalogue lists what was built; the broken course has no matrix, no zip, no sheet.
    const files = [...zips.flatMap((z) => [z, `${z}.tracking.html`]), "good-course.standards.html", "catalogue.html", "catalogue.csv"];
    expect(await filesIn(out)).toEqual(files.sort());
  });
});
