import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { BuildEvent, BuildOptions } from "./build-all.ts";
import { buildAll } from "./build-all.ts";
import { resolveConfig } from "./config.ts";
import type { UserConfig } from "./config.ts";
import { fakePlayer, fakeTools, sampleCourse, singleVariantCourse } from "./testing/fakes.ts";
import type { FakeToolsOptions } from "./testing/fakes.ts";
import { tempDir, writeTree } from "./testing/folders.ts";
import type { BuildTools, PlayerBundle } from "./tools.ts";
import type { ManifestCheck } from "./validate/validate-manifest.ts";

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

async function build(root: string, user: UserConfig = {}, tools: FakeToolsOptions = {}, options: BuildOptions = {}) {
  const config = await resolveConfig({ root, ...user });
  if (!config.ok) throw new Error(JSON.stringify(config.diagnostics));
  const events: BuildEvent[] = [];
  const report = await buildAll(config.value, { tools: fakeTools(tools), player: fakePlayer, onProgress: (e) => events.push(e), ...options });
  return { report, events, out: config.value.out };
}

/** Fake tools whose validator records each call's manifests as `course/variant/version`. */
function recording(calls: string[][], options: FakeToolsOptions = {}): BuildTools {
  const tools = fakeTools(options);
  const label = (c: ManifestCheck) => `${/course="([^"]*)"/.exec(c.xml)?.[1]}/${/variant="([^"]*)"/.exec(c.xml)?.[1]}/${c.version}`;
  return { ...tools, validateManifests: (checks) => (calls.push(checks.map(label)), tools.validateManifests(checks)) };
}

const contents = async (dir: string): Promise<Buffer[]> => Promise.all((await listing(dir)).map((f) => readFile(path.join(dir, f))));

const listing = async (dir: string): Promise<string[]> => (await readdir(dir).catch(() => [])).sort();

