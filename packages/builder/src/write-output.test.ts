import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./testing/folders.ts";
import { writeAllOrNothing } from "./write-output.ts";

describe("writeAllOrNothing", () => {
  it("writes every file, creating the folder, and leaves no temporary file", async () => {
    const dir = path.join(await tempDir(), "dist");
    await writeAllOrNothing(dir, [{ name: "a.zip", bytes: new Uint8Array([1, 2, 3]) }, { name: "a.zip.tracking.html", bytes: "<p>sheet</p>" }]);
    expect((await readdir(dir)).sort()).toEqual(["a.zip", "a.zip.tracking.html"]);
    expect(await readFile(path.join(dir, "a.zip.tracking.html"), "utf8")).toBe("<p>sheet</p>");
  });

  it("on a failure writes nothing, keeps the earlier files and cleans up its temporary files", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "a.zip"), "old build");
    const files = [{ name: "a.zip", bytes: "new build" }, { name: "no-such-folder/b.zip", bytes: "x" }];
    await expect(writeAllOrNothing(dir, files)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(["a.zip"]);
    expect(await readFile(path.join(dir, "a.zip"), "utf8")).toBe("old build");
  });
});
