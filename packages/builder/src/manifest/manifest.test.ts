import { describe, expect, it } from "vitest";
import type { ScormVersion } from "@coursepack/course-model";
import { SCORM_VERSIONS, defaultAssessment } from "@coursepack/course-model";
import { buildManifest, manifestFiles, schemaFiles, validateManifestXml } from "../index.ts";
import { childrenNamed, descendants } from "../validate/xml-query.ts";
import type { XmlNode } from "../validate/xml-scan.ts";
import { scanXml } from "../validate/xml-scan.ts";
import { fixtureCourse, fixtureInput } from "./fixture-course.ts";
import type { ManifestInput } from "./types.ts";

async function inputFor(version: ScormVersion, overrides: Partial<ManifestInput> = {}): Promise<ManifestInput> {
  return fixtureInput((await schemaFiles(version)).map((f) => f.name), overrides);
}

function parse(xml: string): XmlNode {
  const scan = scanXml(xml);
  if (!scan.ok) throw new Error(scan.message);
  return scan.root;
}

const find = (root: XmlNode, name: string) => [...descendants(root)].filter((n) => n.name === name);
const attrOf = (node: XmlNode | undefined, name: string) => node?.attributes.find((a) => a.name === name)?.value;

describe("manifests validate against the official schemas", () => {
  it.each(SCORM_VERSIONS)("SCORM %s: no XSD error, no lint finding", async (version) => {
    const input = await inputFor(version);
    const files = manifestFiles(version, input);
    const all = [...files.map((f) => f.name), ...input.files];
    expect(await validateManifestXml(buildManifest(version, input), version, all)).toEqual([]);
  });

  it.each(SCORM_VERSIONS)("SCORM %s: also without a pass mark, outcomes or variant", async (version) => {
    const course = fixtureCourse({ assessment: defaultAssessment(false) });
    const input = await inputFor(version, { course, variant: { key: null, label: null, days: [1, 2, 3] } });
    expect(await validateManifestXml(buildManifest(version, input), version, input.files)).toEqual([]);
    const bare = await inputFor(version, { course: { ...course, outcomes: [] } });
    expect(await validateManifestXml(buildManifest(version, bare), version, bare.files)).toEqual([]);
  });
});

describe("what Moodle reads", () => {
  const schemaVersion = { "1.2": "1.2", "2004-3": "2004 3rd Edition", "2004-4": "2004 4th Edition" } as const;

  it.each(SCORM_VERSIONS)("SCORM %s: exact <metadata><schemaversion> under <manifest> and <schema>ADL SCORM", async (version) => {
    const root = parse(buildManifest(version, await inputFor(version)));
    expect(root.name).toBe("manifest");
    const metadata = childrenNamed(root, "metadata")[0];
    expect(metadata && childrenNamed(metadata, "schemaversion")[0]?.text).toBe(schemaVersion[version]);
    expect(metadata && childrenNamed(metadata, "schema")[0]?.text).toBe("ADL SCORM");
  });

  it("SCORM 1.2: the SCO carries the literal adlcp:scormtype and adlcp:masteryscore = pass mark", async () => {
    const xml = buildManifest("1.2", await inputFor("1.2"));
    expect(xml).toContain('adlcp:scormtype="sco"');
    expect(xml).not.toContain("scormType");
    const root = parse(xml);
    expect(find(root, "adlcp:masteryscore").map((n) => n.text)).toEqual(["80"]);
    expect(attrOf(root, "xmlns:adlcp")).toBe("http://www.adlnet.org/xsd/adlcp_rootv1p2");
  });

  it("SCORM 1.2: no masteryscore when the course has no pass mark", async () => {
    const input = await inputFor("1.2", { course: fixtureCourse({ assessment: defaultAssessment(false) }) });
    expect(buildManifest("1.2", input)).not.toMatch(/masteryscore/i);
  });

  it.each(["2004-3", "2004-4"] as const)("SCORM %s: adlcp:scormType, mastery by measure, one objective per outcome", async (version) => {
    const input = await inputFor(version);
    const xml = buildManifest(version, input);
    expect(xml).toContain('adlcp:scormType="sco"');
    expect(xml).not.toContain("scormtype");
    const root = parse(xml);
    const primary = find(root, "imsss:primaryObjective")[0];
    expect(attrOf(primary, "satisfiedByMeasure")).toBe("true");
    expect(primary?.children.map((c) => [c.name, c.text])).toEqual([["imsss:minNormalizedMeasure", "0.8"]]);
    const ids = find(root, "imsss:objective").map((n) => attrOf(n, "objectiveID"));
    expect(ids).toEqual(input.course.outcomes.map((o) => o.id));
    for (const prefix of ["adlcp", "adlseq", "adlnav", "imsss"]) expect(attrOf(root, `xmlns:${prefix}`)).toMatch(/^http:\/\/www\./);
  });

  it("SCORM 2004: no pass mark leaves the primary objective to the SCO", async () => {
    const input = await inputFor("2004-4", { course: fixtureCourse({ assessment: defaultAssessment(false) }) });
    const root = parse(buildManifest("2004-4", input));
    const primary = find(root, "imsss:primaryObjective")[0];
    expect(primary?.attributes).toEqual([]);
    expect(find(root, "imsss:objective")).toHaveLength(3);
  });

  it.each(SCORM_VERSIONS)("SCORM %s: no invented prefixes, content packaging elements unprefixed", async (version) => {
    const root = parse(buildManifest(version, await inputFor(version)));
    const prefixes = new Set([...descendants(root)].flatMap((n) => [n.name, ...n.attributes.map((a) => a.name)]).filter((n) => n.includes(":")).map((n) => n.split(":")[0]));
    expect([...prefixes].sort()).toEqual(version === "1.2" ? ["adlcp", "xmlns", "xsi"] : ["adlcp", "imsss", "xmlns", "xsi"]);
    for (const name of ["metadata", "organizations", "organization", "item", "title", "resources", "resource", "file"]) {
      expect(find(root, name).length).toBeGreaterThan(0);
    }
  });
});

