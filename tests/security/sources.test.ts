/**
 * Nothing in a package can be written outside the output folder, and nothing outside the course folder can
 * be read into one. Course sources written by the test, each a plain course with one hostile change, are
 * built together with the plain one: every hostile one is refused with its diagnostic, the plain one builds,
 * nothing lands outside the output folder and no outside file's bytes reach a package. Every zip the real
 * courses build into has entry names an LMS can extract safely.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CourseReport } from "@coursepack/builder";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildOnce } from "../harness/build-once.ts";
import { buildTemp } from "../harness/build-temp.ts";
import { unzip } from "../harness/unzip.ts";
import { unsafeEntry, zipEntries } from "../harness/zip-entries.ts";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=", "base64");
/** Bytes of the file outside the course folder: a package that holds them has read it. */
const SECRET = "SECRET-OUTSIDE-THE-COURSE";

interface Hostile {
  readonly name: string;
  /** course.yaml lines after the plain course's, and files to make in the course folder. */
  readonly yaml: string;
  readonly make?: (course: string, outside: string) => Promise<void>;
  /** The diagnostic the build must give: code and a part of its message. */
  readonly code: string;
  readonly says: string;
}

const plain = (id: string, extra = "") => `id: ${id}\ntitle: Plain course\nduration: 1 Day\ndescription: []\n${extra}outcomes:\n  - id: o1\n    text: An outcome\n    content: Some words.\n`;
const content = (markdown: string) => `outcomes:\n  - id: o1\n    text: An outcome\n    content: "${markdown}"\n`;

const HOSTILE: readonly Hostile[] = [
  { name: "id ../../evil", yaml: `id: "../../evil"\ntitle: Evil\nduration: 1 Day\ndescription: []\noutcomes:\n  - {id: o1, text: An outcome}\n`, code: "CP401", says: "../../evil" },
  { name: "logo a symlink to /etc/passwd", yaml: "branding: {logo: images/logo.png}\n", make: (c) => link("/etc/passwd", c, "images/logo.png"), code: "CP416", says: "images/logo.png" },
  { name: "logo ../secret.png", yaml: "branding: {logo: ../secret.png}\n", code: "CP415", says: "../secret.png" },
  { name: "logo an absolute path", yaml: "branding: {logo: /etc/passwd}\n", code: "CP415", says: "/etc/passwd" },
  { name: "logo in a folder that is a symlink out", yaml: "branding: {logo: media/secret.png}\n", make: (c, o) => link(o, c, "media"), code: "CP416", says: "media/secret.png" },
  { name: "image a symlink to ../secret.png", yaml: "", make: (c) => link("../secret.png", c, "images/pic.png"), code: "CP416", says: "images/pic.png" },
  { name: "image ../secret.png", yaml: "", code: "CP415", says: "../secret.png" },
];

/** Each hostile course's source: the plain one with its change (an image in the content for the image cases). */
function source(h: Hostile, id: string): string {
  if (h.name.startsWith("id ")) return h.yaml;
  const image = h.name.startsWith("image a symlink") ? "images/pic.png" : "../secret.png";
  if (h.name.startsWith("image")) return plain(id).replace(/outcomes:[\s\S]*$/, content(`![A picture](${image})`));
  return plain(id, h.yaml);
}

async function link(target: string, course: string, rel: string): Promise<void> {
  await mkdir(path.dirname(path.join(course, rel)), { recursive: true });
  await symlink(target, path.join(course, rel));
}

let dir: string;
let out: string;
let reports: CourseReport[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cp-security-sources-"));
  out = path.join(dir, "work", "out");
  const outside = path.join(dir, "work", "courses-outside");
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(dir, "work", "secret.png"), SECRET);
  await writeFile(path.join(outside, "secret.png"), SECRET);
  const folders: string[] = [];
  for (const [i, h] of [{ name: "plain", yaml: "", code: "", says: "" } as Hostile, ...HOSTILE].entries()) {
    const course = path.join(dir, "work", "courses", `c${i}`);
    await mkdir(path.join(course, "images"), { recursive: true });
    await writeFile(path.join(course, "images", "ok.png"), PNG);
    await writeFile(path.join(course, "course.yaml"), h.name === "plain" ? plain("plain-course", "branding: {logo: images/ok.png}\n") : source(h, `hostile-${i}`));
    await h.make?.(course, outside);
    folders.push(course);
  }
  const built = await buildTemp({ root: path.join(dir, "work"), courses: folders, out, scorm: ["1.2"] });
  if (!built.ok) throw new Error(`the build config was refused: ${JSON.stringify(built.diagnostics)}`);
  reports = [...built.report.courses];
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("course sources cannot reach outside their folders", () => {
  test("the plain course builds, with its own logo", async () => {
    const plainReport = reports[0]!;
    expect([plainReport.ok, plainReport.diagnostics]).toEqual([true, []]);
    const files = await unzip(await readFile(plainReport.packages[0]!.file));
    expect([...files.keys()].filter((f) => f.endsWith(".png"))).toEqual(["assets/images/ok.png"]);
  });

  test.each(HOSTILE.map((h, i) => [h.name, h, i + 1] as const))("%s: refused", (_name, h, i) => {
    const report = reports[i]!;
    expect(report.ok).toBe(false);
    expect(report.packages).toEqual([]);
    const found = report.diagnostics.find((d) => d.code === h.code);
    expect(found, `${h.code} among ${JSON.stringify(report.diagnostics.map((d) => `${d.code}: ${d.message}`))}`).toBeDefined();
    expect(found!.message).toContain(h.says);
  });

  test("nothing was written outside the output folder, and no outside bytes are in it", async () => {
    const everywhere = await readdir(dir, { recursive: true });
    expect(everywhere.filter((f) => /evil/.test(f)), "files named after the evil id").toEqual([]);
    expect(existsSync(path.join(tmpdir(), "evil-scorm12.zip"))).toBe(false);
    // The plain course's package and sheet, and whatever build-wide pages the build writes (catalogue, standards).
    const written = await readdir(out);
    expect(written).toEqual(expect.arrayContaining(["plain-course-scorm12.zip", "plain-course-scorm12.zip.tracking.html"]));
    expect(written.filter((f) => !/^(plain-course[.-]|catalogue\.)/.test(f)), "files of refused courses").toEqual([]);
    for (const file of written) expect((await readFile(path.join(out, file))).includes(SECRET), file).toBe(false);
  });
});

describe("zip entry names", () => {
  test("every package the real courses build into, and the plain one: relative names, no `..`, no links, each once", async () => {
    const build = await buildOnce();
    const zips = [...build.report.courses.flatMap((c) => c.packages.map((p) => p.file)), reports[0]!.packages[0]!.file];
    expect(zips.length).toBeGreaterThanOrEqual(10);
    for (const zip of zips) {
      const entries = zipEntries(await readFile(zip));
      expect(entries.length, zip).toBeGreaterThan(3);
      expect(entries.flatMap((e) => (unsafeEntry(e) ? [`${e.name}: ${unsafeEntry(e)}`] : [])), path.basename(zip)).toEqual([]);
      expect(new Set(entries.map((e) => e.name)).size, `${path.basename(zip)}: each name once`).toBe(entries.length);
      expect(entries.some((e) => e.name === "imsmanifest.xml"), `${path.basename(zip)}: manifest at the root`).toBe(true);
    }
  });
});
