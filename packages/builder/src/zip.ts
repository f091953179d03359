/**
 * Deterministic zips: the same files give the same bytes, on any machine, at any time. `imsmanifest.xml`
 * comes first at the root (Moodle's upload check and some LMSs look for it there), the other entries
 * follow in byte order of their names, every entry carries the same timestamp and mode, there are no
 * directory entries, and files already compressed are stored rather than deflated again.
 */
import { ZipArchive } from "archiver";
import { compareNames } from "./build-id.ts";

export interface PackageFile {
  /** Path inside the package, with forward slashes, e.g. `player/player.js`. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export const MANIFEST_NAME = "imsmanifest.xml";
/** A fixed, valid DOS timestamp (DOS dates start in 1980), written as UTC. */
export const ZIP_DATE = new Date("2000-01-01T00:00:00Z");
export const FILE_MODE = 0o644;

/** Formats that are compressed already: deflating them again costs time and gains nothing. */
const STORED = new Set(["png", "jpg", "jpeg", "gif", "webp", "avif", "woff", "woff2", "mp3", "mp4", "m4a", "webm", "ogg", "zip", "gz"]);

export function isStored(name: string): boolean {
  const dot = name.lastIndexOf(".");
  return dot >= 0 && STORED.has(name.slice(dot + 1).toLowerCase());
}

/** The manifest first, then every other entry in byte order of its name. */
export function zipOrder(files: readonly PackageFile[]): PackageFile[] {
  return [...files].sort((a, b) => rank(a) - rank(b) || compareNames(a.name, b.name));
}

function rank(file: PackageFile): number {
  return file.name === MANIFEST_NAME ? 0 : 1;
}

/** Entry names come from the builder, never from users: a bad one is a bug, so it throws. */
export function checkEntryNames(files: readonly PackageFile[]): void {
  const seen = new Set<string>();
  for (const { name } of files) {
    const bad = name === "" || name.startsWith("/") || name.endsWith("/") || name.includes("\\") || name.split("/").some((s) => s === ".." || s === "." || s === "");
    if (bad) throw new Error(`invalid zip entry name: ${JSON.stringify(name)}`);
    if (seen.has(name)) throw new Error(`duplicate zip entry: ${name}`);
    seen.add(name);
  }
}

/** The zip of `files`, in memory (packages are small; writing happens once the whole course has built). */
export async function zipFiles(files: readonly PackageFile[]): Promise<Uint8Array> {
  checkEntryNames(files);
  const archive = new ZipArchive({ zlib: { level: 9 } });
  const chunks: Buffer[] = [];
  archive.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    archive.on("end", () => resolve());
    archive.on("error", reject);
    archive.on("warning", reject);
  });
  for (const file of zipOrder(files)) {
    archive.append(Buffer.from(file.bytes), { name: file.name, date: ZIP_DATE, mode: FILE_MODE, store: isStored(file.name) });
  }
  await archive.finalize();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
