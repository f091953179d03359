import type { Diagnostic, ScormVersion } from "@coursepack/course-model";
import { error, sortDiagnostics } from "@coursepack/course-model";
import { MANIFEST_FILE } from "../manifest/namespaces.ts";
import { CODES } from "./codes.ts";
import type { DeclaredVersion } from "./detect-version.ts";
import { declaredVersion, versionDiagnostics } from "./detect-version.ts";
import { lintManifest } from "./lint.ts";
import type { ScanResult } from "./xml-scan.ts";
import { scanXml } from "./xml-scan.ts";
import { xsdDiagnosticsBatch } from "./xsd.ts";

/** A manifest listing 10,000 files is about 1 MB; anything far beyond that is not a manifest. */
export const MAX_MANIFEST_CHARS = 16 * 1024 * 1024;

export interface ManifestReport {
  /** The version the manifest declares exactly (what Moodle will see), or null. */
  readonly version: ScormVersion | null;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ManifestCheck {
  readonly xml: string;
  /** The version the package was built for, or null to take it from the manifest (a package from anyone). */
  readonly version: ScormVersion | null;
  /** Every file in the package, posix paths from its root; imsmanifest.xml may be included or not. */
  readonly files: readonly string[];
}

/** Checks a manifest against the official XSDs of its version and the lint rules they miss. */
export async function validateManifestXml(
  xml: string,
  version: ScormVersion | null,
  files: readonly string[],
): Promise<Diagnostic[]> {
  const [report] = await checkManifests([{ xml, version, files }]);
  return [...(report?.diagnostics ?? [])];
}

/**
 * Many manifests at once (a whole build): one xmllint run per SCORM version, so the schemas are compiled
 * once per version rather than once per package. One diagnostic list per manifest, in order.
 */
export async function validateManifests(checks: readonly ManifestCheck[]): Promise<Diagnostic[][]> {
  return (await checkManifests(checks)).map((r) => [...r.diagnostics]);
}

type Prepared =
  | { readonly done: ManifestReport }
  | { readonly scan: ScanResult; readonly declared: DeclaredVersion | null; readonly schemaSet: ScormVersion; readonly found: Diagnostic[] };

export async function checkManifests(checks: readonly ManifestCheck[]): Promise<ManifestReport[]> {
  const prepared = checks.map(prepare);
  const xsd = new Map<number, Diagnostic[]>();
  const sets = [...new Set(prepared.flatMap((p) => ("schemaSet" in p ? [p.schemaSet] : [])))];
  await Promise.all(
    sets.map(async (set) => {
      const indexes = prepared.flatMap((p, i) => ("schemaSet" in p && p.schemaSet === set ? [i] : []));
      const results = await xsdDiagnosticsBatch(indexes.map((i) => checks[i]?.xml ?? ""), set);
      indexes.forEach((index, k) => xsd.set(index, results[k] ?? []));
    }),
  );
  return prepared.map((p, i) => ("done" in p ? p.done : finish(p, xsd.get(i) ?? [], checks[i]?.files ?? [])));
}

/** Everything decided before libxml2 runs: size, DOCTYPE, the version and which schema set applies. */
function prepare(check: ManifestCheck): Prepared {
  if (check.xml.length > MAX_MANIFEST_CHARS) {
    return refuse(CODES.MALFORMED, `imsmanifest.xml is larger than ${MAX_MANIFEST_CHARS / 1024 / 1024} MB`);
  }
  const scan = scanXml(check.xml);
  if (!scan.ok && scan.reason === "doctype") {
    const message = `imsmanifest.xml has a ${scan.message}: DTDs and entities are never processed`;
    return refuse(CODES.DOCTYPE, message, scan.line, "remove the <!DOCTYPE ...> and any entity declarations");
  }
  // A broken document still goes to libxml2: its report of what is broken is more precise than the scanner's.
  if (!scan.ok) return { scan, declared: null, schemaSet: check.version ?? "1.2", found: [] };
  const declared = declaredVersion(scan.root);
  const schemaSet = check.version ?? declared.schemaSet;
  const found = versionDiagnostics(declared, check.version);
  if (schemaSet) return { scan, declared, schemaSet, found };
  const message = `<${scan.root.name}> is not in a SCORM content packaging namespace: cannot tell the SCORM version`;
  found.push(error(CODES.SCHEMA_INVALID, message, { file: MANIFEST_FILE, line: scan.root.line }));
  return { done: { version: declared.version, diagnostics: found } };
}

function finish(p: Exclude<Prepared, { done: ManifestReport }>, xsd: Diagnostic[], files: readonly string[]): ManifestReport {
  if (!p.scan.ok) {
    const malformed = xsd.filter((d) => d.code === CODES.MALFORMED);
    const diagnostics = malformed.length ? malformed : refuseList(CODES.MALFORMED, p.scan.message, p.scan.line);
    return { version: null, diagnostics };
  }
  const diagnostics = [...p.found, ...xsd, ...lintManifest(p.scan.root, p.schemaSet, files)];
  return { version: p.declared?.version ?? null, diagnostics: sortDiagnostics(diagnostics) };
}

function refuse(code: string, message: string, line?: number, hint?: string): Prepared {
  return { done: { version: null, diagnostics: refuseList(code, message, line, hint) } };
}

function refuseList(code: string, message: string, line?: number, hint?: string): Diagnostic[] {
  return [error(code, message, { file: MANIFEST_FILE, ...(line === undefined ? {} : { line }) }, hint)];
}
