import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
import type { Block, Inline } from "./types.ts";
import { assetPathProblem, isAllowedHref } from "./source/asset-path.ts";

/**
 * Markdown becomes data (Block / Inline), never HTML: the player renders the data with templates, so no
 * author text can turn into markup. CommonMark only (no tables, no strikethrough), raw HTML off: `<script>` is
 * parsed as text. Every link and image target is tokenised (validateLink accepts all) so that this file's
 * allow-list decides what survives and the source checks can name the targets it refused.
 */
const parser = new MarkdownIt("commonmark", { html: false });
parser.validateLink = () => true;

type Piece = Inline | { readonly t: "img"; readonly src: string; readonly alt: string };

/** Markdown text as safe blocks: paragraphs, headings (levels 3-4), lists, quotes, images from the folder. */
export function renderMarkdown(md: string): Block[] {
  return new BlockReader(parser.parse(md, {})).readUntil(null);
}

export interface MarkdownTarget {
  readonly kind: "link" | "image";
  /** Links: the normalised href; images: the decoded file path. */
  readonly target: string;
  /** An image inside emphasis, a link or a heading: the model has no inline images, so it would become text. */
  readonly nested: boolean;
}

/** Every link and image target in `md`, as the converter sees them, refused ones included. */
export function markdownTargets(md: string): MarkdownTarget[] {
  const found: MarkdownTarget[] = [];
  const tokens = parser.parse(md, {});
  tokens.forEach((tok, i) => {
    if (tok.type !== "inline" || !tok.children) return;
    let depth = tokens[i - 1]?.type === "heading_open" ? 1 : 0;
    for (const child of tok.children) {
      if (child.type === "link_open") found.push({ kind: "link", target: child.attrGet("href") ?? "", nested: false });
      if (child.type === "image") found.push({ kind: "image", target: decodePath(child.attrGet("src") ?? ""), nested: depth > 0 });
      if (child.nesting !== 0) depth += child.nesting;
    }
  });
  return found;
}

/** Image sources are file paths in the course folder: keep them readable (`é`, spaces), not %-encoded. */
function decodePath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** Walks the flat token stream of markdown-it, which marks nesting with `_open` / `_close` pairs. */
class BlockReader {
  private pos = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  readUntil(close: string | null): Block[] {
    const out: Block[] = [];
    while (this.pos < this.tokens.length) {
      const tok = this.tokens[this.pos++]!;
      if (tok.type === close) break;
      out.push(...this.block(tok));
    }
    return out;
  }

  private block(tok: Token): Block[] {
    switch (tok.type) {
      case "paragraph_open":
        return paragraphs(this.inlineChildren());
      case "heading_open":
        return [{ t: "h", level: headingLevel(tok.tag), c: trimEdges(inlineOnly(this.inlineChildren())) }];
      case "bullet_list_open":
        return [{ t: "ul", items: this.items("bullet_list_close") }];
      case "ordered_list_open":
        return [{ t: "ol", items: this.items("ordered_list_close") }];
      case "blockquote_open":
        return [{ t: "quote", c: this.readUntil("blockquote_close") }];
      case "fence":
      case "code_block":
        return codeLines(tok.content);
      default:
        // hr and anything else without a Block type: dropped, they carry no text.
        return [];
    }
  }

  private items(close: string): Block[][] {
    const items: Block[][] = [];
    while (this.pos < this.tokens.length) {
      const tok = this.tokens[this.pos++]!;
      if (tok.type === close) break;
      if (tok.type === "list_item_open") items.push(this.readUntil("list_item_close"));
    }
    return items;
  }

  /** The children of the `inline` token that follows an opening token; skips to after its `_close`. */
  private inlineChildren(): Piece[] {
    const inline = this.tokens[this.pos];
    this.pos += 2;
    return inline?.children ? readInline(inline.children, { pos: 0 }, null, true) : [];
  }
}

/** Section headings in the player are level 2, so Markdown headings sit below them: h1-h3 -> 3, h4-h6 -> 4. */
function headingLevel(tag: string): 3 | 4 {
  return Number(tag.slice(1)) <= 3 ? 3 : 4;
}

function readInline(tokens: readonly Token[], cursor: { pos: number }, close: string | null, top: boolean): Piece[] {
  const out: Piece[] = [];
  while (cursor.pos < tokens.length) {
    const tok = tokens[cursor.pos++]!;
    if (tok.type === close) break;
    out.push(...inlinePiece(tok, tokens, cursor, top));
  }
  return normalise(out);
}

