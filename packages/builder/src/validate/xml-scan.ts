/**
 * A small, literal XML reader for the lint rules: element and attribute names exactly as written (Moodle's
 * parser matches literal prefixes, so the rules must see them), the line each element starts on, and
 * direct text. It never resolves a DTD or an entity beyond the five predefined ones and character
 * references, and it stops at the first `<!DOCTYPE` or `<!ENTITY`. Full well-formedness is libxml2's job.
 */
export interface XmlAttribute {
  readonly name: string;
  readonly value: string;
}

export interface XmlNode {
  readonly name: string;
  readonly attributes: readonly XmlAttribute[];
  readonly line: number;
  readonly parent: XmlNode | null;
  readonly children: XmlNode[];
  /** Text directly inside this element (CDATA included), entity references decoded. */
  text: string;
}

export type ScanResult =
  | { readonly ok: true; readonly root: XmlNode }
  | { readonly ok: false; readonly reason: "doctype" | "malformed"; readonly message: string; readonly line: number };

class ScanError extends Error {
  constructor(
    readonly reason: "doctype" | "malformed",
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** libxml2's own default limit; it also keeps the recursive walks of the lint rules shallow. */
export const MAX_DEPTH = 256;

const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return safeCodePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith("#")) return safeCodePoint(parseInt(ref.slice(1), 10)) ?? whole;
    return PREDEFINED[ref] ?? whole;
  });
}

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

export function scanXml(xml: string): ScanResult {
  const lines = lineStarts(xml);
  try {
    return { ok: true, root: new Scanner(xml, lines).run() };
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
    return { ok: false, reason: e.reason, message: e.message, line: lineOf(lines, e.at) };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset, by binary search over line starts. */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

class Scanner {
  private pos = 0;
  private root: XmlNode | null = null;
  private readonly stack: XmlNode[] = [];

  constructor(
    private readonly xml: string,
    private readonly lines: readonly number[],
  ) {}

  run(): XmlNode {
    while (this.pos < this.xml.length) {
      const lt = this.xml.indexOf("<", this.pos);
      this.text(lt === -1 ? this.xml.length : lt);
      if (lt === -1) break;
      this.pos = lt;
      this.markup();
    }
    const open = this.stack.at(-1);
    if (open) throw new ScanError("malformed", `element <${open.name}> is never closed`, this.xml.length - 1);
    if (!this.root) throw new ScanError("malformed", "no root element", 0);
    return this.root;
  }

  private text(end: number): void {
    const raw = this.xml.slice(this.pos, end);
    const top = this.stack.at(-1);
    if (top) top.text += decodeEntities(raw);
    else if (raw.replace(/^\uFEFF/, "").trim()) throw new ScanError("malformed", "text outside the root element", this.pos);
    this.pos = end;
  }

  private markup(): void {
    const rest = (n: number) => this.xml.slice(this.pos, this.pos + n);
    if (rest(4) === "<!--") return this.skipPast("-->", "comment");
    if (rest(9) === "<![CDATA[") return this.cdata();
    if (rest(2) === "<?") return this.skipPast("?>", "processing instruction");
    if (rest(2) === "<!") {
      // DOCTYPE or a stray ENTITY/ELEMENT declaration: never processed (external entities, billion laughs).
      throw new ScanError("doctype", `document type declaration \`${rest(9)}\``, this.pos);
    }
    if (rest(2) === "</") return this.endTag();
    this.startTag();
  }

  private skipPast(terminator: string, what: string): void {
    const end = this.xml.indexOf(terminator, this.pos);
    if (end === -1) throw new ScanError("malformed", `unterminated ${what}`, this.pos);
    this.pos = end + terminator.length;
  }

  private cdata(): void {
    const end = this.xml.indexOf("]]>", this.pos);
    const top = this.stack.at(-1);
    if (end === -1 || !top) throw new ScanError("malformed", "misplaced or unterminated CDATA section", this.pos);
    top.text += this.xml.slice(this.pos + 9, end);
    this.pos = end + 3;
  }

  private endTag(): void {
    const end = this.xml.indexOf(">", this.pos);
    if (end === -1) throw new ScanError("malformed", "unterminated end tag", this.pos);
    const name = this.xml.slice(this.pos + 2, end).trim();
    const open = this.stack.pop();
    if (!open || open.name !== name) {
      throw new ScanError("malformed", `end tag </${name}> does not match <${open?.name ?? ""}>`, this.pos);
    }
    this.pos = end + 1;
  }

  private startTag(): void {
    const start = this.pos;
    const name = /^<([^\s/>]+)/.exec(this.xml.slice(start, start + 512))?.[1];
    if (!name) throw new ScanError("malformed", "invalid start tag", start);
    this.pos = start + 1 + name.length;
    const attributes = this.attributes();
    const selfClosing = this.xml.startsWith("/>", this.pos);
    this.pos += selfClosing ? 2 : 1;
    const parent = this.stack.at(-1) ?? null;
    if (!parent && this.root) throw new ScanError("malformed", "more than one root element", start);
    if (this.stack.length >= MAX_DEPTH) throw new ScanError("malformed", `elements nested deeper than ${MAX_DEPTH} levels`, start);
    const node: XmlNode = { name, attributes, line: lineOf(this.lines, start), parent, children: [], text: "" };
    if (parent) parent.children.push(node);
    else this.root = node;
    if (!selfClosing) this.stack.push(node);
  }

  private attributes(): XmlAttribute[] {
    const attributes: XmlAttribute[] = [];
    const pattern = /\s*(?:([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')|(\/?>))/y;
    for (;;) {
      pattern.lastIndex = this.pos;
      const m = pattern.exec(this.xml);
      if (!m) throw new ScanError("malformed", "invalid attribute or unterminated start tag", this.pos);
      if (m[4] !== undefined) {
        this.pos = pattern.lastIndex - m[4].length;
        return attributes;
      }
      attributes.push({ name: m[1] ?? "", value: decodeEntities(m[2] ?? m[3] ?? "") });
      this.pos = pattern.lastIndex;
    }
  }
}
