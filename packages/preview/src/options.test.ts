import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PREVIEW_CODES, PREVIEW_DEFAULTS, resolvePreviewOptions } from "./index.ts";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const COURSE = "courses/relationships-with-service-users";

describe("resolvePreviewOptions", () => {
  let empty: string;
  beforeAll(async () => {
    empty = await mkdtemp(path.join(tmpdir(), "preview-options-"));
  });
  afterAll(() => rm(empty, { recursive: true, force: true }));

  test("defaults: this computer only (127.0.0.1), any free port, SCORM 1.2", async () => {
    const resolved = await resolvePreviewOptions({ root: REPO, course: COURSE });
    expect(resolved).toMatchObject({ ok: true, warnings: [], value: { host: "127.0.0.1", port: 0, scorm: "1.2", course: path.join(REPO, COURSE) } });
    expect(PREVIEW_DEFAULTS.host).toBe("127.0.0.1");
  });

  test("a port given as text (from the command line) is read as a number", async () => {
    const resolved = await resolvePreviewOptions({ root: REPO, course: COURSE, port: "8123", scorm: "2004-4" });
    expect(resolved).toMatchObject({ ok: true, value: { port: 8123, scorm: "2004-4" } });
  });

  test("0.0.0.0 only when asked for, and then with a warning that the network can see it", async () => {
    const resolved = await resolvePreviewOptions({ root: REPO, course: COURSE, host: "0.0.0.0" });
    expect(resolved.ok && resolved.value.host).toBe("0.0.0.0");
    expect(resolved.ok && resolved.warnings.map((w) => w.code)).toEqual([PREVIEW_CODES.exposed]);
  });

  test.each([
    [{ port: "80a" }, PREVIEW_CODES.badPort],
    [{ port: 70000 }, PREVIEW_CODES.badPort],
    [{ host: "my laptop" }, PREVIEW_CODES.badHost],
    [{ scorm: "2004" }, PREVIEW_CODES.badScorm],
    [{ course: "courses/nope" }, PREVIEW_CODES.notACourse],
    [{ course: "README.md" }, PREVIEW_CODES.notACourse],
  ])("%o is refused with %s and a hint", async (given, code) => {
    const resolved = await resolvePreviewOptions({ root: REPO, course: COURSE, ...given });
    expect(resolved.ok).toBe(false);
    if (resolved.ok) return;
    expect(resolved.diagnostics.map((d) => d.code)).toEqual([code]);
    expect(resolved.diagnostics[0]!.hint).toBeTruthy();
  });

  test("no course named: the folder itself if it is a course, else the only one in courses/, else ask", async () => {
    expect(await resolvePreviewOptions({ root: path.join(REPO, COURSE) })).toMatchObject({ ok: true, value: { course: path.join(REPO, COURSE) } });
    const several = await resolvePreviewOptions({ root: REPO });
    expect(several.ok ? null : several.diagnostics[0]).toMatchObject({ code: PREVIEW_CODES.whichCourse, hint: expect.stringContaining(COURSE) });
    await mkdir(path.join(empty, "courses", "one"), { recursive: true });
    await writeFile(path.join(empty, "courses", "one", "course.yaml"), "title: x\n");
    expect(await resolvePreviewOptions({ root: empty })).toMatchObject({ ok: true, value: { course: path.join(empty, "courses", "one") } });
  });
});
