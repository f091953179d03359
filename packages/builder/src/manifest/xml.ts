import { create } from "xmlbuilder2";
import type { ScormVersion } from "@coursepack/course-model";
import { resourceFiles, toHref } from "./files.ts";
import type { ManifestIds } from "./identifiers.ts";
import { METADATA_FILE, XMLNS_NS, XSI_NS, extensionUri, profileOf } from "./namespaces.ts";
import type { ManifestInput } from "./types.ts";
import { packageTitle } from "./values.ts";

export type Builder = ReturnType<typeof create>;

/** Characters XML 1.0 cannot carry (C0 controls but tab/newline/return, U+FFFE/U+FFFF, lone surrogates). */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Course text is data: drop what XML cannot hold rather than fail the build on a stray control character. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

export function newDocument(): Builder {
  return create({ version: "1.0", encoding: "UTF-8" });
}

/**
 * `<manifest>` in the content packaging namespace as the default namespace, every extension namespace declared
 * on the root with its literal prefix (so the serializer never invents `ns1:`), and xsi:schemaLocation naming
 * the schema files that ship at the package root.
 */
export function manifestRoot(doc: Builder, version: ScormVersion, ids: ManifestIds, files: readonly string[]): Builder {
  const [cp, ...extensions] = profileOf(version).namespaces;
  if (!cp) throw new Error(`No content packaging namespace for SCORM ${version}`);
  const root = doc.ele(cp.uri, "manifest", { identifier: ids.manifest, version: "1" });
  for (const ns of extensions) root.att(XMLNS_NS, `xmlns:${ns.prefix}`, ns.uri);
  const shipped = new Set(files);
  const locations = [cp, ...extensions].filter((ns) => shipped.has(ns.xsd)).map((ns) => `${ns.uri} ${ns.xsd}`);
  if (locations.length) {
    root.att(XMLNS_NS, "xmlns:xsi", XSI_NS);
    root.att(XSI_NS, "xsi:schemaLocation", locations.join(" "));
  }
  return root;
}

/**
 * `<metadata>` read by Moodle for the version (schema, schemaversion), pointing at the LOM record beside the
 * manifest: inline LOM would fail the official strict wildcards in 1.2 and 2004 3rd (see decision 0003).
 */
export function addMetadata(root: Builder, version: ScormVersion): void {
  const metadata = root.ele("metadata");
  metadata.ele("schema").txt("ADL SCORM");
  metadata.ele("schemaversion").txt(profileOf(version).schemaVersion);
  metadata.ele(extensionUri(version, "adlcp"), "adlcp:location").txt(METADATA_FILE);
}

/** The single SCO resource: launch page as href, every content file listed. */
/** The one organization with its one item (the SCO), both titled with the package title; returns the item. */
export function addOrganization(root: Builder, input: ManifestInput, ids: ManifestIds): Builder {
  const title = xmlText(packageTitle(input));
  const organization = root
    .ele("organizations", { default: ids.organization })
    .ele("organization", { identifier: ids.organization });
  organization.ele("title").txt(title);
  const item = organization.ele("item", { identifier: ids.item, identifierref: ids.resource });
  item.ele("title").txt(title);
  return item;
}

export function addResources(root: Builder, version: ScormVersion, input: ManifestInput, ids: ManifestIds): void {
  const resource = root
    .ele("resources")
    .ele("resource", { identifier: ids.resource, type: "webcontent" })
    .att(extensionUri(version, "adlcp"), profileOf(version).scormTypeAttribute, "sco")
    .att("href", toHref(input.launch));
  for (const file of resourceFiles(input.files)) resource.ele("file", { href: toHref(file) });
}

/** Pretty-printed with "\n" line ends and no trailing newline variance: same input, same string. */
export function serialize(doc: Builder): string {
  return `${doc.end({ prettyPrint: true, indent: "  ", newline: "\n", wellFormed: true })}\n`;
}
