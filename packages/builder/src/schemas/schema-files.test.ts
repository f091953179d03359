import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaFiles } from "../index.ts";
import { schemaSetFolder } from "./schema-files.ts";

const IMSSS_PARTS = ["auxresource", "control", "delivery", "limit", "objective", "random", "rollup", "seqrule", "util"].map((p) => `imsss_v1p0${p}.xsd`);
const SET_2004 = ["XMLSchema.dtd", "adlcp_v1p3.xsd", "adlnav_v1p3.xsd", "adlseq_v1p3.xsd", "datatypes.dtd", "imscp_v1p1.xsd", "imsss_v1p0.xsd", ...IMSSS_PARTS, "xml.xsd"];

describe("schemaFiles", () => {
  it("ships the SCORM 1.2 set", async () => {
    const names = (await schemaFiles("1.2")).map((f) => f.name);
    expect(names).toEqual(["adlcp_rootv1p2.xsd", "ims_xml.xsd", "imscp_rootv1p1p2.xsd", "imsmd_rootv1p2p1.xsd"]);
  });

  it.each(["2004-3", "2004-4"] as const)("ships the SCORM %s set with the DTDs xml.xsd refers to", async (version) => {
    const files = await schemaFiles(version);
    expect(files.map((f) => f.name)).toEqual([...SET_2004].sort());
    const xmlXsd = new TextDecoder().decode(files.find((f) => f.name === "xml.xsd")?.bytes);
    expect(xmlXsd).toContain('"XMLSchema.dtd"');
  });

  it.each(["1.2", "2004-3", "2004-4"] as const)("SCORM %s: byte for byte as published, notices intact", async (version) => {
    const folder = schemaSetFolder(version);
    for (const file of await schemaFiles(version)) {
      expect(Buffer.from(file.bytes).equals(await readFile(join(folder, file.name)))).toBe(true);
    }
  });

  it("keeps the IMS notice of the 3rd edition sequencing schema", async () => {
    const imsss = (await schemaFiles("2004-3")).find((f) => f.name === "imsss_v1p0.xsd");
    expect(new TextDecoder().decode(imsss?.bytes)).toContain("IPR, License and Distribution notice");
  });
});
