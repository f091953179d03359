/**
 * CP5xx: build and packaging diagnostics raised by the builder's own steps (config, loading, assets, output).
 * Stable: the CLI, docs and users' CI scripts refer to them. Manifest validation reports its own codes.
 */
export const CODES = {
  /** A course path given to the build does not exist. */
  notFound: "CP501",
  /** A path exists but is not a course: a folder without course.yaml, or a file that is neither course.yaml nor a profile .txt. */
  notACourse: "CP502",
  /** A course file exists but could not be read (permissions, I/O). */
  unreadable: "CP503",
  /** An asset path leaves the course folder (absolute, `..`, or a symlink pointing outside). */
  assetOutside: "CP504",
  /** An asset the course refers to is missing or unreadable at packaging time. */
  assetMissing: "CP505",
  /** `scorm` in the build config names an unknown SCORM version. */
  badScormVersion: "CP510",
  /** Nothing to build: no course given and no course folder under courses/. */
  noCourses: "CP511",
  /** The output folder is inside a course folder (a rebuild would watch its own output). */
  outInsideCourse: "CP512",
  /** The course asks for no SCORM version that this build makes (course `scorm` vs `--scorm`). */
  noVersions: "CP520",
  /** A generated manifest failed validation: the package is not written. */
  manifestInvalid: "CP521",
  /** Two courses of one build would write the same package file. */
  duplicatePackage: "CP522",
  /** Writing the output failed (disk full, permissions): nothing of the course is left behind. */
  writeFailed: "CP530",
  /** `coursepack import` would replace an existing course.yaml: only with --force. */
  courseExists: "CP531",
} as const;
