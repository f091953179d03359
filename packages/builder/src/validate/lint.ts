import type { Diagnostic, ScormVersion } from "@coursepack/course-model";
import { lintFiles } from "./lint-files.ts";
import { lintIdentifiers, lintMasteryScore, lintObjectiveIds, lintReferences } from "./lint-ids.ts";
import { lintPrefixes, lintSchemaName, lintScormType } from "./lint-names.ts";
import type { XmlNode } from "./xml-scan.ts";

/** The rules the XSDs miss, in the order a reader fixes them: names, identifiers, then files. */
export function lintManifest(root: XmlNode, version: ScormVersion, files: readonly string[]): Diagnostic[] {
  return [
    ...lintPrefixes(root, version),
    ...lintSchemaName(root),
    ...lintScormType(root, version),
    ...lintIdentifiers(root),
    ...lintReferences(root),
    ...lintObjectiveIds(root, version),
    ...lintMasteryScore(root, version),
    ...lintFiles(root, files),
  ];
}
