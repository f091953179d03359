/**
 * The start of untrusted input, quoted, made safe to print: letters, digits, punctuation, symbols and spaces
 * stay; control characters (terminal escapes), bidirectional overrides and anything else are shown as \u{..}
 * so a pasted value can neither move the cursor nor reorder the text around it.
 */
const SHOWN = /[\p{L}\p{M}\p{N}\p{P}\p{S} ]/u;
const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\", '"': '\\"' };

export function preview(text: string, max = 40): string {
  const chars = [...text];
  const shown = chars.slice(0, max).map(safeChar).join("");
  const more = chars.length > max ? `… (${chars.length} characters in all)` : ` (${chars.length} character${chars.length === 1 ? "" : "s"})`;
  return `"${shown}"${more}`;
}

/** Untrusted text made safe to print, unquoted, cut to `max` characters. */
export function safeText(text: string, max = 200): string {
  const chars = [...text];
  return chars.slice(0, max).map(safeChar).join("") + (chars.length > max ? "…" : "");
}

function safeChar(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  // Bidirectional overrides and other format characters (category Cf) are not in SHOWN; U+FFFD marks bytes
  // that were not UTF-8, so it is shown as a code too.
  if (SHOWN.test(char) && char !== "\ufffd") return char;
  return `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`;
}
