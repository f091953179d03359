import { readdir } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT_OK, EXIT_USAGE } from "./io.ts";
import { runCli, tempDir } from "./testing/run-cli.ts";

let cwd = "";
beforeAll(async () => {
  cwd = await tempDir();
});

describe("usage errors exit 2 and say what was wrong", () => {
  it.each([
    ["an unknown command", ["frobnicate"], /unknown command 'frobnicate'/],
    ["an unknown option", ["build", "--frob"], /unknown option '--frob'/],
    ["an option without its value", ["build", "courses/x", "--out"], /option '--out <folder>' argument missing/],
    ["a missing argument to inspect", ["inspect"], /missing required argument 'course'/],
    ["a missing argument to import", ["import"], /missing required argument 'profile'/],
    ["a missing argument to validate", ["validate"], /missing required argument 'packages'/],
    ["too many arguments", ["inspect", "a.txt", "b.txt"], /too many arguments for 'inspect'/],
  ])("%s", async (_, args, says) => {
    const run = await runCli(args, cwd);
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stderr).toMatch(says);
    expect(run.stderr).toContain("(run `coursepack --help` for usage)");
    expect(run.stdout).toBe("");
  });

  it.each([
    ["an unknown --scorm version", ["build", "courses/x", "--scorm", "1.2,1.3"], /^config: error CP510: `scorm`: unknown SCORM version `1\.3`$/m],
    ["an empty --scorm list", ["build", "courses/x", "--scorm", ","], /^config: error CP510: `scorm`: no SCORM version to build$/m],
    ["--out inside the course folder", ["build", "courses/x", "--out", "courses/x/dist"], /^config: error CP512: `out`: /m],
    ["nothing to build", ["build"], /^config: error CP511: `courses`: no courses to build$/m],
  ])("%s: a config diagnostic with a hint, nothing built", async (_, args, says) => {
    const run = await runCli(args, cwd);
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stderr).toMatch(says);
    expect(run.stderr).toMatch(/^ {2}hint: \S/m);
    expect(run.stdout).toBe("");
    expect(await readdir(cwd)).toEqual([]);
  });

  it("no command at all prints the usage and exits 2", async () => {
    const run = await runCli([], cwd);
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stdout + run.stderr).toContain("Usage: coursepack [options] [command]");
  });
});

describe("help and version exit 0", () => {
  it("--version prints the version on stdout", async () => {
    expect(await runCli(["--version"], cwd)).toEqual({ code: EXIT_OK, stdout: "0.1.0\n", stderr: "" });
  });

  it("--help lists every command", async () => {
    const run = await runCli(["--help"], cwd);
    expect(run.code).toBe(EXIT_OK);
    for (const command of ["build", "validate", "import", "inspect"]) expect(run.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, "m"));
  });

  it("a command's --help shows its options", async () => {
    const run = await runCli(["build", "--help"], cwd);
    expect(run.code).toBe(EXIT_OK);
    for (const option of ["--scorm <versions>", "--out <folder>", "--watch", "--json"]) expect(run.stdout).toContain(option);
  });
});
