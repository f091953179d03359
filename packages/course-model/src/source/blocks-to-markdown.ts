import type { Block, Inline } from "../types.ts";
import { destination, escapeText, inlineMarkdown } from "./inline-to-markdown.ts";

/**
 * Block[] back to Markdown, for `coursepack import` and any tool that rewrites a course.yaml. The contract is
 * the round trip: renderMarkdown(blocksToMarkdown(b)) equals b for every b that renderMarkdown produced.
 * Escapes are therefore added wherever CommonMark could read the text as markup, and only there, so the
 * Markdown stays readable to authors.
 */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  return blocksText(blocks, false);
}

/**
 * `alternateFirst`: a list opening a `-` item takes `*`, so `- - -` cannot read as a thematic break.
 * `snug`: inside a list item, a list right after a paragraph follows on the next line (`- a` / `  - b`).
 */
function blocksText(blocks: readonly Block[], alternateFirst: boolean, snug = false): string {
  let out = "";
  let previous: Block | undefined;
  let alternate = alternateFirst;
  for (const block of blocks) {
    const isList = block.t === "ul" || block.t === "ol";
    // Two lists of the same kind in a row would merge into one unless their markers differ.
    if (previous) alternate = isList && previous.t === block.t ? !alternate : false;
    if (previous) out += snug && isList && previous.t === "p" ? "\n" : "\n\n";
    out += blockText(block, alternate);
    previous = block;
  }
  return out;
}

function blockText(block: Block, alternate: boolean): string {
  switch (block.t) {
    case "p":
      return inlineMarkdown(block.c);
    case "h":
      return headingText(block.level, block.c);
    case "ul":
    case "ol":
      return listText(block, alternate);
    case "quote":
      return quoteText(blocksToMarkdown(block.c));
    case "img":
      return `![${escapeText(block.alt, false)}](${destination(block.src)})`;
  }
}

function headingText(level: 3 | 4, c: readonly Inline[]): string {
  const text = inlineMarkdown(c).replace(/(^|\s)(#+)$/, "$1\\$2");
  // A line break fits only in a setext heading, which CommonMark reads as h1 or h2: level 3 here.
  if (level === 3 && hasBreak(c)) return `${text}\n===`;
  const marks = level === 3 ? "###" : "####";
  return text ? `${marks} ${text}` : marks;
}

function hasBreak(c: readonly Inline[]): boolean {
  return c.some((i) => i.t === "br" || ((i.t === "em" || i.t === "strong" || i.t === "link") && hasBreak(i.c)));
}

/** Items that are one paragraph, perhaps with sub-lists, are written without blank lines between them. */
function listText(block: Extract<Block, { t: "ul" | "ol" }>, alternate: boolean): string {
  const tight = block.items.every((item) => item[0]?.t === "p" && item.slice(1).every((b) => b.t === "ul" || b.t === "ol"));
  const items = block.items.map((item, n) => {
    const marker = block.t === "ul" ? (alternate ? "*" : "-") : `${n + 1}${alternate ? ")" : "."}`;
    const body = blocksText(item, block.t === "ul" && !alternate, true);
    if (body === "") return marker;
    const pad = " ".repeat(marker.length + 1);
    return `${marker} ${body.split("\n").map((line, i) => (i === 0 || line === "" ? line : pad + line)).join("\n")}`;
  });
  return items.join(tight ? "\n" : "\n\n");
}

function quoteText(inner: string): string {
  if (inner === "") return ">";
  return inner
    .split("\n")
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
}
