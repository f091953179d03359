import { manifestIds } from "./identifiers.ts";
import { extensionUri } from "./namespaces.ts";
import type { ManifestInput } from "./types.ts";
import { addMetadata, addOrganization, addResources, manifestRoot, newDocument, serialize } from "./xml.ts";


/**
 * imsmanifest.xml for SCORM 1.2 (SCORM 1.2 CAM, section 2.3): one organization, one item, one SCO.
 * `adlcp:masteryscore` carries the pass mark (CAM 2.3.5.2.1): Moodle turns the status into passed/failed
 * from it, so it is left out when the course has no pass mark.
 */
export function buildManifest12(input: ManifestInput): string {
  const ids = manifestIds(input.course.id, input.variant.key);
  const doc = newDocument();
  const root = manifestRoot(doc, "1.2", ids, input.files);
  addMetadata(root, "1.2");
  const item = addOrganization(root, input, ids);
  const passMark = input.course.assessment.passMark;
  if (passMark !== null) item.ele(extensionUri("1.2", "adlcp"), "adlcp:masteryscore").txt(String(passMark));
  addResources(root, "1.2", input, ids);
  return serialize(doc);
}
