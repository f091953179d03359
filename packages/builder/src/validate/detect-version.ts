import type { Diagnostic, ScormVersion } from "@coursepack/course-model";
import { error, warning } from "@coursepack/course-model";
import { MANIFEST_FILE, VERSION_PROFILES, profileOf } from "../manifest/namespaces.ts";
import { CODES } from "./codes.ts";
import { childrenNamed, namespaceAt } from "./xml-query.ts";
import type { XmlNode } from "./xml-scan.ts";

/** What the manifest says about its version, read the way Moodle reads it (scormlib.php, scorm_get_manifest). */
export interface DeclaredVersion {
  /** Exact `<metadata><schemaversion>` match, else null. */
  readonly version: ScormVersion | null;
  /** The schemaversion text as written, or null when there is none. */
  readonly text: string | null;
  readonly line: number;
  /** The schema set to check against: from the schemaversion, else from the root's namespace, else null. */
  readonly schemaSet: ScormVersion | null;
}

/** Moodle also plays 2004 2nd edition ("CAM 1.3", "1.3") as 2004; we check those against the 3rd edition set. */
const SECOND_EDITION = /^(CAM )?1\.3$/;

export function declaredVersion(root: XmlNode): DeclaredVersion {
  const node = childrenNamed(root, "metadata").flatMap((m) => childrenNamed(m, "schemaversion"))[0];
  const text = node ? node.text : null;
  const version = (Object.values(VERSION_PROFILES).find((p) => p.schemaVersion === text)?.version ?? null) as ScormVersion | null;
  const line = node?.line ?? root.line;
  if (version) return { version, text, line, schemaSet: version };
  const family = familyOf(root);
  const schemaSet = family === "2004" ? (text !== null && SECOND_EDITION.test(text) ? "2004-3" : "2004-4") : family;
  return { version, text, line, schemaSet };
}

function familyOf(root: XmlNode): "1.2" | "2004" | null {
  const uri = namespaceAt(root, null);
  if (uri === profileOf("1.2").namespaces[0]?.uri) return "1.2";
  if (uri === profileOf("2004-4").namespaces[0]?.uri) return "2004";
  return null;
}

/** CP613 / CP621: the schemaversion Moodle needs to pick the right API, and the version we meant to build. */
export function versionDiagnostics(declared: DeclaredVersion, expected: ScormVersion | null): Diagnostic[] {
  const at = { file: MANIFEST_FILE, line: declared.line };
  const shown = declared.text === null ? "no <schemaversion>" : `<schemaversion>${declared.text}</schemaversion>`;
  const exact = Object.values(VERSION_PROFILES).map((p) => `\`${p.schemaVersion}\``).join(", ");
  if (expected && declared.version && declared.version !== expected) {
    const want = profileOf(expected).schemaVersion;
    return [error(CODES.VERSION_MISMATCH, `${shown} but the package was built for SCORM ${want}`, at)];
  }
  if (declared.version) return [];
  const hint = expected ? `write <schemaversion>${profileOf(expected).schemaVersion}</schemaversion>` : `use one of ${exact}`;
  if (!expected && declared.text !== null && SECOND_EDITION.test(declared.text)) {
    const message = `${shown} is SCORM 2004 2nd edition: Moodle plays it as 2004, checked here against the 3rd edition schemas`;
    return [warning(CODES.SCHEMA_VERSION, message, at, hint)];
  }
  if (!expected && declared.text === null && declared.schemaSet === "1.2") {
    return [warning(CODES.SCHEMA_VERSION, `${shown}: Moodle assumes SCORM 1.2`, at, hint)];
  }
  const message = `${shown} is not one Moodle recognises: it will treat the package as SCORM 1.2`;
  return [error(CODES.SCHEMA_VERSION, message, at, hint)];
}
