import type { Inline } from "../types.ts";
import { renderMarkdown } from "../markdown.ts";

/**
 * Inline data back to Markdown. Emphasis is the hard part: whether `*` or `_` opens, closes or stays literal
 * depends on the characters around it (CommonMark's flanking rules), so a nested or adjacent emphasis may need
 * the other delimiter. `*` everywhere is tried first (what authors write, and right for all ordinary prose);
 * if that does not read back to the same data, delimiters are switched to `_` one at a time, and failing that
 * (for up to 8 emphases in a paragraph) every mix is tried. Only delimiter soups such as `*****a**b*` defeat it.
 */
export function inlineMarkdown(c: readonly Inline[]): string {
  if (c.length === 0) return "";
  const expected = JSON.stringify([{ t: "p", c }]);
  const marks = Array.from({ length: countEmphasis(c) }, (): Mark => "*");
  const attempt = (m: Mark[]): { md: string; score: number } => {
    const md = write(c, { lineStart: true, marks: m });
    return { md, score: agreement(JSON.stringify(renderMarkdown(md)), expected) };
  };
  let best = attempt(marks);
  // Emphasis pairs up left to right, so flipping one delimiter at a time while the reading agrees with the
  // data for longer converges quickly; each round costs one parse per emphasis.
  for (let round = 0; round < marks.length && best.score < expected.length; round++) {
    let improved = false;
    for (let i = 0; i < marks.length && best.score < expected.length; i++) {
      marks[i] = marks[i] === "*" ? "_" : "*";
      const next = attempt(marks);
      if (next.score > best.score) [best, improved] = [next, true];
      else marks[i] = marks[i] === "*" ? "_" : "*";
    }
    if (!improved) break;
  }
  if (best.score === expected.length || marks.length > MAX_EXHAUSTIVE) return best.md;
  return exhaustive(marks.length, attempt, expected.length) ?? best.md;
}

/** Up to this many emphases in one paragraph, every mix (2^n) is tried when switching one at a time failed. */
const MAX_EXHAUSTIVE = 8;

function exhaustive(count: number, attempt: (m: Mark[]) => { md: string; score: number }, full: number): string | undefined {
  for (let mask = 1; mask < 2 ** count; mask++) {
    const tried = attempt(Array.from({ length: count }, (_, i): Mark => ((mask >> i) & 1 ? "_" : "*")));
    if (tried.score === full) return tried.md;
  }
  return undefined;
}

/** How far two readings agree: the length of their common prefix (the whole length when equal). */
function agreement(actual: string, expected: string): number {
  if (actual === expected) return expected.length;
  let n = 0;
  while (n < expected.length && actual[n] === expected[n]) n++;
  return Math.min(n, expected.length - 1);
}

type Mark = "*" | "_";

interface WriteState {
  lineStart: boolean;
  /** The delimiter of each emphasis in document order. */
  readonly marks: readonly Mark[];
  next?: number;
}

function countEmphasis(c: readonly Inline[]): number {
  return c.reduce((n, i) => n + (i.t === "em" || i.t === "strong" ? 1 + countEmphasis(i.c) : i.t === "link" ? countEmphasis(i.c) : 0), 0);
}

function write(inlines: readonly Inline[], state: WriteState): string {
  return inlines
    .map((inline, n) => {
      const out = writeOne(inline, state);
      // `!` right before a link would turn the link into an image.
      return inline.t === "text" && inlines[n + 1]?.t === "link" ? out.replace(/!$/, "\\!") : out;
    })
    .join("");
}

function writeOne(inline: Inline, state: WriteState): string {
  switch (inline.t) {
    case "text": {
      const out = escapeText(inline.v, state.lineStart);
      state.lineStart = false;
      return out;
    }
    case "br":
      state.lineStart = true;
      return "\\\n";
    case "code":
      state.lineStart = false;
      return codeSpan(inline.v);
    case "em":
    case "strong": {
      state.lineStart = false;
      const index = state.next ?? 0;
      state.next = index + 1;
      const mark = state.marks[index] ?? "*";
      const delimiter = inline.t === "em" ? mark : mark + mark;
      return `${delimiter}${write(inline.c, state)}${delimiter}`;
    }
    case "link":
      state.lineStart = false;
      return `[${write(inline.c, state)}](${destination(inline.href)})`;
  }
}

/** Backslash-escapes what CommonMark would read as markup; at the start of a line, block markers too. */
export function escapeText(v: string, lineStart: boolean): string {
  const out = v
    .replace(/[\\`*_[\]]/g, "\\$&")
    // With raw HTML off, only autolinks (`<https://...>`, `<a@b.org>`) make `<` markup.
    .replace(/<(?=[^\s<>]*[:@][^\s<>]*>)/g, "\\<")
    .replace(/&(?=#?[a-z0-9]+;)/gi, "\\&");
  return lineStart ? out.replace(/^[#>+\-=~]/, "\\$&").replace(/^(\d+)([.)])/, "$1\\$2") : out;
}

function codeSpan(v: string): string {
  const longest = Math.max(0, ...(v.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  // CommonMark strips one space from each side when both are there, and a backtick must not touch the fence.
  const pad = v.startsWith("`") || v.endsWith("`") || (v.startsWith(" ") && v.endsWith(" ") && v.trim() !== "");
  return pad ? `${fence} ${v} ${fence}` : `${fence}${v}${fence}`;
}

/** A link or image target: bare when it can be, else in `<...>`; either way, escapes decide nothing new. */
export function destination(target: string): string {
  if (/[\s]/.test(target) || target === "") return `<${target.replace(/[\\<>&]/g, "\\$&")}>`;
  return target.replace(/[\\()<>&]/g, "\\$&");
}
