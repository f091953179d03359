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
import { validateManifests } from "./validate/validate-manifest.ts";
import type { BuildTools, ManifestRequest, PlayerBundle } from "./tools.ts";
import type { PackageFile } from "./zip.ts";

export function defaultTools(): BuildTools {
  return {
    parseCourseSource,
    importProfile,
    variants,
    manifestFiles,
    schemaFiles: readOnce(schemaFiles),
    validateManifests,
    renderLaunchPage,
  };
}

export async function buildPlayerBundle(): Promise<PlayerBundle> {
  const { files, hash } = await buildPlayer();
  return { files, hash };
}

/**
 * Every package of a version ships the same schema files: read them once per set of tools (one build, or
 * one watch session) rather than once per package. A failed read is not kept, so the next call tries again.
 */
function readOnce(read: (version: ScormVersion) => Promise<readonly PackageFile[]>): (version: ScormVersion) => Promise<readonly PackageFile[]> {
  const cache = new Map<ScormVersion, Promise<readonly PackageFile[]>>();
  return (version) => {
    const known = cache.get(version);
    if (known) return known;
    const files = read(version);
    cache.set(version, files);
    files.catch(() => cache.delete(version));
    return files;
  };
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
