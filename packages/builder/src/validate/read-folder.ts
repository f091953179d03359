import { lstat, opendir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "@coursepack/course-model";
import { error } from "@coursepack/course-model";
import { MANIFEST_FILE } from "../manifest/namespaces.ts";
import { CODES } from "./codes.ts";
import type { PackageContents } from "./package-contents.ts";
import { MAX_MANIFEST_BYTES, MAX_PACKAGE_ENTRIES, unsafeEntries } from "./package-contents.ts";

/**
 * Lists an unpacked package. Symbolic links are reported, never followed (a link can reach anything on the
 * machine); only imsmanifest.xml is read.
 */
export async function readFolder(root: string, signal: AbortSignal): Promise<PackageContents> {
  const files: string[] = [];
  const problems: Diagnostic[] = [];
  const folders = [""];
  let count = 0;
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for await (const dirent of await opendir(join(root, folder))) {
      signal.throwIfAborted();
      if (++count > MAX_PACKAGE_ENTRIES) {
        return refused(error(CODES.TOO_MANY_ENTRIES, `the folder holds more than ${MAX_PACKAGE_ENTRIES} entries`, { file: root }));
      }
      const path = folder ? `${folder}/${dirent.name}` : dirent.name;
      if (dirent.isSymbolicLink()) {
        problems.push(error(CODES.UNSAFE_ENTRY, `"${path}" is a symbolic link: it could point outside the package`, { file: root }));
      } else if (dirent.isDirectory()) {
        folders.push(path);
      } else if (dirent.isFile()) {
        files.push(path);
      } else {
        problems.push(error(CODES.UNSAFE_ENTRY, `"${path}" is not a regular file`, { file: root }));
      }
    }
  }
  problems.push(...unsafeEntries(root, files));
  if (problems.length) return { files: [], manifest: null, diagnostics: problems };
  files.sort();
  if (!files.includes(MANIFEST_FILE)) return { files, manifest: null, diagnostics: [] };
  const manifestPath = join(root, MANIFEST_FILE);
  if ((await lstat(manifestPath)).size > MAX_MANIFEST_BYTES) {
    return refused(error(CODES.MALFORMED, `imsmanifest.xml is larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MB`, { file: root }));
  }
  return { files, manifest: new Uint8Array(await readFile(manifestPath)), diagnostics: [] };
}

function refused(diagnostic: Diagnostic): PackageContents {
  return { files: [], manifest: null, diagnostics: [diagnostic] };
}
