import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "@coursepack/course-model";
import { error, variants } from "@coursepack/course-model";
import { buildAll } from "./build-all.ts";
import { resolveConfig } from "./config.ts";
import { defaultTools } from "./default-tools.ts";
import { apportion, checkPackages, validateManifestBatch } from "./check-packages.ts";
import { planPackages, preparePackage } from "./package-course.ts";
import { fakePlayer, fakeTools, sampleCourse, singleVariantCourse } from "./testing/fakes.ts";
import { tempDir, writeTree } from "./testing/folders.ts";
import { readZip } from "./testing/unzip.ts";
import type { BuildTools } from "./tools.ts";
import { validatePackage } from "./validate/validate-package.ts";
import type { ManifestCheck } from "./validate/validate-manifest.ts";

const check = (xml: string, version: ManifestCheck["version"]): { check: ManifestCheck } => ({ check: { xml, version, files: [] } });

/** A validator that reports, for each manifest, an error quoting its XML; and records each call's versions. */
function echoing(calls: (string | null)[][]): Pick<BuildTools, "validateManifests"> {
  return {
    validateManifests: async (checks) => {
      calls.push(checks.map((c) => c.version));
      return checks.map((c): Diagnostic[] => [error("CP612", c.xml, { file: "imsmanifest.xml" })]);
    },
  };
}

