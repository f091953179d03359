import type { Diagnostic, ScormVersion } from "@coursepack/course-model";
import { error, warning } from "@coursepack/course-model";
import { MANIFEST_FILE, profileOf } from "../manifest/namespaces.ts";
import { CODES } from "./codes.ts";
import { childrenNamed, descendants, localName, namespaceAt, prefixOf } from "./xml-query.ts";
import type { XmlNode } from "./xml-scan.ts";

const at = (node: XmlNode) => ({ file: MANIFEST_FILE, line: node.line });

/**
 * CP615. Moodle's parser is not namespace-aware: it upper-cases names and matches `ADLCP:MASTERYSCORE`,
 * `IMSSS:SEQUENCING` literally, and content packaging elements by their bare names. So a namespace that is
 * right but spelled with another prefix (`ns1:`, `imscp:`) is lost on Moodle while every XSD accepts it.
 */
export function lintPrefixes(root: XmlNode, version: ScormVersion): Diagnostic[] {
  const [cp, ...extensions] = profileOf(version).namespaces;
  const seen = new Set<string>();
  const found: Diagnostic[] = [];
  const check = (node: XmlNode, name: string, isAttribute: boolean) => {
    const prefix = prefixOf(name);
    if (prefix === "xmlns" || prefix === "xml" || prefix === "xsi" || (isAttribute && prefix === null)) return;
    if (name === "xmlns") return;
    const uri = namespaceAt(node, prefix);
    const problem = prefixProblem(name, prefix, uri, cp?.uri, extensions);
    const key = `${prefix}|${uri}`;
    if (problem && !seen.has(key)) {
      seen.add(key);
      found.push(error(CODES.PREFIX, problem.message, at(node), problem.hint));
    }
  };
  for (const node of descendants(root)) {
    check(node, node.name, false);
    for (const a of node.attributes) check(node, a.name, true);
  }
  return found;
}

function prefixProblem(
  name: string,
  prefix: string | null,
  uri: string | undefined,
  cpUri: string | undefined,
  extensions: readonly { uri: string; prefix: string | null }[],
): { message: string; hint: string } | null {
  if (uri === cpUri && prefix !== null) {
    return {
      message: `\`${name}\` is a content packaging element with a prefix: Moodle only finds \`${localName(name)}\``,
      hint: "put content packaging elements in the default namespace, unprefixed",
    };
  }
  const byUri = extensions.find((ns) => ns.uri === uri);
  if (byUri && byUri.prefix !== prefix) {
    return {
      message: `\`${name}\` uses the prefix \`${prefix ?? "(default)"}:\` for ${uri}: Moodle matches the literal \`${byUri.prefix}:\``,
      hint: `declare xmlns:${byUri.prefix}="${uri}" on <manifest> and write \`${byUri.prefix}:${localName(name)}\``,
    };
  }
  const byPrefix = extensions.find((ns) => ns.prefix === prefix);
  if (byPrefix && uri !== byPrefix.uri) {
    return {
      message: `the prefix \`${prefix}:\` is bound to ${uri ?? "nothing"}, not ${byPrefix.uri}`,
      hint: `declare xmlns:${prefix}="${byPrefix.uri}" on <manifest>`,
    };
  }
  return null;
}

/**
 * CP614 / CP622. The attribute that makes a resource a SCO must have the exact case of its version
 * (`adlcp:scormtype` in 1.2, `adlcp:scormType` in 2004): namespace-aware LMSs treat any other spelling as
 * absent, so the resource becomes an asset with no API. The 2004 4th edition XSD lets a wrong case through.
 */
export function lintScormType(root: XmlNode, version: ScormVersion): Diagnostic[] {
  const expected = profileOf(version).scormTypeAttribute;
  const found: Diagnostic[] = [];
  let scos = 0;
  const resources = childrenNamed(root, "resources").flatMap((r) => childrenNamed(r, "resource"));
  for (const resource of resources) {
    for (const a of resource.attributes.filter((x) => localName(x.name).toLowerCase() === "scormtype")) {
      if (a.name !== expected) {
        const why = a.name.toLowerCase() === expected.toLowerCase() ? "LMSs match the exact case" : "Moodle matches the literal name";
        const message = `\`${a.name}\` must be written \`${expected}\` in SCORM ${profileOf(version).schemaVersion}: ${why}, and the resource becomes an asset`;
        found.push(error(CODES.SCORM_TYPE, message, at(resource), `write ${expected}="${a.value.toLowerCase()}"`));
      } else if (a.value !== "sco" && a.value !== "asset") {
        found.push(error(CODES.SCORM_TYPE, `${expected}="${a.value}" must be "sco" or "asset", lower case`, at(resource)));
      } else if (a.value === "sco") {
        scos++;
      }
    }
  }
  if (!scos && !found.length) {
    const message = `no resource has ${expected}="sco": the LMS gives the content no API, so nothing is tracked`;
    found.push(warning(CODES.NO_SCO, message, at(root), `add ${expected}="sco" to the resource the learner launches`));
  }
  return found;
}

/** CP626: `<schema>ADL SCORM</schema>` beside the schemaversion, as the CAM requires. */
export function lintSchemaName(root: XmlNode): Diagnostic[] {
  const metadata = childrenNamed(root, "metadata")[0];
  const schema = metadata ? childrenNamed(metadata, "schema")[0] : undefined;
  if (schema?.text === "ADL SCORM") return [];
  const message = schema ? `<schema>${schema.text}</schema> should be "ADL SCORM"` : "no <schema>ADL SCORM</schema> in the manifest's <metadata>";
  return [warning(CODES.SCHEMA_NAME, message, at(schema ?? metadata ?? root))];
}
