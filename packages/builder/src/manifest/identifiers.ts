/**
 * Manifest identifiers are `xs:ID`s: NCNames, unique in the manifest, never starting with a digit. They must
 * also be stable across rebuilds (an LMS matches an updated package to its tracking data by them), so they are
 * derived from the course id and the variant key only, never from a counter or a hash of the content.
 */
export interface ManifestIds {
  readonly manifest: string;
  readonly organization: string;
  readonly item: string;
  readonly resource: string;
}

/** Keeps `[A-Za-z0-9_.-]`, turns every other run into "-", and makes sure the result starts with a letter or "_". */
export function toNcName(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9_.-]+/g, "-");
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`;
}

export function manifestIds(courseId: string, variantKey: string | null): ManifestIds {
  const base = variantKey ? `${courseId}.${variantKey}` : courseId;
  return {
    manifest: toNcName(`coursepack.${base}`),
    organization: toNcName(`ORG-${base}`),
    item: toNcName(`ITEM-${base}`),
    resource: toNcName(`RES-${base}`),
  };
}
