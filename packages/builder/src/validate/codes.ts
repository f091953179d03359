/**
 * CP6xx: package validation. Stable codes: the CLI, the docs and users' CI scripts refer to them.
 * 600-609 the package as a whole (zip or folder), 610-629 the manifest.
 */
export const CODES = {
  /** No imsmanifest.xml at all (Moodle: "Incorrect file package - missing imsmanifest.xml"). */
  MANIFEST_MISSING: "CP601",
  /** imsmanifest.xml only inside a folder (Moodle refuses the upload). */
  MANIFEST_NOT_AT_ROOT: "CP602",
  /** An entry name that could write outside the extraction folder: `../`, absolute, backslash, drive letter, symlink. */
  UNSAFE_ENTRY: "CP603",
  /** More entries than MAX_PACKAGE_ENTRIES. */
  TOO_MANY_ENTRIES: "CP604",
  /** Compression ratio or total size of a zip bomb. */
  ZIP_BOMB: "CP605",
  /** Not a zip, corrupt, encrypted, or an unsupported compression method (Moodle: "You must provide a valid zip file"). */
  UNREADABLE_PACKAGE: "CP606",
  /** Validation did not finish within VALIDATE_TIMEOUT_MS. */
  TIMEOUT: "CP607",
  /** The manifest has a DOCTYPE / entity declarations: never resolved, always refused. */
  DOCTYPE: "CP610",
  /** The manifest is not well-formed XML (or not UTF-8, or too large). */
  MALFORMED: "CP611",
  /** The official XSDs reject the manifest. */
  SCHEMA_INVALID: "CP612",
  /** `<metadata><schemaversion>` missing or not exactly what Moodle matches. */
  SCHEMA_VERSION: "CP613",
  /** `adlcp:scormtype` (1.2) / `adlcp:scormType` (2004) in the wrong case, or a wrong value. */
  SCORM_TYPE: "CP614",
  /** A prefix other than the literal one Moodle matches (`ns1:`, a prefixed content packaging element, ...). */
  PREFIX: "CP615",
  /** An identifier that is not a safe NCName. */
  IDENTIFIER: "CP616",
  /** The same identifier twice. */
  DUPLICATE_ID: "CP617",
  /** An objective id that LMSs reject (spaces, leading digit, duplicates in one item). */
  OBJECTIVE_ID: "CP618",
  /** A href / adlcp:location naming a file that is not in the package. */
  MISSING_FILE: "CP619",
  /** A file in the package the manifest does not list. */
  UNLISTED_FILE: "CP620",
  /** The manifest is for another SCORM version than the one built. */
  VERSION_MISMATCH: "CP621",
  /** No resource is a SCO: the LMS offers no API, nothing is tracked. */
  NO_SCO: "CP622",
  /** Inline metadata the shipped schemas cannot check (warning). */
  METADATA_NOT_CHECKED: "CP623",
  /** identifierref / organizations@default pointing at nothing. */
  BROKEN_REFERENCE: "CP624",
  /** adlcp:masteryscore that is not a number from 0 to 100. */
  MASTERY_SCORE: "CP625",
  /** `<schema>` is not "ADL SCORM" (warning). */
  SCHEMA_NAME: "CP626",
} as const;

export type ValidationCode = (typeof CODES)[keyof typeof CODES];
