/**
 * Paths to files inside the course folder (a logo, a Markdown image). They end up as relative URLs inside a
 * SCORM zip, so anything that could reach outside the package (absolute paths, URLs, `..` above the folder)
 * is refused here, before any file system is asked.
 */

/** Why `path` cannot name a file in the course folder, or null when it can. */
export function assetPathProblem(path: string): string | null {
  if (path.trim() === "") return "is empty";
  if (hasCharBelow(path, 0x20)) return "contains control characters";
  if (path.includes("\\")) return "uses `\\` between folders";
  if (/^[a-z]:/i.test(path) || path.startsWith("/")) return "is absolute";
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return "is a URL";
  let depth = 0;
  for (const segment of path.split("/")) {
    if (segment === "..") depth -= 1;
    else if (segment !== "." && segment !== "") depth += 1;
    if (depth < 0) return "leaves the course folder (`..`)";
  }
  return null;
}

const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * Link targets the player may put in an `href`: http(s), mailto, or a relative reference. Checked on the
 * normalised (percent-encoded) form, so control characters and spaces that browsers strip before reading the
 * scheme cannot hide a `javascript:`.
 */
export function isAllowedHref(href: string): boolean {
  if (href === "" || hasCharBelow(href, 0x21) || href.includes("\\")) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  if (scheme) return ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase());
  return !href.startsWith("//");
}

/** Control characters (and DEL), or with `limit` 0x21 also spaces. */
function hasCharBelow(text: string, limit: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < limit || code === 0x7f) return true;
  }
  return false;
}
