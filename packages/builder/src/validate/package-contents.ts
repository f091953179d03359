import type { Diagnostic } from "@coursepack/course-model";
import { error } from "@coursepack/course-model";
import { MANIFEST_FILE } from "../manifest/namespaces.ts";
import { CODES } from "./codes.ts";

/** More entries than any course needs; a zip with 20,000 is refused before its entries are read. */
export const MAX_PACKAGE_ENTRIES = 10_000;
/** A manifest listing 10,000 files is about 1 MB. */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/** Unsafe entries are reported one by one up to this many. */
const MAX_REPORTED = 20;

/** What a reader found in a zip or a folder: file names (posix, from the root), the manifest's bytes, problems. */
export interface PackageContents {
  readonly files: readonly string[];
  /** Bytes of the root imsmanifest.xml, or null when there is none (or the package was refused). */
  readonly manifest: Uint8Array | null;
  /** Refusals: when any is an error, nothing else was read. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Why an entry name could write outside the folder it is extracted into, or null when it is safe. */
export function unsafeReason(name: string): string | null {
  if (name === "") return "an empty name";
  if (name.includes("\\")) return "a backslash (Windows tools extract it as a folder path)";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "an absolute path";
  if (name.split("/").includes("..")) return "a `..` segment (path traversal)";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return "a control character";
  return null;
}

/** CP603 for every unsafe or repeated name (a repeated name lets an extractor pick either copy). */
export function unsafeEntries(path: string, names: readonly string[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const reason = seen.has(name) ? "a name used by another entry" : unsafeReason(name);
    seen.add(name);
    if (reason) found.push(error(CODES.UNSAFE_ENTRY, `entry ${JSON.stringify(name)} has ${reason}: refused, nothing extracted`, { file: path }));
  }
  if (found.length <= MAX_REPORTED) return found;
  const more = error(CODES.UNSAFE_ENTRY, `${found.length - MAX_REPORTED} more unsafe entries`, { file: path });
  return [...found.slice(0, MAX_REPORTED), more];
}

/** CP601 / CP602 in Moodle's words: the manifest must be an entry named exactly imsmanifest.xml at the root. */
export function manifestPlacement(path: string, files: readonly string[]): Diagnostic[] {
  if (files.includes(MANIFEST_FILE)) return [];
  const elsewhere = files.find((f) => f.split("/").at(-1)?.toLowerCase() === MANIFEST_FILE);
  if (elsewhere?.includes("/")) {
    const message = "An imsmanifest.xml file was found but it was not in the root of your zip file, please re-package your SCORM";
    return [error(CODES.MANIFEST_NOT_AT_ROOT, message, { file: path }, `zip the contents of "${elsewhere.slice(0, -MANIFEST_FILE.length)}", not the folder`)];
  }
  const hint = elsewhere ? `rename "${elsewhere}" to imsmanifest.xml: the name is case-sensitive` : "a SCORM package needs imsmanifest.xml at its root";
  return [error(CODES.MANIFEST_MISSING, "Incorrect file package - missing imsmanifest.xml", { file: path }, hint)];
}
