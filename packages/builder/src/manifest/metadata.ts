import { manifestIds } from "./identifiers.ts";
import { XML_NS, XMLNS_NS, XSI_NS } from "./namespaces.ts";
import type { ManifestInput } from "./types.ts";
import { descriptionText, isoDuration, keywords, learningMinutes, learningTimeNote, packageTitle, scorm12Timespan } from "./values.ts";
import type { Builder } from "./xml.ts";
import { newDocument, serialize, xmlText } from "./xml.ts";

const IMSMD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";
const IEEE_LOM = "http://ltsc.ieee.org/xsd/LOM";
/** Catalog name of the LOM identifier that carries the build id (also printed on the tracking sheet). */
export const BUILD_ID_CATALOG = "coursepack-build";

/**
 * metadata.xml of a SCORM 1.2 package: an IMS Learning Resource Meta-data 1.2.1 record (the binding SCORM 1.2
 * CAM section 4 uses), referenced from the manifest's `<adlcp:location>`. Typical learning time uses the
 * SCORM 1.2 timespan format.
 */
export function buildMetadata12(input: ManifestInput): string {
  const lang = input.course.language;
  const doc = newDocument();
  const lom = doc
    .ele(IMSMD, "lom")
    .att(XMLNS_NS, "xmlns:xsi", XSI_NS)
    .att(XSI_NS, "xsi:schemaLocation", `${IMSMD} imsmd_rootv1p2p1.xsd`);
  const langString = (parent: Builder, text: string, language = lang) =>
    parent.ele("langstring").att(XML_NS, "xml:lang", language).txt(xmlText(text));
  const general = lom.ele("general");
  general.ele("identifier").txt(manifestIds(input.course.id, input.variant.key).manifest);
  langString(general.ele("title"), packageTitle(input));
  const build = general.ele("catalogentry");
  build.ele("catalog").txt(BUILD_ID_CATALOG);
  langString(build.ele("entry"), input.buildId, "x-none");
  general.ele("language").txt(lang);
  langString(general.ele("description"), descriptionText(input));
  for (const word of keywords(input)) langString(general.ele("keyword"), word);
  const meta = lom.ele("metametadata");
  meta.ele("metadatascheme").txt("IMS Metadata 1.2");
  meta.ele("metadatascheme").txt("ADL SCORM 1.2");
  lom.ele("technical").ele("format").txt("text/html");
  const minutes = learningMinutes(input);
  if (minutes !== null) {
    const time = lom.ele("educational").ele("typicallearningtime");
    time.ele("datetime").txt(scorm12Timespan(minutes));
    langString(time.ele("description"), learningTimeNote(input));
  }
  return serialize(doc);
}

/**
 * metadata.xml of a SCORM 2004 package: an IEEE LOM 1484.12.1 record (SCORM 2004 CAM section 4) referenced
 * from the manifest's `<adlcp:location>`. Typical learning time is an ISO 8601 duration.
 */
export function buildMetadata2004(input: ManifestInput): string {
  const lang = input.course.language;
  const doc = newDocument();
  const lom = doc.ele(IEEE_LOM, "lom");
  const langString = (parent: Builder, text: string) => parent.ele("string", { language: lang }).txt(xmlText(text));
  const general = lom.ele("general");
  const identifier = (catalog: string, entry: string) => {
    const id = general.ele("identifier");
    id.ele("catalog").txt(catalog);
    id.ele("entry").txt(xmlText(entry));
  };
  identifier("coursepack", manifestIds(input.course.id, input.variant.key).manifest);
  identifier(BUILD_ID_CATALOG, input.buildId);
  langString(general.ele("title"), packageTitle(input));
  general.ele("language").txt(lang);
  langString(general.ele("description"), descriptionText(input));
  for (const word of keywords(input)) langString(general.ele("keyword"), word);
  const meta = lom.ele("metaMetadata");
  meta.ele("metadataSchema").txt("LOMv1.0");
  meta.ele("metadataSchema").txt("SCORM_CAM_v1.3");
  lom.ele("technical").ele("format").txt("text/html");
  const minutes = learningMinutes(input);
  if (minutes !== null) {
    const time = lom.ele("educational").ele("typicalLearningTime");
    time.ele("duration").txt(isoDuration(minutes));
    langString(time.ele("description"), learningTimeNote(input));
  }
  return serialize(doc);
}
