import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { parseCourseSource } from "@coursepack/course-model";
import { encodeProgress } from "@coursepack/tracking";
import type { Io } from "../io.ts";
import { main } from "../main.ts";
import { decodeCommand } from "./decode.ts";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const courseDir = join(root, "courses/relationships-with-service-users");
const parsed = parseCourseSource(readFileSync(join(courseDir, "course.yaml")), "course.yaml");
if (!parsed.ok) throw new Error("the course does not parse");
const course = parsed.value;
const saved = encodeProgress(course, {
  sectionsDone: [course.outcomes[0]?.id ?? ""],
  answers: { "q-professionalism-meaning": ["b"] },
  attemptsUsed: 0, submitted: false, completed: false, success: "unknown", bestCorrect: null, bestOutcomeCorrect: {},
});

function bufferIo(cwd = root): Io & { stdout: string; stderr: string } {
  const io = { stdout: "", stderr: "", tty: false, cwd, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

describe("coursepack decode", () => {
  it("prints a suspend_data value in plain words, named by the course, exit 0", async () => {
    const io = bufferIo();
    expect(await main(["decode", saved, "--course", "courses/relationships-with-service-users"], io)).toBe(0);
    expect(io.stdout).toContain("Course:       Relationships with Service Users");
    expect(io.stdout).toContain("Sections:     1 of 16 done");
    expect(io.stdout).toMatch(/\[q-professionalism-meaning\]\n\s+chose b ".+": wrong/);
    expect(io.stderr).toBe("");
  });

  it("reads an exported file and says how to get names when no course is given", async () => {
    const dir = mkdtempSync(join(tmpdir(), "decode-"));
    writeFileSync(join(dir, "export.json"), JSON.stringify({ cmi: { suspend_data: saved, core: { lesson_location: "welcome", lesson_status: "incomplete" } } }));
    const io = bufferIo(dir);
    const code = await main(["decode", "export.json"], io);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    expect(io.stdout).toContain("read from a JSON export of the LMS's data");
    expect(io.stdout).toContain("Bookmark:     welcome (the welcome page)");
    expect(io.stdout).toContain("Add --course");
  });

  it("prints the result as JSON with --json, garbage included", async () => {
    const io = bufferIo();
    expect(await main(["decode", saved, "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ ok: true, report: { match: "no-course", sections: { total: 16 } } });
    const bad = bufferIo();
    expect(await main(["decode", "v1|abc", "--json"], bad)).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, problem: { message: expect.stringContaining("cut short") } });
  });

  it("refuses garbage with what was expected and what was found, exit 1, no stack trace", async () => {
    const io = bufferIo();
    expect(await main(["decode", "Qm9va21hcmsgcGFnZSAxMg=="], io)).toBe(1);
    expect(io.stdout).toBe("");
    expect(io.stderr).toContain("coursepack decode: cannot read this progress data: this is not coursepack progress data");
    expect(io.stderr).toContain("expected: coursepack suspend data (it starts with `v1|`)");
    expect(io.stderr).toContain('found:    "Qm9va21hcmsgcGFnZSAxMg==" (24 characters)');
    expect(io.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it("names a missing export file and a missing course", async () => {
    const io = bufferIo();
    expect(await main(["decode", "missing.json"], io)).toBe(1);
    expect(io.stderr).toBe("coursepack decode: file not found: `missing.json`\n");
    const noCourse = bufferIo();
    expect(await main(["decode", saved, "--course", "nowhere"], noCourse)).toBe(1);
    expect(noCourse.stderr).toContain("course not found: `nowhere`");
  });

  it("reads standard input for -", async () => {
    const io = bufferIo();
    let code = -1;
    const program = new Command().exitOverride();
    decodeCommand(async () => new TextEncoder().encode(`${saved}\n`))(program, io, (c) => (code = c));
    await program.parseAsync(["decode", "-"], { from: "user" });
    expect(code).toBe(0);
    expect(io.stdout).toContain("Sections:     1 of 16 done");
  });
});
