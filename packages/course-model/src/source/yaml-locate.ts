import { isMap, isPair, isScalar, isSeq } from "yaml";
import type { Document, LineCounter, Node, Pair } from "yaml";
import type { SourceLocation } from "../types.ts";

/** A parsed course.yaml that still knows where every key and value came from. */
export interface SourceDoc {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/** A path into the data, as zod reports it: keys and list positions. */
export type Path = readonly PropertyKey[];

/** `file:line:col` of a character offset in the source text. */
export function offsetLocation(src: SourceDoc, offset: number): SourceLocation {
  const { line, col } = src.lines.linePos(offset);
  return { file: src.file, line, column: col };
}

/**
 * Where the value at `path` is written, or its key with `part: "key"`. A value left empty (`title:`) points at
 * its key; a path that does not exist (a missing key) points at the nearest mapping or list that does.
 */
export function locate(src: SourceDoc, path: Path, part: "key" | "value" = "value"): SourceLocation {
  const found = walk(src, path);
  const node = part === "key" && found.pair && found.complete ? found.pair.key : found.node;
  const start = startOf(node) ?? startOf(found.pair?.key) ?? 0;
  return offsetLocation(src, start);
}

/**
 * Where `needle` is written inside the value at `path` (e.g. an image path inside Markdown), or the value
 * itself when it cannot be found as written (escapes, folding).
 */
export function locateText(src: SourceDoc, path: Path, needle: string): SourceLocation {
  const found = walk(src, path);
  const range = found.complete ? (found.node as { range?: [number, number, number] } | undefined)?.range : undefined;
  if (range && needle !== "") {
    const at = src.text.slice(range[0], range[1]).indexOf(needle);
    if (at >= 0) return offsetLocation(src, range[0] + at);
  }
  return locate(src, path);
}

interface Found {
  node: unknown;
  pair: Pair | undefined;
  /** Whether the whole path exists in the document. */
  complete: boolean;
}

function walk(src: SourceDoc, path: Path): Found {
  let node: unknown = src.doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) return { node, pair, complete: false };
    [node, pair] = [next.node, next.pair ?? pair];
  }
  return { node, pair, complete: true };
}

function child(node: unknown, segment: PropertyKey): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
    return pair ? { node: pair.value, pair } : undefined;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

/** Start offset of a node with text; none for an empty value such as `title:`. */
function startOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  if (!range) return undefined;
  if (isScalar(node) && node.value === null && range[0] === range[1]) return undefined;
  return range[0];
}
