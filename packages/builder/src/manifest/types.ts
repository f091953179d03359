import type { Course } from "@coursepack/course-model";

/** Everything a manifest (and its metadata record) is built from. Plain data: same input, same XML. */
export interface ManifestInput {
  /** The course of one variant: its outcomes are the ones this package teaches. */
  readonly course: Course;
  readonly variant: { readonly key: string | null; readonly label: string | null; readonly days: readonly number[] };
  /** Identifies the build; recorded in the metadata so an admin can match a package to its sources. */
  readonly buildId: string;
  /** The SCO's launch page, relative to the package root, e.g. "index.html". */
  readonly launch: string;
  /**
   * Every file in the package as posix paths relative to its root, including the schema files and
   * metadata.xml, excluding imsmanifest.xml. Order does not matter: the manifest lists them sorted.
   */
  readonly files: readonly string[];
}
