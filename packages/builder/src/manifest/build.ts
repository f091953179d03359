import type { ScormVersion } from "@coursepack/course-model";
import { buildManifest12 } from "./manifest12.ts";
import { buildManifest2004 } from "./manifest2004.ts";
import { buildMetadata12, buildMetadata2004 } from "./metadata.ts";
import { MANIFEST_FILE, METADATA_FILE } from "./namespaces.ts";
import type { ManifestInput } from "./types.ts";

/** imsmanifest.xml for one SCORM version: the one switch over versions the packager needs. */
export function buildManifest(version: ScormVersion, input: ManifestInput): string {
  switch (version) {
    case "1.2":
      return buildManifest12(input);
    case "2004-3":
      return buildManifest2004(input, 3);
    case "2004-4":
      return buildManifest2004(input, 4);
  }
}

/** metadata.xml (METADATA_FILE) for one SCORM version: IMS MD 1.2.1 for 1.2, IEEE LOM for 2004. */
export function buildMetadata(version: ScormVersion, input: ManifestInput): string {
  return version === "1.2" ? buildMetadata12(input) : buildMetadata2004(input);
}

/** A file the manifest step makes, shaped like the packager's PackageFile. */
export interface ManifestFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * imsmanifest.xml and metadata.xml for one version, UTF-8 encoded: everything the manifest step adds to a
 * package. `input.files` need not list metadata.xml (the manifest names it through adlcp:location either way).
 */
export function manifestFiles(version: ScormVersion, input: ManifestInput): ManifestFile[] {
  const utf8 = new TextEncoder();
  return [
    { name: MANIFEST_FILE, bytes: utf8.encode(buildManifest(version, input)) },
    { name: METADATA_FILE, bytes: utf8.encode(buildMetadata(version, input)) },
  ];
}
