import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CourseReport } from "./build-course.ts";
import { resolveConfig } from "./config.ts";
import { fakePlayer, fakeTools, singleVariantCourse } from "./testing/fakes.ts";
import { tempDir, writeTree } from "./testing/folders.ts";
import type { BuildWatcher } from "./watch.ts";
import { watchBuild } from "./watch.ts";

const json = (value: unknown): string => JSON.stringify(value);
let watcher: BuildWatcher | null = null;
afterEach(() => watcher?.close());

async function start() {
  const root = await tempDir();
  await writeTree(root, {
    "courses/a/course.yaml": json(singleVariantCourse({ id: "a", scorm: ["1.2"] })),
    "courses/b/course.yaml": json(singleVariantCourse({ id: "b", scorm: ["1.2"] })),
  });
  const config = await resolveConfig({ root, watch: true });
  if (!config.ok) throw new Error("config");
  const reports: CourseReport[] = [];
  watcher = await watchBuild(config.value, (r) => reports.push(r), { tools: fakeTools(), player: fakePlayer, debounceMs: 80 });
  return { root, reports, out: config.value.out, watcher };
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("watchBuild", () => {
  it("builds every course once at the start", async () => {
    const { reports, out } = await start();
    expect(reports.map((r) => [r.courseId, r.ok])).toEqual([["a", true], ["b", true]]);
    expect((await readdir(out)).sort()).toEqual(["a-scorm12.zip", "a-scorm12.zip.tracking.html", "a.standards.html", "b-scorm12.zip", "b-scorm12.zip.tracking.html", "b.standards.html"]);
  });

  it("rebuilds only the course that changed, once for a burst of writes", async () => {
    const { root, reports, watcher: w } = await start();
    const file = path.join(root, "courses/b/course.yaml");
    for (const title of ["B1", "B2", "B3"]) await writeFile(file, json(singleVariantCourse({ id: "b", title, scorm: ["1.2"] })));
    await until(() => reports.length >= 3);
    await w.idle();
    expect(reports.slice(2).map((r) => r.courseId)).toEqual(["b"]);
  });

  it("reports a broken save, then the fix", async () => {
    const { root, reports, watcher: w } = await start();
    const file = path.join(root, "courses/a/course.yaml");
    await writeFile(file, "{ oops");
    await until(() => reports.length >= 3);
    await w.idle();
    expect(reports[2]).toMatchObject({ courseId: null, ok: false });
    await writeFile(file, json(singleVariantCourse({ id: "a", scorm: ["1.2"] })));
    await until(() => reports.length >= 4);
    expect(reports[3]).toMatchObject({ courseId: "a", ok: true });
  });
});
