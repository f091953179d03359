import { describe, expect, it } from "vitest";
import { readZip } from "./testing/unzip.ts";
import type { PackageFile } from "./zip.ts";
import { isStored, zipFiles, zipOrder, ZIP_DATE } from "./zip.ts";

const file = (name: string, text = `content of ${name}\n`.repeat(20)): PackageFile => ({ name, bytes: new TextEncoder().encode(text) });
const files = [file("player/player.js"), file("index.html"), file("assets/logo.png", "not really a png"), file("imsmanifest.xml", "<manifest/>"), file("adlcp_rootv1p2.xsd"), file("Zeta.txt")];

describe("zipFiles", () => {
  it("gives byte-identical zips for the same files, whatever order they come in", async () => {
    const first = await zipFiles(files);
    await new Promise((r) => setTimeout(r, 1100)); // a timestamp taken from the clock would now differ
    const second = await zipFiles([...files].reverse());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("puts imsmanifest.xml first at the root, then the entries in byte order, with no directory entries", async () => {
    const entries = await readZip(await zipFiles(files));
    expect(entries.map((e) => e.name)).toEqual(["imsmanifest.xml", "Zeta.txt", "adlcp_rootv1p2.xsd", "assets/logo.png", "index.html", "player/player.js"]);
    expect(entries.some((e) => e.name.endsWith("/"))).toBe(false);
  });

  it("gives every entry the fixed timestamp and mode 0644 and keeps the bytes", async () => {
    const entries = await readZip(await zipFiles(files));
    for (const entry of entries) {
      expect(entry.date.toISOString()).toBe(ZIP_DATE.toISOString());
      expect(entry.mode & 0o777).toBe(0o644);
      expect(entry.text).toBe(new TextDecoder().decode(files.find((f) => f.name === entry.name)?.bytes));
    }
  });

  it("stores compressed formats and deflates the rest", async () => {
    const entries = await readZip(await zipFiles(files));
    const method = (name: string): number | undefined => entries.find((e) => e.name === name)?.method;
    expect(method("assets/logo.png")).toBe(0);
    expect(method("player/player.js")).toBe(8);
    expect(isStored("photo.JPG")).toBe(true);
    expect(isStored("diagram.svg")).toBe(false);
  });

  it.each(["/abs.txt", "../up.txt", "a/../b.txt", "a\\b.txt", "dir/", "", "a//b"])("refuses the entry name %j (a bug, so it throws)", async (name) => {
    await expect(zipFiles([file(name)])).rejects.toThrow(/invalid zip entry name/);
  });

  it("refuses duplicate entries", async () => {
    await expect(zipFiles([file("a.txt"), file("a.txt")])).rejects.toThrow(/duplicate zip entry/);
  });
});

describe("zipOrder", () => {
  it("sorts by code unit, not by locale", () => {
    expect(zipOrder([file("b"), file("B"), file("a"), file("imsmanifest.xml")]).map((f) => f.name)).toEqual(["imsmanifest.xml", "B", "a", "b"]);
  });
});
