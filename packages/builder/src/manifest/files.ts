import { MANIFEST_FILE, METADATA_FILE } from "./namespaces.ts";

/**
 * Schema files (XSD, and the DTDs the 2004 xml.xsd refers to) at the package root are control documents of
 * the package interchange file, like the manifest itself: they are named in xsi:schemaLocation, not listed as
 * files of the SCO (docs/decisions/0003-manifests.md).
 */
export function isSchemaFile(path: string): boolean {
  return !path.includes("/") && /\.(xsd|dtd)$/i.test(path);
}

/** Files the SCO resource lists: everything but the manifest, its metadata record and the schema files. */
export function resourceFiles(files: readonly string[]): string[] {
  const listed = files.filter((f) => f !== MANIFEST_FILE && f !== METADATA_FILE && !isSchemaFile(f));
  return sortedUnique(listed);
}

/** Code-unit order, not locale order: the same list on every machine. */
export function sortedUnique(files: readonly string[]): string[] {
  return [...new Set(files)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A package path as a manifest href (an xs:anyURI): each segment percent-encoded, so "my file.png" becomes
 * "my%20file.png" and the LMS's web server finds the file. Paths must already be safe: relative, posix,
 * no "..". An unsafe one is a bug in the caller, so it throws.
 */
export function toHref(path: string): string {
  if (!isSafeRelativePath(path)) throw new Error(`Not a safe package path: ${JSON.stringify(path)}`);
  return path.split("/").map(encodeURIComponent).join("/");
}

export function isSafeRelativePath(path: string): boolean {
  if (!path || path.startsWith("/") || path.includes("\\") || /^[A-Za-z]:/.test(path)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(path)) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
