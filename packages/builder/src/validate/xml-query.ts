import type { XmlNode } from "./xml-scan.ts";

/** Queries over scanned XML. Names are matched literally, the way Moodle's parser matches them. */
export function prefixOf(name: string): string | null {
  const colon = name.indexOf(":");
  return colon === -1 ? null : name.slice(0, colon);
}

export function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

export function attr(node: XmlNode, name: string): string | undefined {
  return node.attributes.find((a) => a.name === name)?.value;
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** The namespace URI a prefix (null: the default namespace) is bound to at this element. */
export function namespaceAt(node: XmlNode, prefix: string | null): string | undefined {
  if (prefix === "xml") return "http://www.w3.org/XML/1998/namespace";
  const declaration = prefix === null ? "xmlns" : `xmlns:${prefix}`;
  for (let n: XmlNode | null = node; n; n = n.parent) {
    const uri = attr(n, declaration);
    if (uri !== undefined) return uri;
  }
  return undefined;
}

/** Every element of the tree, document order. */
export function* descendants(node: XmlNode): Generator<XmlNode> {
  yield node;
  for (const child of node.children) yield* descendants(child);
}
