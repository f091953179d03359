import type { ScormVersion } from "@coursepack/course-model";
import { manifestIds } from "./identifiers.ts";
import { extensionUri } from "./namespaces.ts";
import type { ManifestInput } from "./types.ts";
import { normalizedMeasure } from "./values.ts";
import type { Builder } from "./xml.ts";
import { addMetadata, addOrganization, addResources, manifestRoot, newDocument, serialize } from "./xml.ts";


/**
 * imsmanifest.xml for SCORM 2004 3rd or 4th edition: one organization, one item, one SCO, with the item's
 * objectives declared (SCORM 2004 SN book, 5.1.7): the primary objective is satisfied by measure against the
 * pass mark, and each learning outcome is an objective whose id the SCO reports in cmi.objectives.
 */
export function buildManifest2004(input: ManifestInput, edition: 3 | 4): string {
  const version: ScormVersion = edition === 3 ? "2004-3" : "2004-4";
  const ids = manifestIds(input.course.id, input.variant.key);
  const doc = newDocument();
  const root = manifestRoot(doc, version, ids, input.files);
  addMetadata(root, version);
  const item = addOrganization(root, input, ids);
  addSequencing(item, input);
  addResources(root, version, input, ids);
  return serialize(doc);
}

/**
 * The primary objective has no objectiveID on purpose: an id would make sequencing LMSs add it to
 * cmi.objectives beside the outcomes. With no pass mark it is satisfied only by what the SCO reports.
 */
function addSequencing(item: Builder, input: ManifestInput): void {
  const { passMark } = input.course.assessment;
  const outcomes = input.course.outcomes;
  if (passMark === null && !outcomes.length) return;
  const imsss = extensionUri("2004-4", "imsss");
  const objectives = item.ele(imsss, "imsss:sequencing").ele(imsss, "imsss:objectives");
  const primary = objectives.ele(imsss, "imsss:primaryObjective");
  if (passMark !== null) {
    primary.att("satisfiedByMeasure", "true");
    primary.ele(imsss, "imsss:minNormalizedMeasure").txt(normalizedMeasure(passMark));
  }
  for (const outcome of outcomes) objectives.ele(imsss, "imsss:objective", { objectiveID: outcome.id });
}
