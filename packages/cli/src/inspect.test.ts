import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT_COURSE_ERROR, EXIT_OK } from "./io.ts";
import { PROFILES, REPO, runCli, tempDir } from "./testing/run-cli.ts";

const KEY_WORKING = path.join(PROFILES, "key-working.txt");

interface InspectedOutcome {
  id: string;
  text: string;
  days: number[];
}

describe("inspect --json of the key-working profile (issue 2, How it is checked)", () => {
  let model: Record<string, unknown> & { outcomes: InspectedOutcome[] };
  let stderr = "";
  beforeAll(async () => {
    const run = await runCli(["inspect", KEY_WORKING, "--json"], REPO);
    expect(run.code).toBe(EXIT_OK);
    model = JSON.parse(run.stdout);
    stderr = run.stderr;
  });

  it("prints nothing but the model: stdout is one JSON document, no diagnostics", () => {
    expect(stderr).toBe("");
    expect(model.id).toBe("key-working");
  });

  it("title, duration with its day counts, audience", () => {
    expect(model.title).toBe("Key Working");
    expect(model.duration).toEqual({ label: "1-3 Days", days: [1, 2, 3] });
    expect(model.audience).toBe("Health & Support staff working in a range of settings and with diverse service user groups and needs.");
  });

  it("29 outcomes with unique ids, one of them only in the 2 and 3 day courses", () => {
    expect(model.outcomes).toHaveLength(29);
    expect(new Set(model.outcomes.map((o) => o.id)).size).toBe(29);
    for (const o of model.outcomes) expect(o).toMatchObject({ id: expect.stringMatching(/^[a-z][a-z0-9-]*$/), text: expect.any(String) });
    const limited = model.outcomes.filter((o) => o.days.join() !== "1,2,3");
    expect(limited).toEqual([expect.objectContaining({ text: "Basic listening skills", days: [2, 3] })]);
    expect(model.outcomes[0]).toMatchObject({ text: "What is a key worker", days: [1, 2, 3] });
    expect(model.outcomes.at(-1)?.text).toBe("How to end the relationship in a healthy way");
  });

  it("frameworks and methods as written", () => {
    expect(model.frameworks).toEqual([
      { name: "Care certificate", refs: ["1"] },
      { name: "QCF", refs: ["HSC 025"] },
    ]);
    expect(model.methods).toEqual([
      "Presentations", "Role-play", "Trust exercises", "Word-storming", "Feedback", "Discussion",
      "Tutor presentations", "PowerPoint", "Group work", "DVD", "Handouts",
    ]);
  });

  it("statements kept as written, curly quotes included", () => {
    expect(model.statements).toContain("The course will help organisations to meet the CQC Fundamental Standards.");
    expect(model.outcomes.map((o) => o.text)).toContain(
      "How to maintain a healthy relationship, that the relationship is not personal and that the key worker does not ‘own’ the service user",
    );
  });
});

describe("inspect without --json: a readable summary", () => {
  it("of the key-working profile", async () => {
    const run = await runCli(["inspect", KEY_WORKING], REPO);
    expect(run.code).toBe(EXIT_OK);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Key Working (key-working)");
    expect(lines).toContain("Duration:    1-3 Days (days: 1, 2, 3)");
    expect(lines).toContain("Standards:   Care certificate: 1; QCF: HSC 025");
    expect(lines).toContain("Outcomes:    29 (1 only in some course lengths)");
    expect(lines).toContain("  17. Basic listening skills (days 2, 3 only)  [basic-listening-skills]");
    expect(lines).toContain("Variants:    1-day (28 outcomes), 2-3-days (29 outcomes)");
    expect(lines.filter((l) => /^ {2}\d{2}\. /.test(l) || /^ {3}\d\. /.test(l))).toHaveLength(29);
  });

  it("of an authored course folder: questions and assessment", async () => {
    const run = await runCli(["inspect", "courses/key-working"], REPO);
    expect(run.code).toBe(EXIT_OK);
    expect(run.stdout).toMatch(/^Questions: {3}[1-9]\d*$/m);
    expect(run.stdout).toMatch(/^Assessment: {2}pass mark \d+%/m);
  });
});

describe("inspect of a course with warnings or errors", () => {
  const COURSE = "title: Fire Safety\nduration: 1 Day\ndescription: []\noutcomes:\n  - id: how-fires-start\n    text: How fires start\n";
  const TWO_OUTCOMES = `${COURSE}  - id: raising-the-alarm\n    text: Raising the alarm\n`;
  const QUESTION = "questions:\n  - id: q1\n    outcome: how-fires-start\n    type: true-false\n    prompt: A fire needs oxygen.\n    answer: true\n    feedback: {correct: Yes., incorrect: It does.}\n";

  it("warnings go to stderr, so stdout stays valid JSON, and the exit code is 0", async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, "fire"));
    await writeFile(path.join(dir, "fire", "course.yaml"), TWO_OUTCOMES + QUESTION);
    const run = await runCli(["inspect", "fire", "--json"], dir);
    expect(run.code).toBe(EXIT_OK);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: "fire-safety", questions: [{ id: "q1", outcomeId: "how-fires-start" }] });
    expect(run.stderr).toMatch(/^fire\/course\.yaml:7:\d+: warning CP417: outcome `raising-the-alarm` has no question/m);
  });

  it("errors: exit 1, every diagnostic on stderr with file:line:col, nothing on stdout", async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, "fire"));
    await writeFile(path.join(dir, "fire", "course.yaml"), COURSE.replace("title:", "titel:") + QUESTION.replace("how-fires-start", "how-fire-starts"));
    const run = await runCli(["inspect", "fire"], dir);
    expect(run.code).toBe(EXIT_COURSE_ERROR);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^fire\/course\.yaml:1:1: error CP301: unknown key `titel`\n {2}hint: did you mean `title`\?$/m);
    expect(run.stderr).toMatch(/^fire\/course\.yaml:9:\d+: error CP405: no outcome has the id `how-fire-starts`$/m);
    // The question names no outcome, so its outcome has no question: a warning, counted apart.
    expect(run.stderr).toMatch(/^fire\/course\.yaml:5:9: warning CP417: /m);
    expect(run.stderr.trimEnd().split("\n").at(-1)).toBe("2 errors, 1 warning");
  });
});
