import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScormVersion } from "@coursepack/course-model";
import { MAX_PACKAGE_ENTRIES, VALIDATION_CODES as CODES, manifestFiles, schemaFiles, validatePackage } from "../index.ts";
import { fixtureInput } from "../manifest/fixture-course.ts";
import type { TestEntry } from "./test-zip.ts";
import { zipBytes } from "./test-zip.ts";

let dir: string;
const unique = `coursepack-evil-${process.pid}-${Date.now()}.txt`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "coursepack-validate-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every file of a real package of ours: manifest, metadata, schemas and (stand-in) player files. */
async function packageEntries(version: ScormVersion): Promise<TestEntry[]> {
  const schemas = await schemaFiles(version);
  const input = fixtureInput(schemas.map((f) => f.name));
  const content = input.files.filter((f) => f !== "metadata.xml" && !schemas.some((s) => s.name === f));
  return [
    ...manifestFiles(version, input).map((f) => ({ name: f.name, data: f.bytes })),
    ...schemas.map((f) => ({ name: f.name, data: f.bytes })),
    ...content.map((name) => ({ name, data: `content of ${name}` })),
  ];
}

async function zipFile(name: string, entries: readonly TestEntry[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, zipBytes(entries));
  return path;
}

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work;
  return { value, ms: performance.now() - start };
}

const codesOf = (report: { diagnostics: readonly { code: string }[] }) => report.diagnostics.map((d) => d.code);

describe("validatePackage: our packages", () => {
  it.each(["1.2", "2004-3", "2004-4"] as const)("a SCORM %s zip passes and its version is detected", async (version) => {
    const path = await zipFile(`good-${version}.zip`, await packageEntries(version));
    expect(await validatePackage(path)).toEqual({ version, diagnostics: [] });
  });

  it("an unpacked folder passes too", async () => {
    const root = join(dir, "folder-package");
    for (const entry of await packageEntries("2004-4")) {
      await mkdir(dirname(join(root, entry.name)), { recursive: true });
      await writeFile(join(root, entry.name), entry.data ?? "");
    }
    expect(await validatePackage(root)).toEqual({ version: "2004-4", diagnostics: [] });
    await symlink("/etc/passwd", join(root, "assets", "link.txt"));
    expect(codesOf(await validatePackage(root))).toEqual([CODES.UNSAFE_ENTRY]);
  });

  it("reports a file the manifest does not list", async () => {
    const path = await zipFile("unlisted.zip", [...(await packageEntries("1.2")), { name: "notes/todo.txt", data: "x" }]);
    const report = await validatePackage(path);
    expect(report.version).toBe("1.2");
    expect(codesOf(report)).toEqual([CODES.UNLISTED_FILE]);
  });
});

