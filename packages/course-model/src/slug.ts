/**
 * Slugs name files, package identifiers and SCORM objective ids, so they must be ASCII, stable for the same
 * text, and safe everywhere (COURSE_ID_PATTERN / ID_PATTERN in types.ts).
 */
export function slugify(text: string, maxLength = 60): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u201c\u201d']/g, "")
    .replace(/&/g, " and ")
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next.slice(0, maxLength);
  }
  // An id must not start with a digit (NCName): prefix rather than drop meaning.
  return /^[0-9]/.test(slug) ? `n${slug}` : slug;
}

const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/** Makes each slug unique in `taken` by adding -2, -3, ... in order of appearance. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  // Remember where each base's numbering stopped, so thousands of repeats stay linear, not quadratic.
  let counters = nextSuffix.get(taken);
  if (!counters) nextSuffix.set(taken, (counters = new Map()));
  let n = counters.get(base) ?? 2;
  let candidate = base;
  while (taken.has(candidate)) candidate = `${base}-${n++}`;
  counters.set(base, n);
  taken.add(candidate);
  return candidate;
}
