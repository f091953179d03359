import { mkdir, symlink } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { courseFiles, displayPath, findCourses, loadCourse, openCourse } from "./load-course.ts";
import { fakeTools, sampleCourse } from "./testing/fakes.ts";
import { tempDir, writeTree } from "./testing/folders.ts";

const json = (value: unknown): string => JSON.stringify(value);

async function project(): Promise<string> {
  const root = await tempDir();
  await writeTree(root, {
    "courses/key-working/course.yaml": json(sampleCourse({ branding: { ...sampleCourse().branding, logo: "images/logo.png" } })),
    "courses/key-working/images/logo.png": "PNG",
    "courses/empty/readme.md": "no course here",
    "courses/broken/course.yaml": "{ not json",
    "profiles/relationships.txt": "relationships-with-service-users\nCourse Profile",
    "secret.txt": "outside",
  });
  return root;
}

describe("openCourse", () => {
  it("reads a course folder's course.yaml and names it relative to the root", async () => {
    const root = await project();
    const tools = fakeTools();
    const parse = vi.spyOn(tools, "parseCourseSource");
    const result = await openCourse("courses/key-working", tools, root);
    expect(result.ok && result.value.course.id).toBe("key-working");
    expect(result.ok && result.value.file).toBe("courses/key-working/course.yaml");
    expect(parse.mock.calls[0]?.[1]).toBe("courses/key-working/course.yaml");
    expect(parse.mock.calls[0]?.[0]).toBeInstanceOf(Uint8Array);
  });

  it("accepts the course.yaml itself", async () => {
    const root = await project();
    const result = await openCourse(path.join(root, "courses/key-working/course.yaml"), fakeTools(), root);
    expect(result.ok && result.value.file).toBe("courses/key-working/course.yaml");
  });

  it("imports a profile .txt in memory", async () => {
    const root = await project();
    const tools = fakeTools();
    const importProfile = vi.spyOn(tools, "importProfile");
    const result = await openCourse("profiles/relationships.txt", tools, root);
    expect(result.ok && result.value.course.id).toBe("relationships-with-service-users");
    expect(importProfile.mock.calls[0]?.[1]).toBe("profiles/relationships.txt");
  });

  it("passes the parser's diagnostics through", async () => {
    const result = await openCourse("courses/broken", fakeTools(), await project());
    expect(!result.ok && result.diagnostics[0]).toMatchObject({ code: "CP201", file: "courses/broken/course.yaml" });
  });

  it("gives the parser an assetExists confined to the course folder", async () => {
    const root = await project();
    await writeTree(root, { "courses/escape/course.yaml": json(sampleCourse({ branding: { ...sampleCourse().branding, logo: "../../secret.txt" } })) });
    const result = await openCourse("courses/escape", fakeTools(), root);
    expect(!result.ok && result.diagnostics[0]?.code).toBe("CP420");
  });

  it.each([
    ["a missing path", "courses/nope", "CP501", "course not found: `courses/nope`"],
    ["a folder without course.yaml", "courses/empty", "CP502", "`courses/empty` is not a course: it has no course.yaml"],
    ["a file that is not a course", "courses/empty/readme.md", "CP502", "`courses/empty/readme.md` is not a course"],
  ])("reports %s", async (_what, source, code, message) => {
    const result = await openCourse(source, fakeTools(), await project());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code, message, severity: "error" });
    expect(result.diagnostics[0]?.hint).toBeTruthy();
  });
});

describe("loadCourse", () => {
  it("reads a course with the course model's own readers by default, naming files relative to the working directory", async () => {
    const root = await project();
    await writeTree(root, { "courses/real/course.yaml": "title: x\n" });
    const bad = await loadCourse(path.join(root, "courses/real"), { root });
    expect(!bad.ok && bad.diagnostics.every((d) => d.file === "courses/real/course.yaml")).toBe(true);
    await writeTree(root, { "fire.txt": "Course Profile: Fire Safety (1 Day)\nWhat every worker needs to know.\nLearning outcomes\n• How fires start\n" });
    const profile = await loadCourse(path.join(root, "fire.txt"));
    expect(profile.ok && profile.value.id).toBe("fire-safety");
  });

  it("returns the course itself, and fake readers can stand in", async () => {
    const root = await project();
    const result = await loadCourse("courses/key-working", { root, readers: fakeTools() });
    expect(result.ok && result.value.title).toBe("Key Working");
  });
});

describe("courseFiles", () => {
  async function files() {
    const root = await project();
    const course = path.join(root, "courses/key-working");
    await mkdir(path.join(course, "links"));
    await symlink(path.join(root, "secret.txt"), path.join(course, "links/secret.txt"));
    await symlink(path.join(root, "profiles"), path.join(course, "links/profiles"));
    await symlink(path.join(course, "images/logo.png"), path.join(course, "links/logo.png"));
    return courseFiles(course);
  }

  it.each([
    ["images/logo.png", true],
    ["./images/logo.png", true],
    ["images/../images/logo.png", true],
    ["links/logo.png", true],
    ["images/missing.png", false],
    ["images", false],
    ["../../secret.txt", false],
    ["../key-working/images/logo.png", false],
    ["links/secret.txt", false],
    ["links/profiles/relationships.txt", false],
    ["images\\logo.png", false],
    ["https://example.com/logo.png", false],
    ["C:/logo.png", false],
    ["", false],
  ])("assetExists(%j) is %s", async (rel, expected) => {
    expect((await files()).assetExists(rel)).toBe(expected);
  });

  it("refuses absolute paths, even to a file inside the folder", async () => {
    const f = await files();
    expect(f.assetExists(path.join(f.dir, "images/logo.png"))).toBe(false);
  });

  it("reads an asset inside the folder", async () => {
    const result = await (await files()).readAsset("images/logo.png", "course.yaml");
    expect(result.ok && new TextDecoder().decode(result.value)).toBe("PNG");
  });

  it("never reads outside the folder: CP504 for an escape, CP505 for a missing file", async () => {
    const f = await files();
    const outside = await f.readAsset("links/secret.txt", "courses/key-working/course.yaml");
    const missing = await f.readAsset("images/gone.png", "courses/key-working/course.yaml");
    expect(!outside.ok && outside.diagnostics[0]).toMatchObject({ code: "CP504", file: "courses/key-working/course.yaml" });
    expect(!missing.ok && missing.diagnostics[0]?.code).toBe("CP505");
  });
});

describe("findCourses and displayPath", () => {
  it("finds folders with a course.yaml, sorted, and nothing in a missing folder", async () => {
    const root = await project();
    expect(await findCourses(path.join(root, "courses"))).toEqual([path.join(root, "courses/broken"), path.join(root, "courses/key-working")]);
    expect(await findCourses(path.join(root, "nope"))).toEqual([]);
  });

  it("shows paths relative to the root when inside it", () => {
    expect(displayPath("/p/courses/a/course.yaml", "/p")).toBe("courses/a/course.yaml");
    expect(displayPath("/elsewhere/a.txt", "/p")).toBe("/elsewhere/a.txt");
  });
});