describe("buildAll", () => {
  it("writes one zip and one tracking sheet per package, a standards matrix per course and the catalogue", async () => {
    const { report, out } = await build(await project());
    expect(report.ok).toBe(true);
    expect(report.catalogue.map((f) => path.basename(f))).toEqual(["catalogue.html", "catalogue.csv"]);
    const csv = await readFile(path.join(out, "catalogue.csv"), "utf8");
    expect(csv.trim().split("\r\n")).toHaveLength(1 + 7);
    expect(await listing(out)).toEqual([
      "catalogue.csv", "catalogue.html",
      "key-working-1-day-scorm12.zip", "key-working-1-day-scorm12.zip.tracking.html",
      "key-working-1-day-scorm2004-3rd.zip", "key-working-1-day-scorm2004-3rd.zip.tracking.html",
      "key-working-1-day-scorm2004-4th.zip", "key-working-1-day-scorm2004-4th.zip.tracking.html",
      "key-working-2-3-days-scorm12.zip", "key-working-2-3-days-scorm12.zip.tracking.html",
      "key-working-2-3-days-scorm2004-3rd.zip", "key-working-2-3-days-scorm2004-3rd.zip.tracking.html",
      "key-working-2-3-days-scorm2004-4th.zip", "key-working-2-3-days-scorm2004-4th.zip.tracking.html",
      "key-working.standards.html",
      "relationships-scorm12.zip", "relationships-scorm12.zip.tracking.html",
      "relationships.standards.html",
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

  it.each([undefined, 1])("refuses a second course that would overwrite the first one's packages (courses per batch: %s)", async (coursesPerBatch) => {
    const root = await project({ "courses/zz-copy/course.yaml": json(singleVariantCourse({ id: "relationships", scorm: ["1.2"] })) });
    const { report } = await build(root, {}, {}, { coursesPerBatch });
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

describe("buildAll: one validation run per SCORM version", () => {
  it("checks every manifest of the build in one call per version, in course order", async () => {
    const calls: string[][] = [];
    const { report } = await build(await project(), {}, {}, { tools: recording(calls) });
    expect(report.ok).toBe(true);
    expect(calls).toEqual([
      ["key-working/1-day/1.2", "key-working/2-3-days/1.2", "relationships//1.2"],
      ["key-working/1-day/2004-3", "key-working/2-3-days/2004-3"],
      ["key-working/1-day/2004-4", "key-working/2-3-days/2004-4"],
    ]);
  });

  it("takes a large build in batches of courses: calls grow with batches, not packages, and the output is the same", async () => {
    const many = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`courses/c${i}/course.yaml`, json(singleVariantCourse({ id: `c${i}` }))]));
    const root = await project(many);
    const whole: string[][] = [];
    const first = await build(root, {}, {}, { tools: recording(whole) });
    const before = await contents(first.out);
    const batched: string[][] = [];
    const again = await build(root, {}, {}, { tools: recording(batched), coursesPerBatch: 3 });
    expect(whole.length).toBe(3);
    // Batches [c0 c1 c2] [c3 c4 key-working (two variants)] [relationships (1.2 only)]: one call per version in each.
    expect(batched.map((c) => c.length)).toEqual([3, 3, 3, 4, 4, 4, 1]);
    expect(batched.flat().sort()).toEqual(whole.flat().sort());
    expect(again.report.courses.map((c) => [c.source, c.ok, c.packages.map((p) => p.buildId)])).toEqual(first.report.courses.map((c) => [c.source, c.ok, c.packages.map((p) => p.buildId)]));
    const after = await contents(first.out);
    expect(after.length).toBe(before.length);
    after.forEach((bytes, i) => expect(bytes.equals(before[i]!)).toBe(true));
  });

  it("fails only the course with the bad manifest, and pins its diagnostics on that package", async () => {
    const bad = (xml: string) => xml.includes('course="key-working"') && xml.includes('variant="2-3-days"') && xml.includes('version="2004-3"');
    const { report, out } = await build(await project(), {}, { invalidManifest: bad });
    const [keyWorking, relationships] = report.courses;
    expect(keyWorking).toMatchObject({ ok: false, packages: [] });
    expect(keyWorking?.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ["CP601", "key-working-2-3-days-scorm2004-3rd.zip/imsmanifest.xml"],
      ["CP521", "key-working-2-3-days-scorm2004-3rd.zip"],
    ]);
    expect(relationships).toMatchObject({ ok: true, diagnostics: [] });
    expect(await listing(out)).toEqual(["catalogue.csv", "catalogue.html", "relationships-scorm12.zip", "relationships-scorm12.zip.tracking.html", "relationships.standards.html"]);
  });

  it("gives each package and course a part of the build's time: the parts add up to no more than the whole", async () => {
    const tools = fakeTools();
    const slow: BuildTools = { ...tools, validateManifests: async (checks) => (await new Promise((r) => setTimeout(r, 60)), tools.validateManifests(checks)) };
    const { report } = await build(await project(), {}, {}, { tools: slow });
    const packages = report.courses.flatMap((c) => c.packages);
    // The validation runs (60 ms each, side by side) are part of the packages' times...
    expect(packages.reduce((n, p) => n + p.ms, 0)).toBeGreaterThanOrEqual(59);
    for (const p of packages) expect(p.ms).toBeGreaterThan(0);
    // ...each course's time holds its packages' times, and the courses' times fit in the build's.
    for (const course of report.courses) expect(course.ms).toBeGreaterThanOrEqual(course.packages.reduce((n, p) => n + p.ms, 0));
    expect(report.courses.reduce((n, c) => n + c.ms, 0)).toBeLessThanOrEqual(report.ms);
  });
});

describe("buildAll: the player bundle", () => {
  it("reads the courses while the player is still building, and writes once it is built", async () => {
    const root = await project();
    let release: (bundle: PlayerBundle) => void = () => {};
    const player = new Promise<PlayerBundle>((resolve) => (release = resolve));
    const parsed: string[] = [];
    const tools = fakeTools();
    const watching: BuildTools = { ...tools, parseCourseSource: (source, file, options) => (parsed.push(file), tools.parseCourseSource(source, file, options)) };
    const config = await resolveConfig({ root });
    if (!config.ok) throw new Error("bad config");
    const building = buildAll(config.value, { tools: watching, player });
    for (let i = 0; i < 200 && parsed.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    expect(parsed).toEqual(["courses/key-working/course.yaml", "courses/relationships/course.yaml"]);
    expect(await listing(config.value.out)).toEqual([]);
    release(fakePlayer);
    expect((await building).ok).toBe(true);
    expect(await listing(config.value.out)).toHaveLength(14 + 2 + 2);
  });

  it("fails the build, writing nothing, when the player cannot be built", async () => {
    const root = await project();
    const config = await resolveConfig({ root });
    if (!config.ok) throw new Error("bad config");
    await expect(buildAll(config.value, { tools: fakeTools(), player: Promise.reject(new Error("vite failed")) })).rejects.toThrow("vite failed");
    expect(await listing(config.value.out)).toEqual([]);
  });
});
