/**
 * "Presentations, Role-play, DVD and Handouts" -> ["Presentations", "Role-play", "DVD", "Handouts"].
 * Only the last item is split on " and ", because profiles write the list as an English sentence; an "&"
 * inside a method ("Chalk & Talk") is part of its name.
 */
export function splitMethods(list: string): string[] {
  const items = list
    .split(/\s*[,;]\s*/)
    .map((item) => item.replace(/^and\s+/i, "").trim())
    .filter((item) => item !== "");
  const last = items.pop();
  if (last === undefined) return [];
  const cut = last.toLowerCase().lastIndexOf(" and ");
  const tail = cut < 0 ? [last] : [last.slice(0, cut), last.slice(cut + 5)];
  return [...items, ...tail.map((item) => item.trim().replace(/(?<!\betc)\.$/i, ""))].filter((item) => item !== "");
}

/** A methods list wrapped onto the next line ends with a comma or a dangling "and". */
export function methodsContinue(list: string): boolean {
  return list === "" || /(?:[,;&]|\band)$/i.test(list.trim());
}