describe("identifiers, titles and files", () => {
  it("derives stable NCName identifiers from the course id and the variant key", async () => {
    const root = parse(buildManifest("1.2", await inputFor("1.2")));
    expect(attrOf(root, "identifier")).toBe("coursepack.key-working.2-3-days");
    expect(attrOf(find(root, "organization")[0], "identifier")).toBe("ORG-key-working.2-3-days");
    expect(attrOf(find(root, "item")[0], "identifier")).toBe("ITEM-key-working.2-3-days");
    expect(attrOf(find(root, "item")[0], "identifierref")).toBe("RES-key-working.2-3-days");
    expect(attrOf(find(root, "resource")[0], "identifier")).toBe("RES-key-working.2-3-days");
    const single = parse(buildManifest("1.2", await inputFor("1.2", { variant: { key: null, label: null, days: [1, 2, 3] } })));
    expect(attrOf(single, "identifier")).toBe("coursepack.key-working");
  });

  it("titles the item with the course title and variant label, escaped", async () => {
    const course = fixtureCourse({ title: "Risk & <Review> \u0007" });
    const xml = buildManifest("2004-4", await inputFor("2004-4", { course }));
    expect(xml).toContain("<title>Risk &amp; &lt;Review&gt;  (2-3 days)</title>");
  });

  it("lists every content file under the SCO, launch page as href, schema files only in xsi:schemaLocation", async () => {
    const input = await inputFor("2004-3");
    const root = parse(buildManifest("2004-3", input));
    const resource = find(root, "resource")[0];
    expect(attrOf(resource, "href")).toBe("index.html");
    const hrefs = resource?.children.map((f) => attrOf(f, "href"));
    expect(hrefs).toEqual(["assets/player.css", "assets/player.js", "course.json", "images/key%20worker.png", "index.html"]);
    const locations = attrOf(root, "xsi:schemaLocation")?.split(" ").filter((_, i) => i % 2 === 1);
    expect(locations).toEqual(["imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd", "adlnav_v1p3.xsd", "imsss_v1p0.xsd"]);
  });

  it.each(SCORM_VERSIONS)("SCORM %s: same input, same string, whatever the file order", async (version) => {
    const input = await inputFor(version);
    const first = buildManifest(version, input);
    expect(buildManifest(version, { ...input, files: [...input.files].reverse() })).toBe(first);
    expect(buildManifest(version, await inputFor(version))).toBe(first);
  });

  it("refuses an unsafe file name: a bug in the caller", async () => {
    const input = await inputFor("1.2");
    expect(() => buildManifest("1.2", { ...input, files: [...input.files, "../secret.txt"] })).toThrow(/safe package path/);
  });
});
