/**
 * Reading the YAML data before (or although) it passed validation: the meaning checks run on every file, so
 * that one wrong type does not hide five duplicate ids. Anything of the wrong shape reads as absent here; the
 * shape checks report it.
 */
export type RawMap = Readonly<Record<string, unknown>>;

export function asMap(value: unknown): RawMap {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as RawMap) : {};
}

export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asText(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function has(map: RawMap, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

/** The value at a path of keys and list positions, or undefined where the data has another shape. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
