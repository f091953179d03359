import { stat } from "node:fs/promises";
import { crc32 } from "node:zlib";
import yauzl from "yauzl";
import type { Entry, ZipFile } from "yauzl";
import type { Diagnostic } from "@coursepack/course-model";
import { error } from "@coursepack/course-model";
import { MANIFEST_FILE } from "../manifest/namespaces.ts";
import { CODES } from "./codes.ts";
import type { PackageContents } from "./package-contents.ts";
import { MAX_MANIFEST_BYTES, MAX_PACKAGE_ENTRIES, unsafeEntries } from "./package-contents.ts";

/** Above this many bytes inflated, a ratio beyond MAX_COMPRESSION_RATIO is a zip bomb, not just a text file. */
export const BOMB_SIZE_THRESHOLD = 50 * 1024 * 1024;
export const MAX_COMPRESSION_RATIO = 100;
/** No package needs more than this inflated; reading further is refused whatever the ratio. */
export const MAX_UNCOMPRESSED_BYTES = 2 * 1024 * 1024 * 1024;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

interface ZipEntry {
  readonly name: string;
  readonly entry: Entry;
  readonly directory: boolean;
}

/**
 * Reads a zip without extracting anything: names and sizes from the central directory first, refusing
 * hostile archives before a single byte is inflated; then every entry is streamed through a CRC check, bounded
 * by its declared size (yauzl enforces it), and only imsmanifest.xml is kept, in memory.
 */
export async function readZip(path: string, signal: AbortSignal): Promise<PackageContents> {
  const at = { file: path };
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (e) {
    return refused([error(CODES.UNREADABLE_PACKAGE, `You must provide a valid zip file: ${messageOf(e)}`, at)]);
  }
  try {
    if (zip.entryCount > MAX_PACKAGE_ENTRIES) {
      const message = `the zip has ${zip.entryCount} entries, more than ${MAX_PACKAGE_ENTRIES}: refused without reading them`;
      return refused([error(CODES.TOO_MANY_ENTRIES, message, at)]);
    }
    const entries = await listEntries(zip, signal);
    const files = entries.filter((e) => !e.directory);
    const problems = [...unsafeEntries(path, entries.map((e) => e.name)), ...entryProblems(path, files), ...bombProblems(path, files, (await stat(path)).size)];
    if (problems.length) return refused(problems);
    const manifest = await readEntries(zip, files, signal);
    return { files: files.map((e) => e.name), manifest, diagnostics: [] };
  } catch (e) {
    if (/too many bytes/.test(messageOf(e))) {
      return refused([error(CODES.ZIP_BOMB, `an entry inflates beyond the size its header declares (a zip bomb): ${messageOf(e)}`, at)]);
    }
    return refused([error(CODES.UNREADABLE_PACKAGE, `the zip cannot be read safely: ${messageOf(e)}`, at)]);
  } finally {
    zip.close();
  }
}

async function listEntries(zip: ZipFile, signal: AbortSignal): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  for await (const entry of zip.eachEntry()) {
    signal.throwIfAborted();
    // strictFileNames: keep backslashes so they can be refused rather than silently turned into folders.
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
    entries.push({ name, entry, directory: name.endsWith("/") });
  }
  return entries;
}

function entryProblems(path: string, files: readonly ZipEntry[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { name, entry } of files) {
    if (name === MANIFEST_FILE && entry.uncompressedSize > MAX_MANIFEST_BYTES) {
      found.push(error(CODES.MALFORMED, `imsmanifest.xml is larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MB`, { file: path }));
    } else if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
      found.push(error(CODES.UNSAFE_ENTRY, `entry "${name}" is a symbolic link: it could point outside the package`, { file: path }));
    } else if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
      const message = `entry "${name}" is encrypted or uses compression method ${entry.compressionMethod}: LMSs cannot read it`;
      found.push(error(CODES.UNREADABLE_PACKAGE, message, { file: path }, "zip with plain deflate, no password"));
    }
  }
  return found;
}

function bombProblems(path: string, files: readonly ZipEntry[], zipBytes: number): Diagnostic[] {
  const total = files.reduce((sum, e) => sum + e.entry.uncompressedSize, 0);
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  const at = { file: path };
  if (total > MAX_UNCOMPRESSED_BYTES) {
    return [error(CODES.ZIP_BOMB, `the zip inflates to ${mb(total)}, more than ${mb(MAX_UNCOMPRESSED_BYTES)}: refused`, at)];
  }
  if (total > BOMB_SIZE_THRESHOLD && total > zipBytes * MAX_COMPRESSION_RATIO) {
    const ratio = Math.round(total / Math.max(zipBytes, 1));
    return [error(CODES.ZIP_BOMB, `the zip inflates ${ratio}:1 to ${mb(total)} (a zip bomb): refused`, at)];
  }
  const bomb = files.find((e) => e.entry.uncompressedSize > BOMB_SIZE_THRESHOLD && e.entry.uncompressedSize > e.entry.compressedSize * MAX_COMPRESSION_RATIO);
  if (!bomb) return [];
  return [error(CODES.ZIP_BOMB, `entry "${bomb.name}" inflates to ${mb(bomb.entry.uncompressedSize)} from ${bomb.entry.compressedSize} bytes (a zip bomb): refused`, at)];
}

/** Streams every file entry through a CRC-32 check; returns the root manifest's bytes, or null if there is none. */
async function readEntries(zip: ZipFile, files: readonly ZipEntry[], signal: AbortSignal): Promise<Uint8Array | null> {
  let manifest: Uint8Array | null = null;
  for (const { name, entry } of files) {
    const keep = name === MANIFEST_FILE;
    const chunks: Buffer[] = [];
    let crc = 0;
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (signal.aborted) stream.destroy();
      signal.throwIfAborted();
      crc = crc32(chunk, crc);
      if (keep) chunks.push(chunk);
    }
    if (crc >>> 0 !== entry.crc32 >>> 0) throw new Error(`entry "${name}" is corrupt (CRC-32 mismatch)`);
    if (keep) manifest = new Uint8Array(Buffer.concat(chunks));
  }
  return manifest;
}

function refused(diagnostics: Diagnostic[]): PackageContents {
  return { files: [], manifest: null, diagnostics };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
