import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { BUILD_ID_CATALOG, LEARNING_HOURS_PER_DAY, buildMetadata12, buildMetadata2004 } from "../index.ts";
import { schemaSetFolder } from "../schemas/schema-files.ts";
import { descendants } from "../validate/xml-query.ts";
import { scanXml } from "../validate/xml-scan.ts";
import type { XmlNode } from "../validate/xml-scan.ts";
import { fixtureCourse, fixtureInput } from "./fixture-course.ts";

function parse(xml: string): XmlNode {
  const scan = scanXml(xml);
  if (!scan.ok) throw new Error(scan.message);
  return scan.root;
}

const texts = (root: XmlNode, name: string) => [...descendants(root)].filter((n) => n.name === name).map((n) => n.text);
const input = fixtureInput([]);

describe("SCORM 1.2 metadata (IMS MD 1.2.1)", () => {
  const root = parse(buildMetadata12(input));

  it("carries title, description, keywords from the standards and the build id", () => {
    expect(root.name).toBe("lom");
    expect(root.attributes.find((a) => a.name === "xmlns")?.value).toBe("http://www.imsglobal.org/xsd/imsmd_rootv1p2p1");
    expect(texts(root, "identifier")).toEqual(["coursepack.key-working.2-3-days"]);
    expect(texts(root, "langstring")).toEqual(
      expect.arrayContaining(["Key Working (2-3 days)", "Care certificate 1", "QCF HSC 025", input.buildId, `${input.course.description[0]}\n\n${input.course.description[1]}`]),
    );
    expect(texts(root, "catalog")).toEqual([BUILD_ID_CATALOG]);
  });

  it("states typical learning time in the SCORM 1.2 timespan format, from the shortest course", () => {
    expect(LEARNING_HOURS_PER_DAY).toBe(6);
    expect(texts(root, "datetime")).toEqual(["12:00:00"]);
    const halfDay = fixtureInput([], { course: fixtureCourse({ duration: { label: "Half Day", days: [0.5] } }), variant: { key: null, label: null, days: [] } });
    expect(texts(parse(buildMetadata12(halfDay)), "datetime")).toEqual(["03:00:00"]);
  });

  it("follows the official content model (checked with the schema's ##any wildcard narrowed so libxml2 compiles it)", async () => {
    // imsmd_rootv1p2p1.xsd as published is not deterministic (an ##any strict wildcard after optional
    // elements of its own namespace), so libxml2 refuses it; ##other keeps every element declaration.
    const folder = schemaSetFolder("1.2");
    const imsmd = (await readFile(join(folder, "imsmd_rootv1p2p1.xsd"), "utf8")).replace('namespace="##any"', 'namespace="##other"');
    const xml = await readFile(join(folder, "ims_xml.xsd"), "utf8");
    const result = await validateXML({
      xml: [{ fileName: "metadata.xml", contents: buildMetadata12(input) }],
      schema: [{ fileName: "imsmd_rootv1p2p1.xsd", contents: imsmd }],
      preload: [{ fileName: "ims_xml.xsd", contents: xml }],
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe("SCORM 2004 metadata (IEEE LOM)", () => {
  const root = parse(buildMetadata2004(input));

  it("carries title, description, keywords, learning time as an ISO 8601 duration, and the build id", () => {
    expect(root.attributes.find((a) => a.name === "xmlns")?.value).toBe("http://ltsc.ieee.org/xsd/LOM");
    expect(texts(root, "entry")).toEqual(["coursepack.key-working.2-3-days", input.buildId]);
    expect(texts(root, "catalog")).toEqual(["coursepack", BUILD_ID_CATALOG]);
    expect(texts(root, "string")).toEqual(expect.arrayContaining(["Key Working (2-3 days)", "Care certificate 1", "QCF HSC 025"]));
    expect(texts(root, "duration")).toEqual(["PT12H"]);
    expect(texts(root, "metadataSchema")).toEqual(["LOMv1.0", "SCORM_CAM_v1.3"]);
  });

  it("is deterministic: no dates, same input same string", () => {
    expect(buildMetadata2004(input)).toBe(buildMetadata2004(fixtureInput([])));
    expect(buildMetadata2004(input)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
