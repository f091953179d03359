import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SCHEMA_COMMENT } from "@coursepack/course-model";
import { EXIT_COURSE_ERROR, EXIT_OK } from "./io.ts";
import { PROFILES, runCli, tempDir } from "./testing/run-cli.ts";

const KEY_WORKING = path.join(PROFILES, "key-working.txt");

describe("import", () => {
  it("writes <out>/<id>/course.yaml, schema line first, and says what to do next", async () => {
    const out = await tempDir();
    const run = await runCli(["import", KEY_WORKING, "--out", out], out);
    expect(run).toMatchObject({ code: EXIT_OK, stderr: "" });
    expect(run.stdout).toBe("Wrote key-working/course.yaml: 29 outcomes. Next: add content and questions to each outcome.\n");
    expect(await readdir(out, { recursive: true })).toEqual(["key-working", path.join("key-working", "course.yaml")]);
    const yaml = await readFile(path.join(out, "key-working", "course.yaml"), "utf8");
    expect(yaml.split("\n")[0]).toBe(SCHEMA_COMMENT);
    expect(yaml).toMatch(/^title: Key Working$/m);
  });

  it("writes under courses/ of the working folder by default", async () => {
    const cwd = await tempDir();
    const run = await runCli(["import", KEY_WORKING], cwd);
    expect(run.code).toBe(EXIT_OK);
    expect(await readdir(path.join(cwd, "courses", "key-working"))).toEqual(["course.yaml"]);
  });

  it("refuses to replace an existing course.yaml without --force, and replaces it with --force", async () => {
    const out = await tempDir();
    const file = path.join(out, "key-working", "course.yaml");
    expect((await runCli(["import", KEY_WORKING, "--out", out], out)).code).toBe(EXIT_OK);
    await writeFile(file, "# an author's edits\n");

    const again = await runCli(["import", KEY_WORKING, "--out", out], out);
    expect(again.code).toBe(EXIT_COURSE_ERROR);
    expect(again.stdout).toBe("");
    expect(again.stderr).toBe(
      "key-working/course.yaml: error CP531: the course already exists\n  hint: edit it, or run import again with --force to replace it\n",
    );
    expect(await readFile(file, "utf8")).toBe("# an author's edits\n");
    expect(await readdir(path.dirname(file))).toEqual(["course.yaml"]);

    const forced = await runCli(["import", KEY_WORKING, "--out", out, "--force"], out);
    expect(forced.code).toBe(EXIT_OK);
    expect(await readFile(file, "utf8")).toMatch(/^title: Key Working$/m);
  });

  it.each(["key-working", "relationships-with-service-users"])(
    "%s: importing then inspecting the written folder gives the same model as inspecting the profile",
    async (name) => {
      const out = await tempDir();
      const profile = path.join(PROFILES, `${name}.txt`);
      expect((await runCli(["import", profile, "--out", out], out)).code).toBe(EXIT_OK);
      const direct = await runCli(["inspect", profile, "--json"], out);
      const roundTrip = await runCli(["inspect", name, "--json"], out);
      expect(roundTrip.code).toBe(EXIT_OK);
      expect(roundTrip.stderr).toBe(direct.stderr);
      expect(JSON.parse(roundTrip.stdout)).toEqual(JSON.parse(direct.stdout));
    },
  );

  it("a profile that cannot be read: exit 1, its diagnostic, no folder written", async () => {
    const out = await tempDir();
    await writeFile(path.join(out, "notes.txt"), "Some notes about fire safety, not a course profile.\n");
    const run = await runCli(["import", "notes.txt", "--out", "courses"], out);
    expect(run.code).toBe(EXIT_COURSE_ERROR);
    expect(run.stderr).toMatch(/^notes\.txt:1: error CP105: /m);
    expect(await readdir(out)).toEqual(["notes.txt"]);
  });

  it("an output folder that cannot be written is a diagnostic, not a crash", async () => {
    const cwd = await tempDir();
    // A file where the output folder should be: mkdir fails with ENOTDIR, as it would for a full or read-only disk.
    await writeFile(path.join(cwd, "courses"), "");
    const run = await runCli(["import", KEY_WORKING], cwd);
    expect(run.code).toBe(EXIT_COURSE_ERROR);
    expect(run.stderr).toMatch(/^courses\/key-working\/course\.yaml: error CP530: /m);
    expect(await readdir(cwd)).toEqual(["courses"]);
  });
});
