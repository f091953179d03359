import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { BuildEvent } from "./build-all.ts";
import { buildAll } from "./build-all.ts";
import { resolveConfig } from "./config.ts";
import type { UserConfig } from "./config.ts";
import { fakePlayer, fakeTools, sampleCourse, singleVariantCourse } from "./testing/fakes.ts";
import type { FakeToolsOptions } from "./testing/fakes.ts";
import { tempDir, writeTree } from "./testing/folders.ts";

const json = (value: unknown): string => JSON.stringify(value);

async function project(extra: Record<string, string> = {}): Promise<string> {
  const root = await tempDir();
  await writeTree(root, {
    "courses/key-working/course.yaml": json(sampleCourse()),
    "courses/relationships/course.yaml": json(singleVariantCourse({ id: "relationships", scorm: ["1.2"] })),
    ...extra,
  });
  return root;
}

async function build(root: string, user: UserConfig = {}, tools: FakeToolsOptions = {}) {
  const config = await resolveConfig({ root, ...user });
  if (!config.ok) throw new Error(JSON.stringify(config.diagnostics));
  const events: BuildEvent[] = [];
  const report = await buildAll(config.value, { tools: fakeTools(tools), player: fakePlayer, onProgress: (e) => events.push(e) });
  return { report, events, out: config.value.out };
}

const listing = async (dir: string): Promise<string[]> => (await readdir(dir).catch(() => [])).sort();

describe("buildAll", () => {
  it("writes one zip and one tracking sheet per package of every course", async () => {
    const { report, out } = await build(await project());
    expect(report.ok).toBe(true);
    expect(await listing(out)).toEqual([
      "key-working-1-day-scorm12.zip", "key-working-1-day-scorm12.zip.tracking.html",
      "key-working-1-day-scorm2004-3rd.zip", "key-working-1-day-scorm2004-3rd.zip.tracking.html",
      "key-working-1-day-scorm2004-4th.zip", "key-working-1-day-scorm2004-4th.zip.tracking.html",
      "key-working-2-3-days-scorm12.zip", "key-working-2-3-days-scorm12.zip.tracking.html",
      "key-working-2-3-days-scorm2004-3rd.zip", "key-working-2-3-days-scorm2004-3rd.zip.tracking.html",
      "key-working-2-3-days-scorm2004-4th.zip", "key-working-2-3-days-scorm2004-4th.zip.tracking.html",
      "relationships-scorm12.zip", "relationships-scorm12.zip.tracking.html",
    ]);
  });

  it("reports each package's file, size, time and build id, and progress in order", async () => {
    const { report, events, out } = await build(await project());
    const pkg = report.courses[1]?.packages[0];
    expect(pkg).toMatchObject({ file: path.join(out, "relationships-scorm12.zip"), scorm: "1.2", variant: null });
    expect(pkg?.bytes).toBe((await stat(pkg!.file)).size);
    expect(pkg?.buildId).toMatch(/^[0-9a-f]{12}$/);
    expect(await readFile(pkg!.sheet, "utf8")).toContain(pkg!.buildId);
    expect(events.map((e) => e.type)).toEqual(["start", ...Array(6).fill("package"), "course", "package", "course"]);
    expect(events.at(-1)).toMatchObject({ type: "course", done: 2, total: 2 });
  });

  it("rebuilds byte-identical zips and sheets from the same sources", async () => {
    const root = await project();
    const first = await build(root);
    const before = await Promise.all((await listing(first.out)).map((f) => readFile(path.join(first.out, f))));
    await build(root);
    const after = await Promise.all((await listing(first.out)).map((f) => readFile(path.join(first.out, f))));
    expect(after.length).toBe(before.length);
    after.forEach((bytes, i) => expect(bytes.equals(before[i]!)).toBe(true));
  });

  it("keeps building the other courses when one fails, and writes nothing of the failed one", async () => {
    const root = await project({ "courses/broken/course.yaml": "{ not json" });
    const { report, out } = await build(root);
    expect(report.ok).toBe(false);
    const broken = report.courses.find((c) => c.source === "courses/broken");
    expect(broken).toMatchObject({ ok: false, courseId: null, packages: [] });
    expect(broken?.diagnostics[0]).toMatchObject({ code: "CP201", file: "courses/broken/course.yaml", line: 1 });
    expect(report.courses.filter((c) => c.ok).map((c) => c.courseId)).toEqual(["key-working", "relationships"]);
    expect((await listing(out)).some((f) => f.startsWith("broken"))).toBe(false);
  });

  it("writes nothing at all when every manifest fails validation", async () => {
    const { report, out } = await build(await project(), {}, { invalidManifest: true });
    expect(report.courses.every((c) => !c.ok && c.diagnostics.some((d) => d.code === "CP521"))).toBe(true);
    expect(await listing(out)).toEqual([]);
  });

  it("reports a missing asset and leaves the previous build's files as they were", async () => {
    const base = sampleCourse();
    const withImage = sampleCourse({ outcomes: [{ ...base.outcomes[0]!, content: [{ t: "img", src: "images/a.png", alt: "" }] }, base.outcomes[1]!] });
    const root = await project({ "courses/key-working/course.yaml": json(withImage), "courses/key-working/images/a.png": "PNG" });
    const first = await build(root, { courses: ["courses/key-working"] });
    const before = await Promise.all((await listing(first.out)).map((f) => readFile(path.join(first.out, f))));
    await rm(path.join(root, "courses/key-working/images/a.png"));
    const again = await build(root, { courses: ["courses/key-working"] });
    expect(again.report.ok).toBe(false);
    expect(again.report.courses[0]?.diagnostics.map((d) => d.code)).toEqual(["CP505"]);
    const after = await Promise.all((await listing(first.out)).map((f) => readFile(path.join(first.out, f))));
    expect(after).toEqual(before);
  });

  it("refuses a second course that would overwrite the first one's packages", async () => {
    const root = await project({ "courses/zz-copy/course.yaml": json(singleVariantCourse({ id: "relationships", scorm: ["1.2"] })) });
    const { report } = await build(root);
    const copy = report.courses.find((c) => c.source === "courses/zz-copy");
    const original = report.courses.find((c) => c.source === "courses/relationships");
    expect(copy?.diagnostics.map((d) => d.code)).toEqual(["CP522"]);
    expect(original?.ok).toBe(true);
  });

  it("warns, without failing, when a course allows none of the versions being built", async () => {
    const { report } = await build(await project(), { courses: ["courses/relationships"], scorm: ["2004-4"] });
    expect(report.ok).toBe(true);
    expect(report.courses[0]?.packages).toEqual([]);
    expect(report.courses[0]?.diagnostics).toMatchObject([{ code: "CP520", severity: "warning" }]);
  });

  it("builds a profile .txt directly", async () => {
    const root = await project({ "profiles/imported.txt": "imported-course\nCourse Profile" });
    const { report } = await build(root, { courses: ["profiles/imported.txt"], scorm: ["1.2"] });
    expect(report.courses[0]?.packages.map((p) => path.basename(p.file))).toEqual(["imported-course-1-day-scorm12.zip", "imported-course-2-3-days-scorm12.zip"]);
  });
});
