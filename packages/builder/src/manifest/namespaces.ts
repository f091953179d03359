import type { ScormVersion } from "@coursepack/course-model";

/**
 * Namespaces, literal prefixes and schema file names of each SCORM version: the one place the builder and the
 * validator learn them from. Moodle's manifest parser is not namespace-aware (it matches `ADLCP:SCORMTYPE`
 * literally), so the prefixes below are part of the contract, not a style choice.
 */
export const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
export const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
export const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** One namespace a manifest may use: the prefix Moodle expects (null: default namespace) and its XSD. */
export interface NamespaceInfo {
  readonly uri: string;
  readonly prefix: string | null;
  readonly xsd: string;
}

export interface VersionProfile {
  readonly version: ScormVersion;
  /** `<metadata><schemaversion>` exactly as Moodle matches it. */
  readonly schemaVersion: string;
  /** The literal attribute name that makes a resource a SCO (`adlcp:scormtype` in 1.2, `adlcp:scormType` in 2004). */
  readonly scormTypeAttribute: string;
  /** The content packaging namespace (unprefixed) first, then the extensions in declaration order. */
  readonly namespaces: readonly NamespaceInfo[];
}

const CP12: NamespaceInfo = { uri: "http://www.imsproject.org/xsd/imscp_rootv1p1p2", prefix: null, xsd: "imscp_rootv1p1p2.xsd" };
const ADLCP12: NamespaceInfo = { uri: "http://www.adlnet.org/xsd/adlcp_rootv1p2", prefix: "adlcp", xsd: "adlcp_rootv1p2.xsd" };

const CP2004: NamespaceInfo = { uri: "http://www.imsglobal.org/xsd/imscp_v1p1", prefix: null, xsd: "imscp_v1p1.xsd" };
const NS2004: readonly NamespaceInfo[] = [
  CP2004,
  { uri: "http://www.adlnet.org/xsd/adlcp_v1p3", prefix: "adlcp", xsd: "adlcp_v1p3.xsd" },
  { uri: "http://www.adlnet.org/xsd/adlseq_v1p3", prefix: "adlseq", xsd: "adlseq_v1p3.xsd" },
  { uri: "http://www.adlnet.org/xsd/adlnav_v1p3", prefix: "adlnav", xsd: "adlnav_v1p3.xsd" },
  { uri: "http://www.imsglobal.org/xsd/imsss", prefix: "imsss", xsd: "imsss_v1p0.xsd" },
];

export const VERSION_PROFILES: Readonly<Record<ScormVersion, VersionProfile>> = {
  "1.2": { version: "1.2", schemaVersion: "1.2", scormTypeAttribute: "adlcp:scormtype", namespaces: [CP12, ADLCP12] },
  "2004-3": { version: "2004-3", schemaVersion: "2004 3rd Edition", scormTypeAttribute: "adlcp:scormType", namespaces: NS2004 },
  "2004-4": { version: "2004-4", schemaVersion: "2004 4th Edition", scormTypeAttribute: "adlcp:scormType", namespaces: NS2004 },
};

export function profileOf(version: ScormVersion): VersionProfile {
  return VERSION_PROFILES[version];
}

/** The namespace bound to a literal prefix in this version, e.g. `adlcp` -> ADL CP 1.2 or 1.3. */
export function namespaceOfPrefix(version: ScormVersion, prefix: string): NamespaceInfo | undefined {
  return profileOf(version).namespaces.find((ns) => ns.prefix === prefix);
}

/** The URI bound to one of the version's literal prefixes; asking for a prefix the version lacks is a bug. */
export function extensionUri(version: ScormVersion, prefix: string): string {
  const ns = namespaceOfPrefix(version, prefix);
  if (!ns) throw new Error(`SCORM ${version} has no ${prefix}: namespace`);
  return ns.uri;
}

/** The metadata (LOM) record beside the manifest, referenced by `<adlcp:location>`; see docs/decisions/0003. */
export const METADATA_FILE = "metadata.xml";
export const MANIFEST_FILE = "imsmanifest.xml";
