/**
 * The closest of `options` to a mistyped `word`, or undefined when none is close enough to be a typo.
 * Distance is optimal string alignment (Damerau-Levenshtein with adjacent swaps: `titel` -> `title` is 1),
 * ignoring case and treating `-` like `_` (`pass-mark`, `Pass_Mark` -> `pass_mark`).
 */
export function didYouMean(word: string, options: Iterable<string>): string | undefined {
  const plain = normalise(word);
  let best: { option: string; distance: number } | undefined;
  for (const option of options) {
    const distance = editDistance(plain, normalise(option));
    if (!best || distance < best.distance) best = { option, distance };
  }
  if (!best) return undefined;
  // A third of the longer word may be wrong: 1 edit for `titel`, 3 for `what-is-key-worker`.
  const allowed = Math.max(1, Math.floor(Math.max(plain.length, best.option.length) / 3));
  return best.distance <= allowed ? best.option : undefined;
}

function normalise(word: string): string {
  return word.toLowerCase().replace(/-/g, "_");
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
