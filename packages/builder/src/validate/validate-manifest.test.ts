import { describe, expect, it } from "vitest";
import type { Diagnostic, ScormVersion } from "@coursepack/course-model";
import { buildManifest, schemaFiles, validateManifestXml, validateManifests, VALIDATION_CODES as CODES } from "../index.ts";
import { fixtureInput } from "../manifest/fixture-course.ts";

async function built(version: ScormVersion): Promise<{ xml: string; files: string[] }> {
  const input = fixtureInput((await schemaFiles(version)).map((f) => f.name));
  return { xml: buildManifest(version, input), files: ["imsmanifest.xml", ...input.files] };
}

const codes = (list: readonly Diagnostic[]) => list.map((d) => d.code);
const errorCodes = (list: readonly Diagnostic[]) => list.filter((d) => d.severity === "error").map((d) => d.code);

interface Case {
  readonly name: string;
  readonly version: ScormVersion;
  readonly edit?: (xml: string) => string;
  readonly files?: (files: string[]) => string[];
  readonly code: string;
  /** The XSDs miss this one: the lint alone must catch it. */
  readonly xsdMisses?: boolean;
}

// Manifests are built with xmlbuilder2; these tests damage them on purpose, as a hand-edited manifest would be.
const CASES: readonly Case[] = [
  { name: "2004 scormtype in 1.2 case", version: "2004-4", edit: (x) => x.replace("adlcp:scormType=", "adlcp:scormtype="), code: CODES.SCORM_TYPE, xsdMisses: true },
  { name: "1.2 scormType in 2004 case", version: "1.2", edit: (x) => x.replace("adlcp:scormtype=", "adlcp:scormType="), code: CODES.SCORM_TYPE },
  { name: "SCO in upper case", version: "2004-3", edit: (x) => x.replace('scormType="sco"', 'scormType="SCO"'), code: CODES.SCORM_TYPE },
  { name: "ns1: instead of adlcp:", version: "1.2", edit: (x) => x.replaceAll("adlcp:", "ns1:").replace("xmlns:adlcp=", "xmlns:ns1="), code: CODES.PREFIX, xsdMisses: true },
  {
    name: "prefixed content packaging element",
    version: "2004-4",
    edit: (x) => x.replace("<item ", '<imscp:item xmlns:imscp="http://www.imsglobal.org/xsd/imscp_v1p1" ').replace("</item>", "</imscp:item>"),
    code: CODES.PREFIX,
    xsdMisses: true,
  },
  { name: "schemaversion in lower case", version: "2004-4", edit: (x) => x.replace("2004 4th Edition", "2004 4th edition"), code: CODES.SCHEMA_VERSION },
  { name: "schemaversion of another edition", version: "2004-4", edit: (x) => x.replace("2004 4th Edition", "2004 3rd Edition"), code: CODES.VERSION_MISMATCH, xsdMisses: true },
  { name: "a listed file is missing", version: "1.2", files: (f) => f.filter((n) => n !== "course.json"), code: CODES.MISSING_FILE, xsdMisses: true },
  { name: "the metadata record is missing", version: "2004-3", files: (f) => f.filter((n) => n !== "metadata.xml"), code: CODES.MISSING_FILE, xsdMisses: true },
  { name: "a file is not listed", version: "2004-4", files: (f) => [...f, "notes/todo.txt"], code: CODES.UNLISTED_FILE, xsdMisses: true },
  { name: "an href leaves the package", version: "1.2", edit: (x) => x.replace('<file href="course.json"/>', '<file href="../course.json"/>'), code: CODES.MISSING_FILE },
  { name: "a duplicate identifier", version: "1.2", edit: (x) => x.replace('identifier="ITEM-', 'identifier="ORG-'), code: CODES.DUPLICATE_ID },
  { name: "an identifier with a space", version: "2004-4", edit: (x) => x.replace('identifier="coursepack.key-working.2-3-days"', 'identifier="key working"'), code: CODES.IDENTIFIER },
  { name: "an objective id with spaces", version: "2004-4", edit: (x) => x.replace('objectiveID="what-is-a-key-worker"', 'objectiveID="what is a key worker"'), code: CODES.OBJECTIVE_ID, xsdMisses: true },
  { name: "two objectives with one id", version: "2004-3", edit: (x) => x.replace('objectiveID="models-of-key-working"', 'objectiveID="what-is-a-key-worker"'), code: CODES.OBJECTIVE_ID, xsdMisses: true },
  { name: "a mastery score over 100", version: "1.2", edit: (x) => x.replace(">80<", ">150<"), code: CODES.MASTERY_SCORE, xsdMisses: true },
  { name: "an item pointing at no resource", version: "1.2", edit: (x) => x.replace('identifierref="RES-', 'identifierref="NONE-'), code: CODES.BROKEN_REFERENCE },
];

