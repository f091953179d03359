/**
 * The check step for many prepared packages at once: their manifests validated while the packages are zipped.
 * The validator compiles a version's XSD set on every run (150-250 ms, far more than checking one manifest),
 * so it is handed all the manifests of one SCORM version together: one run per schema set for a whole batch
 * of courses, however many packages it makes. The versions' runs go side by side (xmllint-wasm runs each in
 * a worker thread) and every manifest gets back exactly its own diagnostics; the zips are made meanwhile.
 */
import type { Diagnostic } from "@coursepack/course-model";
import type { PreparedPackage } from "./package-course.ts";
import type { BuildTools } from "./tools.ts";
import type { ManifestCheck } from "./validate/validate-manifest.ts";
import { zipFiles } from "./zip.ts";

/**
 * Zips made side by side. Each one waits for its deflate chunks to come back from libuv's thread pool; a few
 * at once hide that wait, which counts on a busy machine (measured: up to 3x sooner under load, the same
 * when idle), and more only queue.
 */
export const ZIPS_AT_ONCE = 3;

export interface CheckedPackage {
  readonly zip: Uint8Array;
  /** The manifest's diagnostics, as the validator reports them (located in `imsmanifest.xml`). */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * This package's part of the step's time: the step's wall time split among its packages in proportion
   * to each one's zip time and its share of its validation run, so the parts add up to the whole.
   */
  readonly ms: number;
}

/** Validates the packages' manifests and zips the packages; one result per package, in order. */
export async function checkPackages(packages: readonly PreparedPackage[], tools: Pick<BuildTools, "validateManifests">): Promise<CheckedPackage[]> {
  const started = performance.now();
  const [verdicts, zips] = await Promise.all([validateManifestBatch(packages, tools), zipEach(packages)]);
  const parts = apportion(performance.now() - started, zips.map((z, i) => z.ms + verdicts[i]!.ms));
  return packages.map((_, i) => ({ zip: zips[i]!.zip, diagnostics: verdicts[i]!.diagnostics, ms: parts[i]! }));
}

export interface ManifestVerdict {
  readonly diagnostics: readonly Diagnostic[];
  /** This manifest's share of its validation run: the run's time divided by the manifests checked in it. */
  readonly ms: number;
}

/** One verdict per package, in the order given. */
export async function validateManifestBatch(
  packages: readonly { readonly check: ManifestCheck }[],
  tools: Pick<BuildTools, "validateManifests">,
): Promise<ManifestVerdict[]> {
  const verdicts: ManifestVerdict[] = [];
  await Promise.all(
    [...bySchemaSet(packages)].map(async ([set, indexes]) => {
      const started = performance.now();
      const found = await tools.validateManifests(indexes.map((i) => packages[i]!.check));
      // A validator that loses or adds a result would pin diagnostics on the wrong package: a bug, not a course error.
      if (found.length !== indexes.length) throw new Error(`validation of ${indexes.length} ${set} manifests returned ${found.length} results`);
      const ms = (performance.now() - started) / indexes.length;
      indexes.forEach((index, k) => (verdicts[index] = { diagnostics: found[k]!, ms }));
    }),
  );
  return verdicts;
}

/** Indexes of the packages per SCORM version, in order; a check without a version is its own set. */
function bySchemaSet(packages: readonly { readonly check: ManifestCheck }[]): Map<string, number[]> {
  const sets = new Map<string, number[]>();
  packages.forEach(({ check }, index) => {
    const set = check.version ?? "detected";
    const indexes = sets.get(set) ?? [];
    indexes.push(index);
    sets.set(set, indexes);
  });
  return sets;
}

interface Zipped {
  readonly zip: Uint8Array;
  readonly ms: number;
}

async function zipEach(packages: readonly PreparedPackage[]): Promise<Zipped[]> {
  const zips: Zipped[] = [];
  let next = 0;
  const zipper = async (): Promise<void> => {
    for (let i = next++; i < packages.length; i = next++) {
      const started = performance.now();
      const zip = await zipFiles(packages[i]!.files);
      zips[i] = { zip, ms: performance.now() - started };
    }
  };
  await Promise.all(Array.from({ length: Math.min(ZIPS_AT_ONCE, packages.length) }, zipper));
  return zips;
}

/** `total` split in proportion to `weights` (evenly when they are all zero). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length));
}
