/**
 * `npm run bench [-- --quick] [-- --runs N]`: measures build speed, scale, package size and the learner's side
 * on this machine, prints a table and writes bench/results.json with the budgets judged. Not a test: nothing
 * here fails on a slow machine; the budgets are reported as pass or FAIL.
 *
 * --quick  skips the 200-course scale run (the long pole) and takes 3 runs per figure instead of 5.
 * --runs N runs per median.
 */
import { rmSync } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { benchBuild } from "./build.ts";
import { benchLearner } from "./learner.ts";
import { round } from "./measure.ts";
import { benchScale } from "./scale.ts";
import { makeShadow, REPO } from "./shadow.ts";
import { benchSize } from "./size.ts";
import { benchSuspend } from "./suspend.ts";
import type { BenchResults, Budget, Quoted } from "./table.ts";
import { kb, ms, renderReport } from "./table.ts";

const SCALE_SIZES = [25, 50, 100, 200];
const RESULTS = path.join(REPO, "bench", "results.json");

function options(argv: readonly string[]): { quick: boolean; runs: number } {
  const quick = argv.includes("--quick");
  const at = argv.indexOf("--runs");
  const runs = at >= 0 ? Number.parseInt(argv[at + 1] ?? "", 10) : quick ? 3 : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number of at least 1");
  return { quick, runs };
}

/** The budgets (issue 7), each judged on the worst package where there are several. */
function judge(r: Omit<BenchResults, "budgets" | "quoted">): Budget[] {
  const firstLoad = Math.max(...r.size.map((p) => p.firstLoadGzip));
  const firstContent = Math.max(...r.learner.loads.map((p) => p.normal.firstContentMs.median));
  const cold = r.build.cold.wallMs.median;
  const suspend = Math.max(...r.suspend.map((c) => c.chars));
  return [
    { name: "learner loads before first content", limit: 50, unit: "KB gzip", measured: round(firstLoad / 1024), pass: firstLoad <= 50 * 1024, basis: "largest package: launch page + player.js, gzipped" },
    { name: "first content, locally", limit: 200, unit: "ms", measured: firstContent, pass: firstContent <= 200, basis: "slowest package's median: player's welcome h1 laid out" },
    { name: "whole-catalogue cold build", limit: 2000, unit: "ms", measured: cold, pass: cold <= 2000, basis: `median wall time of the CLI, ${r.build.packages} packages, player cache emptied` },
    { name: "suspend_data at its worst (SCORM 1.2)", limit: 4096, unit: "chars", measured: suspend, pass: suspend <= 4096, basis: "worst of the real courses and tracking's budget-test course" },
  ];
}

function quoted(r: Omit<BenchResults, "budgets" | "quoted">): Quoted[] {
  const largest = Math.max(...r.size.map((p) => p.firstLoadGzip));
  const content = Math.max(...r.learner.loads.map((p) => p.normal.firstContentMs.median));
  return [
    { name: "cold build", theirs: "6.7 s for one course", ours: `${ms(r.build.cold.wallMs.median)} for ${r.build.packages} packages (whole catalogue)` },
    { name: "loaded before first content", theirs: "492 KB gzip", ours: `${kb(largest)} gzip` },
    { name: "content visible", theirs: "about 960 ms", ours: `${ms(content)} (welcome heading; slowest package's median)` },
  ];
}

/** The machine, and how busy it was: wall times on a loaded machine are not the machine's best. */
function machine(loadStart: number): BenchResults["machine"] {
  const cpu = os.cpus();
  return {
    cpus: cpu.length,
    model: cpu[0]?.model.trim() ?? "unknown",
    memoryGb: round(os.totalmem() / 1024 ** 3),
    node: process.version,
    loadAverage: { start: loadStart, end: round(os.loadavg()[0] ?? 0, 2) },
  };
}

async function main(): Promise<void> {
  const { quick, runs } = options(process.argv.slice(2));
  const started = performance.now();
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const loadStart = round(os.loadavg()[0] ?? 0, 2);
  const shadow = await makeShadow();
  // Ctrl+C mid-run: the scratch copy goes, nothing of the author's was touched.
  const interrupted = () => {
    rmSync(shadow.root, { recursive: true, force: true });
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  try {
    log(`scratch copy of the repo in ${shadow.root}`);
    const build = await benchBuild(shadow, runs, log);
    const scale = quick ? null : await benchScale(shadow, SCALE_SIZES, true, log);
    log("size: unzipping the cold build's packages");
    const size = await benchSize(build.zips);
    const learner = await benchLearner(build.zips, runs, log);
    log("suspend_data: the codec on the real courses and the budget test's worst case");
    const courses = (await readdir(path.join(REPO, "courses"))).sort().map((c) => path.join(REPO, "courses", c));
    const suspend = await benchSuspend(courses);
    const partial = {
      date: new Date().toISOString(),
      machine: machine(loadStart),
      runs,
      quick,
      build,
      scale,
      size,
      learner,
      suspend,
      seconds: Math.round((performance.now() - started) / 1000),
    };
    const results: BenchResults = { ...partial, budgets: judge(partial), quoted: quoted(partial) };
    await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${renderReport(results)}\n\nWritten: ${path.relative(process.cwd(), RESULTS)}\n`);
  } finally {
    process.off("SIGINT", interrupted);
    await shadow.remove();
  }
}

await main();
