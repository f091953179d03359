/**
 * What the pipeline needs from the other packages, as one interface: the build steps take it as a value, so
 * each step can be tested with small fakes and the real functions are wired in one place (`defaultTools`).
 */
import type { Course, CourseVariant, Diagnostic, PackageData, ScormVersion } from "@coursepack/course-model";
import type { CourseReaders } from "./load-course.ts";
import type { ManifestCheck } from "./validate/validate-manifest.ts";
import type { PackageFile } from "./zip.ts";

/** What the manifest step is given for one package. */
export interface ManifestRequest {
  readonly course: Course;
  readonly variant: { readonly key: string | null; readonly label: string | null; readonly days: readonly number[] };
  readonly buildId: string;
  readonly launch: "index.html";
  /** Every file of the package the manifest step does not make itself (content and schema files), sorted. */
  readonly files: readonly string[];
}

/** The player bundle, built once per build and shared by every package (its files go under `player/`). */
export interface PlayerBundle {
  readonly files: readonly PackageFile[];
  /** Content hash of the bundle: part of every build id. */
  readonly hash: string;
}

export interface BuildTools extends CourseReaders {
  variants(course: Course): readonly CourseVariant[];
  /** `imsmanifest.xml` and any file that comes with it (a metadata record), for one version. */
  manifestFiles(version: ScormVersion, request: ManifestRequest): readonly PackageFile[];
  /** The official XSD files of a version, shipped at the package root. */
  schemaFiles(version: ScormVersion): Promise<readonly PackageFile[]>;
  /**
   * Every problem of each manifest, checked against the names of all the files its package will hold: one
   * list per check, in order. The build passes the manifests of one SCORM version together, so the schemas
   * are compiled once per version and batch rather than once per package.
   */
  validateManifests(checks: readonly ManifestCheck[]): Promise<readonly (readonly Diagnostic[])[]>;
  /** The package's index.html, with the package data inline. */
  renderLaunchPage(data: PackageData): string;
}
