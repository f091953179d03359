import { stat } from "node:fs/promises";
import type { Diagnostic, ScormVersion } from "@coursepack/course-model";
import { error, hasErrors } from "@coursepack/course-model";
import { MANIFEST_FILE } from "../manifest/namespaces.ts";
import { CODES } from "./codes.ts";
import type { PackageContents } from "./package-contents.ts";
import { manifestPlacement } from "./package-contents.ts";
import { readFolder } from "./read-folder.ts";
import { readZip } from "./read-zip.ts";
import { checkManifests } from "./validate-manifest.ts";

/** A package from anyone is checked within this time, or refused. */
export const VALIDATE_TIMEOUT_MS = 30_000;

export interface ValidationReport {
  /** The version the manifest declares exactly (what Moodle will see), or null. */
  readonly version: ScormVersion | null;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ValidatePackageOptions {
  readonly timeoutMs?: number;
}

/**
 * Validates a SCORM package, ours or anyone's: a .zip (read in memory, never extracted) or an unpacked folder.
 * Package-level problems name the package path; manifest problems name imsmanifest.xml and a line.
 */
export async function validatePackage(path: string, options: ValidatePackageOptions = {}): Promise<ValidationReport> {
  const timeoutMs = options.timeoutMs ?? VALIDATE_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ValidationReport>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ version: null, diagnostics: [error(CODES.TIMEOUT, `validation did not finish within ${timeoutMs} ms: refused`, { file: path })] });
    }, timeoutMs);
  });
  try {
    return await Promise.race([check(path, controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

async function check(path: string, signal: AbortSignal): Promise<ValidationReport> {
  const contents = await read(path, signal);
  if (hasErrors(contents.diagnostics)) return { version: null, diagnostics: contents.diagnostics };
  const placement = manifestPlacement(path, contents.files);
  if (placement.length || !contents.manifest) return { version: null, diagnostics: placement };
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true }).decode(contents.manifest);
  } catch {
    const diagnostic = error(CODES.MALFORMED, "imsmanifest.xml is not UTF-8", { file: MANIFEST_FILE }, "save it as UTF-8");
    return { version: null, diagnostics: [diagnostic] };
  }
  const [report] = await checkManifests([{ xml, version: null, files: contents.files }]);
  return report ?? { version: null, diagnostics: [] };
}

async function read(path: string, signal: AbortSignal): Promise<PackageContents> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch {
    return { files: [], manifest: null, diagnostics: [error(CODES.UNREADABLE_PACKAGE, "no such file or folder", { file: path })] };
  }
  if (!isFolder) return readZip(path, signal);
  try {
    return await readFolder(path, signal);
  } catch (e) {
    if (signal.aborted) throw e;
    const message = `the folder cannot be read: ${e instanceof Error ? e.message : String(e)}`;
    return { files: [], manifest: null, diagnostics: [error(CODES.UNREADABLE_PACKAGE, message, { file: path })] };
  }
}