describe("validateManifestXml: lint rules the XSDs miss", () => {
  it.each(CASES)("$name -> $code", async (c) => {
    const { xml, files } = await built(c.version);
    const diagnostics = await validateManifestXml(c.edit ? c.edit(xml) : xml, c.version, c.files ? c.files(files) : files);
    expect(codes(diagnostics)).toContain(c.code);
    expect(diagnostics.every((d) => d.file === "imsmanifest.xml")).toBe(true);
    if (c.xsdMisses) expect(codes(diagnostics)).not.toContain(CODES.SCHEMA_INVALID);
  });

  it("a resource that is only an asset gets a warning, not an error", async () => {
    const { xml, files } = await built("1.2");
    const diagnostics = await validateManifestXml(xml.replace('scormtype="sco"', 'scormtype="asset"'), "1.2", files);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([[CODES.NO_SCO, "warning"]]);
  });
});

describe("validateManifestXml: the official XSDs", () => {
  it("reports a schema error with its line", async () => {
    const { xml, files } = await built("2004-4");
    const broken = xml.replace(' type="webcontent"', "");
    const line = broken.split("\n").findIndex((l) => l.includes("<resource ")) + 1;
    const diagnostics = await validateManifestXml(broken, "2004-4", files);
    expect(diagnostics).toEqual([expect.objectContaining({ code: CODES.SCHEMA_INVALID, severity: "error", line, file: "imsmanifest.xml" })]);
    expect(diagnostics[0]?.message).toContain("'type' is required");
  });

  it("reports XML that is not well-formed, with libxml2's message and line", async () => {
    const { xml, files } = await built("1.2");
    const diagnostics = await validateManifestXml(xml.replace("</organizations>", ""), "1.2", files);
    expect(codes(diagnostics)).toEqual([CODES.MALFORMED]);
    expect(diagnostics[0]?.line).toBeGreaterThan(1);
  });

  it("refuses a DOCTYPE with an external entity without resolving it", async () => {
    const { xml, files } = await built("1.2");
    const hostile = xml.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?>\n<!DOCTYPE manifest [<!ENTITY x SYSTEM "file:///etc/passwd">]>');
    const diagnostics = await validateManifestXml(hostile.replace("<title>", "<title>&x;"), "1.2", files);
    expect(diagnostics).toEqual([expect.objectContaining({ code: CODES.DOCTYPE, line: 2 })]);
  });
});

describe("validateManifestXml: packages from anyone", () => {
  it.each(["1.2", "2004-3", "2004-4"] as const)("detects SCORM %s from the manifest itself", async (version) => {
    const { xml, files } = await built(version);
    expect(await validateManifestXml(xml, null, files)).toEqual([]);
  });

  it("warns about a 2004 2nd edition schemaversion Moodle still plays as 2004", async () => {
    const { xml, files } = await built("2004-3");
    const diagnostics = await validateManifestXml(xml.replace("2004 3rd Edition", "CAM 1.3"), null, files);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([[CODES.SCHEMA_VERSION, "warning"]]);
  });

  it("says a 2004 manifest without a schemaversion plays as 1.2 in Moodle", async () => {
    const { xml, files } = await built("2004-4");
    const diagnostics = await validateManifestXml(xml.replace("<schemaversion>2004 4th Edition</schemaversion>", ""), null, files);
    expect(errorCodes(diagnostics)).toEqual([CODES.SCHEMA_VERSION]);
    expect(diagnostics[0]?.message).toContain("SCORM 1.2");
  });
});

describe("validateManifests: a whole build at once", () => {
  it("checks manifests of every version in one go and keeps each result with its manifest", async () => {
    const good = await Promise.all((["1.2", "2004-3", "2004-4"] as const).map(async (version) => ({ version, ...(await built(version)) })));
    const checks = [...good, ...good].map((g, i) => ({
      xml: i === 4 ? g.xml.replace(' type="webcontent"', "") : i === 5 ? g.xml.replace("</resources>", "") : g.xml,
      version: g.version,
      files: g.files,
    }));
    const results = await validateManifests(checks);
    expect(results.map(codes)).toEqual([[], [], [], [], [CODES.SCHEMA_INVALID], [CODES.MALFORMED]]);
  });
});
