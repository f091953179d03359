import type { StrictVersion } from "./moodle-rules.ts";

/**
 * The collection rules Moodle enforces on cmi.objectives.n.* and cmi.interactions.n.* (scorm_12.js /
 * scorm_13.js SetValue): indexes in order without gaps; in 2004 an item exists only once its id is set
 * (else 408), an objective id is write-once, an interaction's objective ids and a choice's correct patterns
 * are unique, and setting the type again clears the correct responses.
 */

export interface Collections {
  /** Read what the LMS already holds (after Initialize). */
  load(): void;
  typeOf(element: string): string | undefined;
  check(element: string, generic: string, value: string): { code: string; reason: string } | null;
  applied(element: string, value: string): void;
}

const ITEM = /^(cmi\.(?:objectives|interactions))\.(\d+)\.(.+)$/;
const NESTED = /^(objectives|correct_responses)\.(\d+)\.(id|pattern)$/;

export function createCollections(version: StrictVersion, read: (element: string) => string): Collections {
  const is12 = version === "1.2";
  const counts = new Map<string, number>();
  const members = new Map<string, string[]>();
  const types = new Map<string, string>();
  const orderCode = is12 ? "201" : "351";

  function count(key: string): number {
    return counts.get(key) ?? 0;
  }

  function checkNested(item: string, rest: string, value: string): { code: string; reason: string } | null {
    const nested = NESTED.exec(rest);
    if (!nested) return null;
    const key = `${item}.${nested[1]}`;
    const index = Number(nested[2]);
    if (index > count(key)) return { code: orderCode, reason: `${key}.${index} set out of order` };
    if (!is12 && index === count(key) && (members.get(key) ?? []).includes(value)) {
      return { code: "351", reason: `${key} already holds ${value}` };
    }
    return null;
  }

  return {
    load() {
      for (const key of ["cmi.objectives", "cmi.interactions"]) {
        const existing = Number.parseInt(read(`${key}._count`), 10) || 0;
        counts.set(key, existing);
        if (key === "cmi.objectives") members.set(key, Array.from({ length: existing }, (_, i) => read(`${key}.${i}.id`)));
      }
    },
    typeOf(element) {
      const match = /^cmi\.interactions\.(\d+)\./.exec(element);
      return match ? types.get(match[1] ?? "") : undefined;
    },
    check(element, _generic, value) {
      const match = ITEM.exec(element);
      if (!match) return null;
      const [, collection = "", indexText = "", rest = ""] = match;
      const index = Number(indexText);
      if (index > count(collection)) return { code: orderCode, reason: `${collection}.${index} set out of order` };
      if (!is12 && index === count(collection) && rest !== "id") {
        return { code: "408", reason: `${collection}.${index}.id must be set before ${rest}` };
      }
      const existingId = members.get(collection)?.[index];
      if (!is12 && collection === "cmi.objectives" && rest === "id" && existingId !== undefined && existingId !== value) {
        return { code: "351", reason: `objective ${index} is ${existingId}: ids are write-once` };
      }
      return checkNested(`${collection}.${index}`, rest, value);
    },
    applied(element, value) {
      const match = ITEM.exec(element);
      if (!match) return;
      const [, collection = "", indexText = "", rest = ""] = match;
      const index = Number(indexText);
      if (index === count(collection)) counts.set(collection, index + 1);
      if (collection === "cmi.objectives" && rest === "id") {
        const ids = members.get(collection) ?? [];
        ids[index] = value;
        members.set(collection, ids);
      }
      const item = `${collection}.${index}`;
      if (rest === "type") {
        types.set(indexText, value);
        if (!is12) {
          counts.set(`${item}.correct_responses`, 0);
          members.set(`${item}.correct_responses`, []);
        }
      }
      const nested = NESTED.exec(rest);
      if (nested) {
        const key = `${item}.${nested[1]}`;
        if (Number(nested[2]) === count(key)) counts.set(key, count(key) + 1);
        members.set(key, [...(members.get(key) ?? []), value]);
      }
    },
  };
}
