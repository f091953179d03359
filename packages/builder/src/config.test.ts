import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONFIG_DEFAULTS, resolveConfig } from "./config.ts";
import { tempDir, writeTree } from "./testing/folders.ts";

async function project(): Promise<string> {
  const root = await tempDir();
  await writeTree(root, { "courses/b-course/course.yaml": "{}", "courses/a-course/course.yaml": "{}", "courses/notes/readme.md": "not a course", "courses/loose.yaml": "{}" });
  return root;
}

describe("resolveConfig", () => {
  it("fills every default: courses found under courses/, dist, all three versions, no json, no watch", async () => {
    const root = await project();
    const result = await resolveConfig({ root });
    expect(result.ok && result.value).toEqual({
      root,
      courses: [path.join(root, "courses/a-course"), path.join(root, "courses/b-course")],
      out: path.join(root, "dist"),
      scorm: ["1.2", "2004-3", "2004-4"],
      json: false,
      watch: false,
    });
    expect(CONFIG_DEFAULTS.out).toBe("dist");
  });

  it("returns a read-only config", async () => {
    const result = await resolveConfig({ root: await project() });
    if (!result.ok) throw new Error("expected a config");
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.courses)).toBe(true);
    expect(Object.isFrozen(result.value.scorm)).toBe(true);
  });

  it("takes given values, resolves paths against the root, and orders SCORM versions canonically without duplicates", async () => {
    const root = await project();
    const result = await resolveConfig({ root, courses: ["profile.txt", "courses/b-course", "profile.txt"], out: "build/packages", scorm: ["2004-4", "1.2", "2004-4"], json: true, watch: true });
    expect(result.ok && result.value).toMatchObject({
      courses: [path.join(root, "profile.txt"), path.join(root, "courses/b-course")],
      out: path.join(root, "build/packages"),
      scorm: ["1.2", "2004-4"],
      json: true,
      watch: true,
    });
  });

  it("reports an unknown SCORM version with the valid ones in the hint", async () => {
    const result = await resolveConfig({ root: await project(), scorm: ["1.2", "2004"] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: "CP510", severity: "error", message: "`scorm`: unknown SCORM version `2004`" });
    expect(result.diagnostics[0]?.hint).toContain("`2004-3`");
  });

  it("reports an empty SCORM list", async () => {
    const result = await resolveConfig({ root: await project(), scorm: [] });
    expect(!result.ok && result.diagnostics.map((d) => d.code)).toEqual(["CP510"]);
  });

  it("reports that there is nothing to build when courses/ has no course", async () => {
    const result = await resolveConfig({ root: await tempDir() });
    expect(!result.ok && result.diagnostics.map((d) => d.code)).toEqual(["CP511"]);
  });

  it("refuses an output folder inside a course folder", async () => {
    const root = await project();
    const result = await resolveConfig({ root, courses: ["courses/a-course"], out: "courses/a-course/dist" });
    expect(!result.ok && result.diagnostics.map((d) => d.code)).toEqual(["CP512"]);
  });
});
