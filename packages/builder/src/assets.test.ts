import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Block } from "@coursepack/course-model";
import { courseAssets, readCourseAssets, withPackagedAssets } from "./assets.ts";
import { courseFiles } from "./load-course.ts";
import { sampleCourse } from "./testing/fakes.ts";
import { tempDir, writeTree } from "./testing/folders.ts";

const img = (src: string): Block => ({ t: "img", src, alt: "" });
const base = sampleCourse();
const course = sampleCourse({
  branding: { ...base.branding, logo: "./logo.png" },
  outcomes: [{ ...base.outcomes[0]!, content: [img("images/a.png"), { t: "ul", items: [[img("images/b.png")]] }, { t: "quote", c: [img("https://example.com/c.png")] }] }],
  questions: [{ ...base.questions[0]!, scenario: [img("images/a.png")], feedback: { correct: [img("images/d.png")], incorrect: [img("data:image/png;base64,AA==")] } }],
});

describe("course assets", () => {
  it("finds the logo and every Markdown image, at any depth, once each, and leaves web images alone", () => {
    expect(courseAssets(course)).toEqual(["images/a.png", "images/b.png", "images/d.png", "logo.png"]);
  });

  it("points the course data at the packaged files under assets/", () => {
    const packaged = withPackagedAssets(course);
    expect(packaged.branding.logo).toBe("assets/logo.png");
    expect(packaged.outcomes[0]?.content).toEqual([img("assets/images/a.png"), { t: "ul", items: [[img("assets/images/b.png")]] }, { t: "quote", c: [img("https://example.com/c.png")] }]);
    expect(packaged.questions[0]?.scenario).toEqual([img("assets/images/a.png")]);
    expect(packaged.questions[0]?.feedback).toEqual({ correct: [img("assets/images/d.png")], incorrect: [img("data:image/png;base64,AA==")] });
    expect(course.branding.logo).toBe("./logo.png");
  });

  it("reads every asset into a package file, or reports each missing one", async () => {
    const dir = await tempDir();
    await writeTree(dir, { "logo.png": "L", "images/a.png": "A", "images/b.png": "B", "images/d.png": "D" });
    const read = await readCourseAssets(course, courseFiles(dir), "course.yaml");
    expect(read.ok && read.value.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ["assets/images/a.png", "A"], ["assets/images/b.png", "B"], ["assets/images/d.png", "D"], ["assets/logo.png", "L"],
    ]);
    const partial = await tempDir();
    await writeTree(partial, { "logo.png": "L" });
    const missing = await readCourseAssets(course, courseFiles(path.resolve(partial)), "course.yaml");
    expect(!missing.ok && missing.diagnostics.map((d) => d.code)).toEqual(["CP505", "CP505", "CP505"]);
  });
});