function inlinePiece(tok: Token, tokens: readonly Token[], cursor: { pos: number }, top: boolean): Piece[] {
  switch (tok.type) {
    case "softbreak":
      return [{ t: "text", v: " " }];
    case "hardbreak":
      return [{ t: "br" }];
    case "code_inline":
      return [{ t: "code", v: tok.content }];
    case "em_open":
    case "strong_open": {
      const t = tok.type === "em_open" ? "em" : "strong";
      return [{ t, c: flatten(inlineOnly(readInline(tokens, cursor, `${t}_close`, false)), t) }];
    }
    case "link_open": {
      const c = flatten(inlineOnly(readInline(tokens, cursor, "link_close", false)), "link");
      const href = tok.attrGet("href") ?? "";
      // A refused target keeps its words: the learner loses the link, never the text.
      return isAllowedHref(href) ? [{ t: "link", href, c }] : c;
    }
    case "image": {
      const src = decodePath(tok.attrGet("src") ?? "");
      const alt = plainText(tok.children ?? []);
      if (top && assetPathProblem(src) === null) return [{ t: "img", src, alt }];
      return alt ? [{ t: "text", v: alt }] : [];
    }
    default:
      // text, and (defensively) anything else: its source characters as text, never as markup.
      return tok.content ? [{ t: "text", v: tok.content }] : [];
  }
}

/**
 * `c` with every `kind` inside it, at any depth, replaced by its content: a link inside a link is invalid HTML,
 * and emphasis inside the same emphasis adds nothing (CommonMark cannot always write it back either).
 */
function flatten(c: readonly Inline[], kind: "em" | "strong" | "link"): Inline[] {
  return normalise(
    c.flatMap((i): Inline[] => {
      if (i.t === kind) return flatten(i.c, kind);
      if (i.t === "em" || i.t === "strong") return [{ t: i.t, c: flatten(i.c, kind) }];
      return i.t === "link" ? [{ ...i, c: flatten(i.c, kind) }] : [i];
    }),
  );
}

function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((tok) => (tok.type === "softbreak" || tok.type === "hardbreak" ? " " : tok.children ? plainText(tok.children) : tok.content))
    .join("");
}

/** Adjacent text runs become one, so the same text always gives the same data. */
function normalise<T extends Piece>(pieces: readonly T[]): T[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (piece.t === "text" && last?.t === "text") out[out.length - 1] = { t: "text", v: last.v + piece.v };
    else out.push(piece);
  }
  return out as T[];
}

function inlineOnly(pieces: Piece[]): Inline[] {
  return normalise(pieces.map((p) => (p.t === "img" ? { t: "text", v: p.alt } : p))) as Inline[];
}

/** A paragraph with images in it becomes paragraph / image / paragraph: images are blocks in the model. */
function paragraphs(pieces: Piece[]): Block[] {
  const out: Block[] = [];
  let run: Inline[] = [];
  const flush = (): void => {
    const c = trimEdges(run);
    if (c.length > 0) out.push({ t: "p", c });
    run = [];
  };
  for (const piece of pieces) {
    if (piece.t === "img") {
      flush();
      out.push(piece);
    } else run.push(piece);
  }
  flush();
  return out;
}

/** Edges of a paragraph carry no meaning: no leading or trailing breaks or spaces. */
function trimEdges(inlines: readonly Inline[]): Inline[] {
  const blank = (i: Inline | undefined): boolean => i?.t === "br" || (i?.t === "text" && i.v.trim() === "");
  const list = [...inlines];
  while (list.length > 0 && blank(list[0])) list.shift();
  while (list.length > 0 && blank(list[list.length - 1])) list.pop();
  const first = list[0];
  if (first?.t === "text") list[0] = { t: "text", v: first.v.trimStart() };
  const last = list[list.length - 1];
  if (last?.t === "text") list[list.length - 1] = { t: "text", v: last.v.trimEnd() };
  return list;
}

/** The model has no code block: each line becomes code, with line breaks between. */
function codeLines(content: string): Block[] {
  const lines = content.split("\n").filter((line) => line.trim() !== "");
  const c: Inline[] = [];
  for (const line of lines) {
    if (c.length > 0) c.push({ t: "br" });
    c.push({ t: "code", v: line });
  }
  return c.length > 0 ? [{ t: "p", c }] : [];
}
