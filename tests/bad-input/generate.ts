/**
 * Bad inputs made at test setup instead of committed: binary and mis-encoded bytes, files of megabytes, and
 * symlinks (git would store a symlink as a link to a path on the author's machine). Each maker writes one case
 * at `target`, the path the CLI is given; `outside` is a file in the workspace but outside every course folder.
 */
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";

export type Maker = (target: string, outside: string) => Promise<void>;

const HEAD = "title: Fire Safety\nduration: 1 Day\ndescription:\n  - What every worker needs to know about fire in a care home.\n";
const OUTCOME = "outcomes:\n  - id: how-fires-start\n    text: How fires start\n";
const PROFILE = "Course Profile: Fire Safety (1 Day)\nWhat every worker needs to know about fire in a care home.\nLearning outcomes\n";

async function courseFile(folder: string, bytes: string | Uint8Array): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "course.yaml"), bytes);
}

const latin1 = (text: string): Buffer => Buffer.from(text, "latin1");

/** A PNG saved as course.yaml: its second byte sequence is not UTF-8 and it holds NULs. */
export const binaryCourse: Maker = (folder) =>
  courseFile(folder, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]));

/** Windows-1252 from Word: the apostrophe of "It's" is the single byte 0x92, on line 4 column 7. */
export const windows1252Course: Maker = (folder) =>
  courseFile(folder, latin1(`title: Fire Safety\nduration: 1 Day\ndescription:\n  - It\x92s what every worker needs to know.\n${OUTCOME}`));

/** Saved by an editor set to UTF-16 (with its byte order mark). */
export const utf16Course: Maker = (folder) =>
  courseFile(folder, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEAD + OUTCOME, "utf16le")]));

/** A copy cut off in the middle of a three-byte character ("…" is e2 80 a6): line 4, column 37. */
export const cutMidCharacterCourse: Maker = (folder) =>
  courseFile(folder, Buffer.concat([Buffer.from("title: Fire Safety\nduration: 1 Day\ndescription:\n  - What every worker needs to know "), Buffer.from([0xe2, 0x80])]));

/** 3 MB of valid YAML: over the 2 MB limit of a course.yaml. */
export const hugeCourse: Maker = (folder) => {
  const item = `  - ${"Fire safety matters in every care home. ".repeat(10)}\n`;
  const description = item.repeat(Math.ceil((3 * 1024 * 1024) / item.length));
  return courseFile(folder, `title: Fire Safety\nduration: 1 Day\ndescription:\n${description}${OUTCOME}`);
};

/** One content section of 25,000 characters (the limit is 20,000); the value starts on line 8, column 14. */
export const longContentCourse: Maker = (folder) => {
  const text = "Fires need heat, fuel and oxygen. ".repeat(800).slice(0, 25_000);
  return courseFile(folder, `${HEAD}${OUTCOME}    content: |\n      ${text}\n`);
};

const LOGO = "branding:\n  logo: images/logo.png\n";

/** images/logo.png is a symlink to a file outside the course folder. */
export const symlinkedLogo: Maker = async (folder, outside) => {
  await courseFile(folder, HEAD + OUTCOME + LOGO);
  await mkdir(path.join(folder, "images"));
  await symlink(outside, path.join(folder, "images", "logo.png"));
};

/** images/ itself is a symlink to the folder that holds the outside file. */
export const symlinkedImagesFolder: Maker = async (folder, outside) => {
  await courseFile(folder, HEAD + OUTCOME + LOGO);
  await writeFile(path.join(path.dirname(outside), "logo.png"), "not for packages");
  await symlink(path.dirname(outside), path.join(folder, "images"));
};

async function profileFile(file: string, bytes: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
}

/** Text with a NUL on line 2, as when a .doc is renamed to .txt. */
export const binaryProfile: Maker = (file) => profileFile(file, "Course Profile: Fire Safety (1 Day)\nWhat every\u0000worker needs\n");

/**
 * A PDF renamed to .txt. PDF writers put a comment of bytes above 0x7f on line 2 so that tools treat the
 * file as binary (ISO 32000-1, 7.5.2), so the file is not UTF-8 either: it must still read as "binary".
 */
export const pdfProfile: Maker = (file) =>
  profileFile(file, latin1("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"));

/** Notepad's "Unicode": UTF-16 little-endian with a byte order mark. */
export const utf16Profile: Maker = (file) =>
  profileFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${PROFILE}• How fires start\n`, "utf16le")]));

/** Windows-1252 bullets (0x95) and apostrophes (0x92); the first bad byte is on line 4. */
export const windows1252Profile: Maker = (file) => profileFile(file, latin1(`${PROFILE}\x95 How fires start\n\x95 What it\x92s like\n`));

/** One outcome of 25,000 characters on line 4: a course.yaml would allow at most 20,000. */
export const longOutcomeProfile: Maker = (file) => profileFile(file, `${PROFILE}• ${"How fires start and spread ".repeat(1000).slice(0, 25_000)}\n`);

/** 3 MB of outcomes: the course.yaml that `import` would write could never be read back (2 MB limit). */
export const hugeProfile: Maker = (file) => {
  const lines: string[] = [];
  for (let size = 0; size < 3 * 1024 * 1024; size += Buffer.byteLength(lines.at(-1) ?? "") + 1) {
    lines.push(`• How fires start and how they spread, part ${lines.length + 1}`);
  }
  return profileFile(file, `${PROFILE}${lines.join("\n")}\n`);
};