describe("validatePackage: hostile zips are refused quickly, nothing extracted", () => {
  const hostile: readonly { name: string; entries: () => Promise<TestEntry[]>; code: string }[] = [
    { name: "path traversal", entries: async () => [...(await packageEntries("1.2")), { name: `../${unique}`, data: "x" }], code: CODES.UNSAFE_ENTRY },
    { name: "absolute path", entries: async () => [...(await packageEntries("1.2")), { name: join(tmpdir(), unique), data: "x" }], code: CODES.UNSAFE_ENTRY },
    { name: "backslashes", entries: async () => [...(await packageEntries("1.2")), { name: `..\\..\\${unique}`, data: "x" }], code: CODES.UNSAFE_ENTRY },
    { name: "drive letter", entries: async () => [...(await packageEntries("1.2")), { name: `C:/${unique}`, data: "x" }], code: CODES.UNSAFE_ENTRY },
    { name: "symbolic link", entries: async () => [...(await packageEntries("1.2")), { name: "assets/link", data: "/etc/passwd", mode: 0o120777 }], code: CODES.UNSAFE_ENTRY },
    { name: "duplicate names", entries: async () => [...(await packageEntries("1.2")), { name: "index.html", data: "<script>evil()</script>" }], code: CODES.UNSAFE_ENTRY },
    { name: "bomb by ratio", entries: async () => [...(await packageEntries("1.2")), { name: "big.bin", data: new Uint8Array(64 * 1024 * 1024) }], code: CODES.ZIP_BOMB },
    {
      name: "size header that lies",
      entries: async () => (await packageEntries("1.2")).map((e) => (e.name === "course.json" ? { ...e, data: new Uint8Array(1024 * 1024), method: 8 as const, declaredSize: 100 } : e)),
      code: CODES.ZIP_BOMB,
    },
    { name: "corrupt entry", entries: async () => [...(await packageEntries("1.2")), { name: "extra.txt", data: "hello", crc: 1234 }], code: CODES.UNREADABLE_PACKAGE },
  ];

  it.each(hostile)("$name -> $code", async ({ name, entries, code }) => {
    const path = await zipFile(`${name.replaceAll(" ", "-")}.zip`, await entries());
    const before = await readdir(dir);
    const { value, ms } = await timed(validatePackage(path));
    expect(codesOf(value)).toContain(code);
    expect(value.diagnostics.every((d) => d.severity === "error" && d.file === path)).toBe(true);
    expect(ms).toBeLessThan(5000);
    expect(await readdir(dir)).toEqual(before);
    for (const target of [join(tmpdir(), unique), join(dir, "..", unique), join(process.cwd(), unique), join("/", unique)]) {
      expect(existsSync(target)).toBe(false);
    }
  });

  it(`refuses ${2 * MAX_PACKAGE_ENTRIES} entries before reading them`, async () => {
    const entries = Array.from({ length: 2 * MAX_PACKAGE_ENTRIES }, (_, i) => ({ name: `f/${i}.txt`, data: "" }));
    const path = await zipFile("many.zip", [{ name: "imsmanifest.xml", data: "<manifest/>" }, ...entries]);
    const { value, ms } = await timed(validatePackage(path));
    expect(codesOf(value)).toEqual([CODES.TOO_MANY_ENTRIES]);
    expect(ms).toBeLessThan(2000);
  });

  it("refuses a manifest with an external entity without resolving it", async () => {
    const entries = await packageEntries("1.2");
    const evil = '<?xml version="1.0"?>\n<!DOCTYPE manifest [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<manifest identifier="m">&secret;</manifest>';
    const path = await zipFile("entity.zip", entries.map((e) => (e.name === "imsmanifest.xml" ? { ...e, data: evil } : e)));
    const report = await validatePackage(path);
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: CODES.DOCTYPE, file: "imsmanifest.xml", line: 2 })]);
    expect(JSON.stringify(report)).not.toContain("root:");
  });

  it("explains a missing manifest in Moodle's words", async () => {
    const entries = (await packageEntries("1.2")).filter((e) => e.name !== "imsmanifest.xml");
    const report = await validatePackage(await zipFile("no-manifest.zip", entries));
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: CODES.MANIFEST_MISSING, message: "Incorrect file package - missing imsmanifest.xml" })]);
  });

  it("explains a manifest inside a folder in Moodle's words", async () => {
    const entries = (await packageEntries("1.2")).map((e) => ({ ...e, name: `course/${e.name}` }));
    const report = await validatePackage(await zipFile("wrapped.zip", entries));
    expect(codesOf(report)).toEqual([CODES.MANIFEST_NOT_AT_ROOT]);
    expect(report.diagnostics[0]?.message).toContain("not in the root of your zip file");
    expect(report.diagnostics[0]?.hint).toContain('"course/"');
  });

  it("refuses what is not a zip, or not there", async () => {
    const path = join(dir, "not-a-zip.zip");
    await writeFile(path, "PK? no");
    expect((await validatePackage(path)).diagnostics).toEqual([expect.objectContaining({ code: CODES.UNREADABLE_PACKAGE })]);
    expect(codesOf(await validatePackage(join(dir, "missing.zip")))).toEqual([CODES.UNREADABLE_PACKAGE]);
  });

  it("gives up after its time limit", async () => {
    const path = await zipFile("slow.zip", await packageEntries("2004-4"));
    const { value, ms } = await timed(validatePackage(path, { timeoutMs: 5 }));
    expect(codesOf(value)).toEqual([CODES.TIMEOUT]);
    expect(ms).toBeLessThan(1000);
  });
});
