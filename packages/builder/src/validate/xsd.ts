import { create } from "xmlbuilder2";
import { validateXML } from "xmllint-wasm";
import type { Diagnostic, ScormVersion } from "@coursepack/course-model";
import { error, warning } from "@coursepack/course-model";
import { MANIFEST_FILE, profileOf } from "../manifest/namespaces.ts";
import { schemaFiles } from "../schemas/schema-files.ts";
import { CODES } from "./codes.ts";

const XS = "http://www.w3.org/2001/XMLSchema";
const WRAPPER_2004 = "coursepack-scorm2004-wrapper.xsd";
/** 64 KiB WebAssembly pages: start at xmllint-wasm's 16 MiB, allow 256 MiB for very large foreign manifests. */
const MEMORY_PAGES = 256;

/**
 * libxml2 only uses schemas the main schema imports (it ignores xsi:schemaLocation for the rest), so 2004
 * is checked against a wrapper that imports all five namespaces. For 1.2 the main schema is adlcp_rootv1p2.xsd,
 * which imports imscp_rootv1p1p2.xsd; imsmd_rootv1p2p1.xsd cannot be used: its content models are not
 * deterministic and libxml2 refuses to compile it (see decision 0003).
 */
export function wrapperSchema2004(version: ScormVersion): string {
  const schema = create({ version: "1.0", encoding: "UTF-8" }).ele(XS, "xs:schema", {
    targetNamespace: "urn:coursepack:scorm2004-wrapper",
    elementFormDefault: "qualified",
  });
  for (const ns of profileOf(version).namespaces) schema.ele(XS, "xs:import", { namespace: ns.uri, schemaLocation: ns.xsd });
  return schema.end({ prettyPrint: true });
}

/** The manifest against the official schema set of `version`: CP611 for XML errors, CP612 for schema errors. */
export async function xsdDiagnostics(xml: string, version: ScormVersion): Promise<Diagnostic[]> {
  return (await xsdDiagnosticsBatch([xml], version))[0] ?? [];
}

/**
 * Several manifests of one version in one xmllint run: the schemas are compiled once (about 150 ms), so nine
 * packages cost little more than one. Returns one list per manifest, in order.
 */
export async function xsdDiagnosticsBatch(xmls: readonly string[], version: ScormVersion): Promise<Diagnostic[][]> {
  if (!xmls.length) return [];
  const files = (await schemaFiles(version)).map((f) => ({ fileName: f.name, contents: f.bytes }));
  const main =
    version === "1.2"
      ? files.find((f) => f.fileName === "adlcp_rootv1p2.xsd")
      : { fileName: WRAPPER_2004, contents: wrapperSchema2004(version) };
  if (!main) throw new Error("adlcp_rootv1p2.xsd is missing from the SCORM 1.2 schema set");
  let output: string;
  try {
    const result = await validateXML({
      xml: xmls.map((contents, i) => ({ fileName: batchName(i), contents })),
      schema: [main],
      preload: files.filter((f) => f !== main),
      initialMemoryPages: MEMORY_PAGES,
      maxMemoryPages: MEMORY_PAGES * 16,
      // Defence in depth: a manifest with a DOCTYPE has already been refused.
      modifyArguments: (args) => ["--nonet", ...args],
    });
    if (result.valid) return xmls.map(() => []);
    output = result.rawOutput;
  } catch (e) {
    // xmllint exits 1 (not 3/4) when a document is not well-formed; its messages are still the best report.
    output = e instanceof Error ? e.message : String(e);
  }
  return xmls.map((_, i) => parseOutput(output, i));
}

const batchName = (i: number) => `imsmanifest-${i}.xml`;

/** Namespaces whose schemas are not in the shipped sets (IEEE LOM) or cannot compile in libxml2 (IMS MD 1.2). */
const UNCHECKED_METADATA = /^Element '\{(http:\/\/ltsc\.ieee\.org\/xsd\/LOM|http:\/\/www\.imsglobal\.org\/xsd\/imsmd_rootv1p2p1)\}[^']*': No matching global element declaration available, but demanded by the strict wildcard\.$/;

/** The diagnostics of manifest `index` in xmllint's output; a manifest xmllint never reported on is an error. */
export function parseOutput(output: string, index: number): Diagnostic[] {
  const name = batchName(index);
  const diagnostics: Diagnostic[] = [];
  let reported = false;
  for (const raw of output.split("\n")) {
    if (raw === `${name} validates` || raw === `${name} fails to validate`) reported = true;
    if (!raw.startsWith(`${name}:`)) continue;
    const m = /^[^:]+:(\d+): (.*)$/.exec(raw);
    if (!m) continue;
    reported = true;
    diagnostics.push(toDiagnostic(Number(m[1]), m[2] ?? ""));
  }
  if (!reported) {
    const first = output.trim().split("\n")[0] ?? "";
    diagnostics.push(error(CODES.SCHEMA_INVALID, `the schema check did not run to the end: ${first}`, { file: MANIFEST_FILE }));
  }
  return diagnostics;
}

function toDiagnostic(line: number, raw: string): Diagnostic {
  const message = raw.replace(/^(element \S+: )?Schemas validity error : /, "");
  const at = { file: MANIFEST_FILE, line };
  if (UNCHECKED_METADATA.test(message)) {
    const hint = "point to an external record with <adlcp:location> if the LMS must trust it";
    return warning(CODES.METADATA_NOT_CHECKED, `inline metadata not checked: ${message}`, at, hint);
  }
  if (/parser error|namespace error/.test(message)) {
    return error(CODES.MALFORMED, message.replace(/^(parser|namespace) error : /, ""), at);
  }
  return error(CODES.SCHEMA_INVALID, message, at);
}
