/**
 * Child process of the build bench, run inside a scratch copy of the repo (shadow.ts) with its player cache
 * emptied: where the time of a cold whole-catalogue build goes, through the library rather than the CLI.
 * Prints one JSON object (StageReport) on stdout.
 *
 * Stages are timed by wrapping the builder's real tools. Steps run side by side (the XSD validation runs in
 * worker threads while other work goes on), so a stage's figure is the wall time during which at least one of
 * its calls was in flight (overlaps counted once), and the stages need not add up to the whole. The serial
 * figures after the build time single steps alone, one package after another.
 */
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildAll, buildCourse, resolveConfig, validateManifests, validateManifestXml, zipFiles } from "@coursepack/builder";
import type { BuildTools, PackageFile } from "@coursepack/builder";
import { buildPlayer } from "@coursepack/player/build";
import { defaultTools } from "../packages/builder/src/default-tools.ts";
import { unzip } from "../tests/harness/unzip.ts";
import { editOneLine } from "./shadow.ts";

export interface StageReport {
  readonly playerMs: number;
  readonly packagesMs: number;
  readonly packages: number;
  /** Stage name -> wall ms with at least one call in flight. */
  readonly stages: Record<string, number>;
  /** Per-package steps timed alone, one package after another: medians in ms. */
  readonly serial: { readonly validateOne: number; readonly zipOne: number; readonly validateBatchAll: number };
  /** In-process rebuild of the first course after a one-line edit, player in memory: what watch mode does. */
  readonly editRebuildMs: number;
  /** sha256 of each zip, by file name: the bench checks these equal the CLI's, so the wrapped tools are the real ones. */
  readonly zips: Record<string, string>;
}

const spans = new Map<string, [number, number][]>();

function timed<A extends unknown[], R>(stage: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    const started = performance.now();
    const done = () => spans.set(stage, [...(spans.get(stage) ?? []), [started, performance.now()]]);
    const result = fn(...args);
    if (result instanceof Promise) return result.finally(done) as R;
    done();
    return result;
  };
}

/** Names for the builder's tools in the table; a tool not named here shows under its own name. */
const LABELS: Readonly<Record<string, string>> = {
  parseCourseSource: "parse + validate course (YAML, zod)",
  importProfile: "parse + validate course (YAML, zod)",
  variants: "variants",
  renderLaunchPage: "launch page",
  schemaFiles: "read schema files",
  manifestFiles: "manifest XML (xmlbuilder2)",
  validateManifest: "manifest validation (xmllint-wasm XSD + lint)",
  validateManifests: "manifest validation (xmllint-wasm XSD + lint)",
};

/**
 * The builder's own default tools, every one of them timed. They are an internal of the builder (not in its
 * public entry), taken by path on purpose: whatever the pipeline's steps become, these are the real ones.
 */
function timedTools(real: BuildTools): BuildTools {
  const entries = Object.entries(real).map(([name, step]) => [name, typeof step === "function" ? timed(LABELS[name] ?? name, step.bind(real)) : step]);
  return Object.fromEntries(entries) as BuildTools;
}

/** Length of the union of the intervals: overlapping calls counted once. */
function unionMs(intervals: readonly [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of [...intervals].sort((x, y) => x[0] - y[0])) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function timeSerial<T>(items: readonly T[], step: (item: T) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await step(item);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error("usage: stages.ts <out folder>");
  const started = performance.now();
  const player = await buildPlayer();
  const playerMs = performance.now() - started;
  const resolved = await resolveConfig({ root: process.cwd(), out });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.diagnostics));
  const tools = timedTools(defaultTools());
  const report = await buildAll(resolved.value, { tools, player });
  if (!report.ok) throw new Error(JSON.stringify(report.courses.flatMap((c) => c.diagnostics)));
  const written = report.courses.flatMap((c) => c.packages);
  const stages = Object.fromEntries([...spans].map(([name, list]) => [name, Math.round(unionMs(list))]));
  const contents = await Promise.all(written.map(async (p) => ({ p, files: await unzip(await readFile(p.file)) })));
  const manifests = contents.map(({ p, files }) => ({ xml: files.get("imsmanifest.xml")!.toString("utf8"), version: p.scorm, files: [...files.keys()] }));
  const serial = {
    validateOne: Math.round(await timeSerial(manifests, (m) => validateManifestXml(m.xml, m.version, m.files))),
    zipOne: Math.round(await timeSerial(contents, ({ files }) => zipFiles([...files].map(([name, bytes]): PackageFile => ({ name, bytes }))))),
    validateBatchAll: Math.round(await timeSerial([manifests], (all) => validateManifests(all))),
  };
  const zips = Object.fromEntries(await Promise.all(written.map(async (p) => [path.basename(p.file), createHash("sha256").update(await readFile(p.file)).digest("hex")])));
  const editRebuildMs = await editRebuild(resolved.value.courses[0]!, { config: resolved.value, tools, player });
  const result: StageReport = { playerMs: Math.round(playerMs), packagesMs: Math.round(report.ms), packages: written.length, stages, serial, editRebuildMs, zips };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Edits one content line of the first course and rebuilds it; the file is restored after. */
async function editRebuild(source: string, ctx: Parameters<typeof buildCourse>[1]): Promise<number> {
  const file = path.join(source, "course.yaml");
  const original = await readFile(file, "utf8");
  try {
    await writeFile(file, editOneLine(original, 1));
    const started = performance.now();
    const report = await buildCourse(source, ctx);
    if (!report.ok) throw new Error(JSON.stringify(report.diagnostics));
    return Math.round(performance.now() - started);
  } finally {
    await writeFile(file, original);
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
