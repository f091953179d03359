/**
 * The build id: a short content hash of everything that goes into one package (the course data as the
 * player sees it, the SCORM version, the player bundle's hash, the course assets' bytes and the package
 * format). No timestamps, no paths of the machine: the same sources give the same id, so rebuilds give
 * byte-identical zips and an admin can match an uploaded package to its tracking sheet.
 */
import { createHash } from "node:crypto";
import type { PackageData } from "@coursepack/course-model";
import type { PackageFile } from "./zip.ts";

/** Bump when the package layout changes in a way the other inputs do not show. */
export const PACKAGE_LAYOUT = 1;
export const BUILD_ID_LENGTH = 12;

export interface BuildIdInput {
  readonly data: Omit<PackageData, "buildId">;
  readonly playerHash: string;
  readonly assets: readonly PackageFile[];
}

export function buildId(input: BuildIdInput): string {
  const hash = createHash("sha256");
  hash.update(`coursepack-package/${PACKAGE_LAYOUT}\n`);
  hash.update(`player ${input.playerHash}\n`);
  hash.update(`data ${canonicalJson(input.data)}\n`);
  for (const asset of [...input.assets].sort((a, b) => compareNames(a.name, b.name))) {
    hash.update(`asset ${asset.name} ${sha256(asset.bytes)}\n`);
  }
  return hash.digest("hex").slice(0, BUILD_ID_LENGTH);
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Byte order, not locale order: the same on every machine. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON with object keys sorted, so the hash does not depend on the order a parser happened to build keys in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => compareNames(a, b));
    return Object.fromEntries(entries);
  });
}
