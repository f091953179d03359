import type { Framework } from "../types.ts";

// "QCF: HSC 025", "MIS (2012): 3.2, 5.1.4": a name up to 60 characters, a colon, then the refs.
const NAMED = /^([A-Za-z][^:]{0,59}?)\s*:\s*(.+)$/;
// "Care certificate standards 1 and 3": some profiles leave out the colon.
const NO_COLON = /^([A-Za-z].{0,59}?)\s+(standards?\s+\S.*)$/i;
// Refs are short codes; a long phrase after a colon is a sentence, not a framework line.
const MAX_REF_LENGTH = 30;
const MAX_REF_WORDS = 5;

/** A framework line as written in "The course provides some knowledge for" lists, or null. */
export function parseFrameworkLine(text: string): Framework | null {
  const match = NAMED.exec(text) ?? NO_COLON.exec(text);
  if (!match) return null;
  const refs = splitRefs(match[2] ?? "");
  const short = refs.every((r) => r.length <= MAX_REF_LENGTH && r.split(" ").length <= MAX_REF_WORDS);
  return refs.length > 0 && short ? { name: (match[1] ?? "").trim(), refs } : null;
}

/**
 * "standard 1" -> ["1"]; "1, 3, 5, 7" -> ["1", "3", "5", "7"]; "HSC 025" stays "HSC 025".
 * The Care Certificate numbers its standards, so "standard 1" and a bare "1" name the same thing: the word is
 * the profile's grammar, not part of the ref, and dropping it makes every profile's refs comparable.
 */
export function splitRefs(list: string): string[] {
  return list
    .split(/\s*[,;&]\s*|\s+and\s+/i)
    .map((ref) => ref.replace(/^standards?\b\s*:?\s*/i, "").replace(/\.$/, "").trim())
    .filter((ref) => ref !== "");
}

/** Two lines naming the same framework ("QCF: HSC 025" then "QCF: SHC 024") become one entry. */
export function mergeFramework(list: Framework[], next: Framework): Framework[] {
  const key = next.name.toLowerCase();
  const at = list.findIndex((f) => f.name.toLowerCase() === key);
  if (at < 0) return [...list, next];
  const known = list[at] as Framework;
  const refs = [...known.refs, ...next.refs.filter((r) => !known.refs.includes(r))];
  return list.map((f, i) => (i === at ? { name: known.name, refs } : f));
}
