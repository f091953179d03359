import type { Diagnostic, ScormVersion } from "@coursepack/course-model";
import { error, warning } from "@coursepack/course-model";
import { isSchemaFile } from "../manifest/files.ts";
import { MANIFEST_FILE, XSI_NS, extensionUri } from "../manifest/namespaces.ts";
import { CODES } from "./codes.ts";
import { attr, descendants, localName, namespaceAt, prefixOf } from "./xml-query.ts";
import type { XmlNode } from "./xml-scan.ts";

const ADLCP_URIS = new Set(["1.2", "2004-4"].map((v) => extensionUri(v as ScormVersion, "adlcp")));
const at = (node: XmlNode) => ({ file: MANIFEST_FILE, line: node.line });
/** Unlisted files are reported one by one up to this many, then summed up. */
const MAX_UNLISTED_REPORTED = 20;

interface Reference {
  readonly node: XmlNode;
  readonly written: string;
  /** Package path, or null for an external URL. */
  readonly path: string | null | "outside";
}

/**
 * CP619 / CP620 (IMS CP 1.1.4 section 4.3: every file of the package is declared). Each href and
 * adlcp:location names a file that exists (case-sensitive: LMS servers are), and every file but the control
 * documents (imsmanifest.xml and the schema files at the root) is referenced by the manifest.
 */
export function lintFiles(root: XmlNode, files: readonly string[]): Diagnostic[] {
  const present = new Set(files);
  const lowerCase = new Map(files.map((f) => [f.toLowerCase(), f]));
  const found: Diagnostic[] = [];
  const referenced = new Set<string>();
  for (const ref of references(root)) {
    if (ref.path === null) continue;
    if (ref.path === "outside") {
      found.push(error(CODES.MISSING_FILE, `"${ref.written}" points outside the package`, at(ref.node)));
      continue;
    }
    referenced.add(ref.path);
    if (present.has(ref.path)) continue;
    const other = lowerCase.get(ref.path.toLowerCase());
    const hint = other ? `the package has "${other}": file names are case-sensitive on LMS servers` : undefined;
    found.push(error(CODES.MISSING_FILE, `"${ref.written}" is not in the package`, at(ref.node), hint));
  }
  found.push(...unlisted(files, referenced, root), ...schemaLocations(root, present));
  return found;
}

function unlisted(files: readonly string[], referenced: ReadonlySet<string>, root: XmlNode): Diagnostic[] {
  const missing = files.filter((f) => f !== MANIFEST_FILE && !isSchemaFile(f) && !referenced.has(f));
  const hint = "list it as a <file> of the resource that uses it, or leave it out of the package";
  const found = missing
    .slice(0, MAX_UNLISTED_REPORTED)
    .map((f) => error(CODES.UNLISTED_FILE, `"${f}" is in the package but not in the manifest`, { file: MANIFEST_FILE }, hint));
  if (missing.length > MAX_UNLISTED_REPORTED) {
    const more = missing.length - MAX_UNLISTED_REPORTED;
    found.push(error(CODES.UNLISTED_FILE, `${more} more files are in the package but not in the manifest`, at(root), hint));
  }
  return found;
}

/** A warning only: LMSs do not need the schemas, but conformance tools look for them. */
function schemaLocations(root: XmlNode, present: ReadonlySet<string>): Diagnostic[] {
  const xsi = root.attributes.find((a) => localName(a.name) === "schemaLocation" && namespaceAt(root, prefixOf(a.name)) === XSI_NS);
  const words = xsi ? xsi.value.trim().split(/\s+/) : [];
  const found: Diagnostic[] = [];
  for (let i = 1; i < words.length; i += 2) {
    const location = words[i] ?? "";
    const path = resolve("", location);
    if (typeof path === "string" && !present.has(path)) {
      found.push(warning(CODES.MISSING_FILE, `schema "${location}" named in xsi:schemaLocation is not in the package`, at(root)));
    }
  }
  return found;
}

/** Every file reference of the manifest, resolved against the xml:base values above it. */
function* references(root: XmlNode): Generator<Reference> {
  for (const node of descendants(root)) {
    const local = localName(node.name);
    let written: string | undefined;
    if (node.name === "resource" || node.name === "file") written = attr(node, "href");
    else if (local === "location" && ADLCP_URIS.has(namespaceAt(node, prefixOf(node.name)) ?? "")) written = node.text.trim();
    if (written === undefined || written === "") continue;
    yield { node, written, path: resolve(baseOf(node), written) };
  }
}

/** The xml:base values from the root down to (and including) this element, joined. */
function baseOf(node: XmlNode): string {
  const bases: string[] = [];
  for (let n: XmlNode | null = node; n; n = n.parent) {
    const base = attr(n, "xml:base");
    if (base) bases.unshift(base.endsWith("/") ? base : `${base}/`);
  }
  return bases.join("");
}

/** A package path from an href: query and fragment dropped, percent-decoded, dot segments resolved. */
export function resolve(base: string, href: string): string | null | "outside" {
  const full = base + href;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(full) || full.startsWith("//")) return null;
  let path = full.replace(/[?#].*$/, "");
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: check the name as written.
  }
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (!out.length) return "outside";
      out.pop();
    } else {
      out.push(segment);
    }
  }
  return path.startsWith("/") ? "outside" : out.join("/");
}
