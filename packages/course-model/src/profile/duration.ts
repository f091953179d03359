/** Day counts named in words, as profiles write them ("Half Day", "One Day", "Full Day"). */
const WORDS: Readonly<Record<string, number>> = {
  half: 0.5,
  full: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
};
const MAX_DAYS = 30;

/**
 * "2 & 3", "2 and 3", "1-3", "1 - 2", "half", "half or 1" -> sorted day counts, or null when any part is not
 * a day count. Shared by durations ("1-3 Days") and variant markers ("(2 & 3 day courses only)").
 */
export function parseDayList(list: string): number[] | null {
  const plain = list
    .toLowerCase()
    .replace(/\b1\/2\b|½/g, "half")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+to\s+/g, "-")
    .trim();
  if (plain === "") return null;
  const days = new Set<number>();
  for (const part of plain.split(/\s*(?:,|&|\+|\band\b|\bor\b)\s*/)) {
    const counts = parsePart(part);
    if (!counts) return null;
    counts.forEach((d) => days.add(d));
  }
  return [...days].sort((a, b) => a - b);
}

function parsePart(part: string): number[] | null {
  const range = /^(\w+)\s*-\s*(\w+)$/.exec(part);
  if (!range) {
    const one = count(part);
    return one === null ? null : [one];
  }
  const from = count(range[1] ?? "");
  const to = count(range[2] ?? "");
  if (from === null || to === null || !Number.isInteger(from) || !Number.isInteger(to) || from >= to) return null;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function count(word: string): number | null {
  if (/^\d+$/.test(word)) {
    const n = Number(word);
    return n >= 1 && n <= MAX_DAYS ? n : null;
  }
  return WORDS[word] ?? null;
}

/** "Half Day" -> [0.5], "1 Day" -> [1], "1-3 Days" -> [1, 2, 3], "1 - 2 days" -> [1, 2]; else null. */
export function parseDuration(label: string): number[] | null {
  const match = /^(.*?)[\s-]*days?\.?$/i.exec(label.trim());
  return match ? parseDayList(match[1] ?? "") : null;
}

/**
 * True when a title's last "(...)" is meant as a duration, even one we cannot read ("3 Hours"): then it is
 * reported, not silently left in the title. "(Level 2)" or "(Theory)" stay part of the title.
 */
export function looksLikeDuration(text: string): boolean {
  return /\b(?:days?|hours?|hrs?|weeks?|mins?|minutes?)\b/i.test(text) || /^\s*[\d.]+\s*$/.test(text);
}
