/**
 * The real steps of the pipeline, wired in one place: the course model's readers, this package's manifest
 * builders, schema files and validator, and the player's bundle and launch page. build-all.ts loads this
 * module only when no tools are passed in, so tests of the pipeline never pull in Vite or the XSD validator.
 */
import { importProfile, parseCourseSource, variants } from "@coursepack/course-model";
import type { ScormVersion } from "@coursepack/course-model";
import { buildPlayer, renderLaunchPage } from "@coursepack/player/build";
import { buildManifest, buildMetadata } from "./manifest/build.ts";
import { MANIFEST_FILE, METADATA_FILE } from "./manifest/namespaces.ts";
import { schemaFiles } from "./schemas/schema-files.ts";
import { validateManifestXml } from "./validate/validate-manifest.ts";
import type { BuildTools, ManifestRequest, PlayerBundle } from "./tools.ts";
import type { PackageFile } from "./zip.ts";

export function defaultTools(): BuildTools {
  return {
    parseCourseSource,
    importProfile,
    variants,
    manifestFiles,
    schemaFiles,
    validateManifest: validateManifestXml,
    renderLaunchPage,
  };
}

export async function buildPlayerBundle(): Promise<PlayerBundle> {
  const { files, hash } = await buildPlayer();
  return { files, hash };
}

/** The manifest and its metadata record; the manifest lists the record, so it joins the file list first. */
function manifestFiles(version: ScormVersion, request: ManifestRequest): PackageFile[] {
  const input = { ...request, files: [...request.files, METADATA_FILE] };
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  return [
    { name: MANIFEST_FILE, bytes: encode(buildManifest(version, input)) },
    { name: METADATA_FILE, bytes: encode(buildMetadata(version, input)) },
  ];
}
