/** One line of a profile after normalisation; `n` is its 1-based number in the file as an editor shows it. */
export interface Line {
  readonly n: number;
  /** Trimmed, every run of spaces (tabs, no-break spaces ...) folded to one space. Quotes and dashes as written. */
  readonly text: string;
  /** Leading white space before normalisation, in characters (a tab counts as one). */
  readonly indent: number;
}

// No-break, narrow, figure and other Unicode spaces, tabs and stray control characters: word processors put
// them between words and before bullets; a learner must never see "hold  boundaries".
// eslint-disable-next-line no-control-regex -- control characters are exactly what is being replaced
const SPACES = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
// Invisible characters that would otherwise split words in ids and searches (zero width, soft hyphen, BOM).
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Splits on CRLF, LF and a lone CR (old Mac exports), so line numbers match the author's editor. */
export function toLines(text: string): Line[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => toLine(raw, i + 1));
}

function toLine(raw: string, n: number): Line {
  const spaced = raw.replace(INVISIBLE, "").replace(SPACES, " ").normalize("NFC");
  const body = spaced.trimStart();
  return { n, text: body.trimEnd().replace(/ {2,}/g, " "), indent: spaced.length - body.length };
}

/** "A", "B and C" style text starts a sentence; a wrapped line continues one in lower case. */
export function startsLowerCase(text: string): boolean {
  return /^[a-z(]/.test(text);
}

/** True when a paragraph ends like a finished sentence or a heading. */
export function endsSentence(text: string): boolean {
  return /[.!?:;]["'”’)]?$/.test(text);
}