describe("validateManifestBatch", () => {
  it("makes one call per SCORM version and gives each package its own verdict, in the order given", async () => {
    const calls: (string | null)[][] = [];
    const packages = [check("a", "1.2"), check("b", "2004-4"), check("c", "1.2"), check("d", "2004-3"), check("e", "2004-4")];
    const verdicts = await validateManifestBatch(packages, echoing(calls));
    expect(calls).toEqual([["1.2", "1.2"], ["2004-4", "2004-4"], ["2004-3"]]);
    expect(verdicts.map((v) => v.diagnostics[0]?.message)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("checks manifests of unknown version together, apart from the others", async () => {
    const calls: (string | null)[][] = [];
    await validateManifestBatch([check("a", null), check("b", "1.2"), check("c", null)], echoing(calls));
    expect(calls).toEqual([[null, null], ["1.2"]]);
  });

  it("shares a run's time among the manifests it checked", async () => {
    const slow: Pick<BuildTools, "validateManifests"> = {
      validateManifests: async (checks) => (await new Promise((r) => setTimeout(r, 40 * checks.length)), checks.map(() => [])),
    };
    const verdicts = await validateManifestBatch([check("a", "1.2"), check("b", "1.2"), check("c", "2004-4")], slow);
    // Each run takes 40 ms per manifest, so each manifest's share is at least 40 ms, whatever the run's size.
    for (const v of verdicts) expect(v.ms).toBeGreaterThanOrEqual(39);
    expect(verdicts[0]?.ms).toBe(verdicts[1]?.ms);
  });

  it("makes no call when there is nothing to check", async () => {
    const calls: (string | null)[][] = [];
    expect(await validateManifestBatch([], echoing(calls))).toEqual([]);
    expect(calls).toEqual([]);
  });

  it("treats a validator that loses a result as a bug, rather than pin diagnostics on the wrong package", async () => {
    const lossy: Pick<BuildTools, "validateManifests"> = { validateManifests: async (checks) => checks.slice(1).map(() => []) };
    await expect(validateManifestBatch([check("a", "1.2"), check("b", "1.2")], lossy)).rejects.toThrow("returned 1 results");
  });
});

describe("checkPackages", () => {
  const prepared = async () => {
    const inputs = { tools: fakeTools(), player: fakePlayer, assets: [] };
    return Promise.all(planPackages(variants(sampleCourse()), ["1.2", "2004-4"]).map((plan) => preparePackage(plan, inputs)));
  };

  it("zips every package and gives each its own diagnostics, in order", async () => {
    const packages = await prepared();
    const checked = await checkPackages(packages, echoing([]));
    expect(checked.map((c) => c.diagnostics[0]?.message)).toEqual(packages.map((p) => p.check.xml));
    for (const [i, c] of checked.entries()) {
      const entries = await readZip(c.zip);
      expect(entries[0]?.name).toBe("imsmanifest.xml");
      expect(entries.map((e) => e.name).sort()).toEqual(packages[i]!.check.files);
    }
  });

  it("splits the step's time among the packages so the parts add up to the whole", async () => {
    const packages = await prepared();
    const slow: Pick<BuildTools, "validateManifests"> = {
      validateManifests: async (checks) => (await new Promise((r) => setTimeout(r, 50)), checks.map(() => [])),
    };
    const started = performance.now();
    const checked = await checkPackages(packages, slow);
    const total = checked.reduce((n, c) => n + c.ms, 0);
    expect(total).toBeGreaterThanOrEqual(49);
    expect(total).toBeLessThanOrEqual(performance.now() - started + 1);
  });
});

describe("apportion", () => {
  it("splits a total in proportion to the weights, or evenly when they are all zero", () => {
    expect(apportion(100, [1, 3])).toEqual([25, 75]);
    expect(apportion(90, [0, 0, 0])).toEqual([30, 30, 30]);
    expect(apportion(10, [])).toEqual([]);
  });
});

describe("validateManifestBatch with the real validator: one bad manifest among many", () => {
  it("fails only the course whose manifest is broken, with libxml2's message on that package and line", async () => {
    const real = defaultTools();
    const runs: number[] = [];
    // Real manifests, schemas and XSD validation; one manifest (2-3 days, 2004 3rd) loses a required attribute.
    const tools: BuildTools = {
      ...fakeTools(),
      schemaFiles: real.schemaFiles,
      manifestFiles: (version, request) => {
        const files = real.manifestFiles(version, request);
        if (request.course.id !== "key-working" || request.variant.key !== "2-3-days" || version !== "2004-3") return files;
        const [manifest, ...rest] = files;
        const xml = new TextDecoder().decode(manifest!.bytes).replace(' type="webcontent"', "");
        return [{ name: manifest!.name, bytes: new TextEncoder().encode(xml) }, ...rest];
      },
      validateManifests: (checks) => (runs.push(checks.length), real.validateManifests(checks)),
    };
    const root = await tempDir();
    await writeTree(root, {
      "courses/key-working/course.yaml": JSON.stringify(sampleCourse()),
      "courses/relationships/course.yaml": JSON.stringify(singleVariantCourse({ id: "relationships" })),
    });
    const config = await resolveConfig({ root });
    if (!config.ok) throw new Error(JSON.stringify(config.diagnostics));
    const report = await buildAll(config.value, { tools, player: fakePlayer });

    expect(runs).toEqual([3, 3, 3]);
    const [keyWorking, relationships] = report.courses;
    expect(keyWorking?.ok).toBe(false);
    const errors = keyWorking?.diagnostics.filter((d) => d.severity === "error") ?? [];
    expect(errors.map((d) => [d.code, d.file])).toEqual([
      ["CP612", "key-working-2-3-days-scorm2004-3rd.zip/imsmanifest.xml"],
      ["CP521", "key-working-2-3-days-scorm2004-3rd.zip"],
    ]);
    expect(errors[0]?.message).toContain("'type' is required");
    expect(errors[0]?.line).toBeGreaterThan(1);
    // The other manifests of the same runs, relationships' 2004 3rd among them, come out clean and are written.
    expect(relationships?.ok).toBe(true);
    expect(relationships?.packages).toHaveLength(3);
    for (const p of relationships?.packages ?? []) {
      expect((await validatePackage(p.file)).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect((await readZip(await readFile(p.file)))[0]?.name).toBe("imsmanifest.xml");
    }
  }, 60_000);
});
