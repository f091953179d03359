import type { Diagnostic, ScormVersion } from "@coursepack/course-model";
import { ID_PATTERN, error, warning } from "@coursepack/course-model";
import { MANIFEST_FILE, extensionUri } from "../manifest/namespaces.ts";
import { CODES } from "./codes.ts";
import { attr, childrenNamed, descendants, localName, namespaceAt, prefixOf } from "./xml-query.ts";
import type { XmlNode } from "./xml-scan.ts";

const at = (node: XmlNode) => ({ file: MANIFEST_FILE, line: node.line });

/** XML 1.0 NCName, close enough for a lint (libxml2 applies the exact rule through xs:ID). */
const NCNAME = /^[\p{L}_][\p{L}\p{Nd}\p{Mn}\p{Mc}_.\-\u00B7]*$/u;
const IDENTIFIED = new Set(["manifest", "organization", "item", "resource"]);

/**
 * CP616 / CP617. Identifiers are xs:IDs: NCNames, unique in the manifest. Beyond that, ASCII letters, digits,
 * `_ . -` and a letter or `_` first (ID_PATTERN) is what every LMS stores without surprises.
 */
export function lintIdentifiers(root: XmlNode): Diagnostic[] {
  const found: Diagnostic[] = [];
  const firstLine = new Map<string, number>();
  for (const node of descendants(root)) {
    const id = IDENTIFIED.has(node.name) ? attr(node, "identifier") : undefined;
    if (id === undefined) continue;
    if (!NCNAME.test(id)) {
      found.push(error(CODES.IDENTIFIER, `identifier "${id}" is not an NCName (xs:ID)`, at(node), idHint));
    } else if (!ID_PATTERN.test(id)) {
      found.push(warning(CODES.IDENTIFIER, `identifier "${id}" is not plain ASCII: some LMSs mangle it`, at(node), idHint));
    }
    const first = firstLine.get(id);
    if (first !== undefined) {
      found.push(error(CODES.DUPLICATE_ID, `identifier "${id}" is already used on line ${first}`, at(node), "identifiers must be unique in the manifest"));
    } else {
      firstLine.set(id, node.line);
    }
  }
  return found;
}

const idHint = "use letters, digits, `_`, `.` and `-`, starting with a letter or `_`";

/** CP624: the default organization and every identifierref must name something that exists. */
export function lintReferences(root: XmlNode): Diagnostic[] {
  const found: Diagnostic[] = [];
  const organizations = childrenNamed(root, "organizations");
  const resources = childrenNamed(root, "resources").flatMap((r) => childrenNamed(r, "resource"));
  const resourceIds = new Set(resources.map((r) => attr(r, "identifier")));
  for (const orgs of organizations) {
    const wanted = attr(orgs, "default");
    const ids = new Set(childrenNamed(orgs, "organization").map((o) => attr(o, "identifier")));
    if (wanted !== undefined && !ids.has(wanted)) {
      found.push(error(CODES.BROKEN_REFERENCE, `default organization "${wanted}" does not exist`, at(orgs)));
    }
  }
  for (const node of descendants(root)) {
    const ref = node.name === "item" || node.name === "dependency" ? attr(node, "identifierref") : undefined;
    if (ref !== undefined && !resourceIds.has(ref)) {
      found.push(error(CODES.BROKEN_REFERENCE, `<${node.name}> refers to resource "${ref}", which does not exist`, at(node)));
    }
  }
  return found;
}

/**
 * CP618 (2004). Declared objective ids become cmi.objectives.n.id values the SCO must match exactly; LMSs reject
 * ids with spaces, and two objectives of one item with the same id collide.
 */
export function lintObjectiveIds(root: XmlNode, version: ScormVersion): Diagnostic[] {
  if (version === "1.2") return [];
  const imsss = extensionUri(version, "imsss");
  const found: Diagnostic[] = [];
  for (const node of descendants(root)) {
    if (localName(node.name) !== "objectives" || namespaceAt(node, prefixOf(node.name)) !== imsss) continue;
    const seen = new Set<string>();
    for (const objective of node.children) {
      const id = attr(objective, "objectiveID");
      if (id === undefined) continue;
      if (!ID_PATTERN.test(id)) {
        found.push(error(CODES.OBJECTIVE_ID, `objective id "${id}" is not a safe id`, at(objective), idHint));
      }
      if (seen.has(id)) found.push(error(CODES.OBJECTIVE_ID, `objective id "${id}" appears twice in one item`, at(objective)));
      seen.add(id);
    }
  }
  return found;
}

/** CP625 (1.2). Moodle compares the raw score with adlcp:masteryscore as a number on the 0-100 scale. */
export function lintMasteryScore(root: XmlNode, version: ScormVersion): Diagnostic[] {
  if (version !== "1.2") return [];
  const found: Diagnostic[] = [];
  for (const node of descendants(root)) {
    if (node.name.toLowerCase() !== "adlcp:masteryscore") continue;
    const text = node.text.trim();
    const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (!(value >= 0 && value <= 100)) {
      found.push(error(CODES.MASTERY_SCORE, `adlcp:masteryscore "${text}" is not a number from 0 to 100`, at(node)));
    }
  }
  return found;
}
