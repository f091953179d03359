/**
 * `coursepack validate` on hostile zips, through the real CLI in a child process: a real package with a
 * `../` entry or an absolute one added, a thousandfold zip bomb, 20,000 entries, a manifest with an
 * external entity. Each is refused with exit code 1 and its diagnostic, well within the time limits, and no
 * file appears in the working folder, beside the zip or where the hostile names point. The validator's
 * unit tests (packages/builder/src/validate/validate-package.test.ts) cover more cases in process.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { MAX_PACKAGE_ENTRIES } from "@coursepack/builder";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildOnce, packageFile, REPO } from "../harness/build-once.ts";
import { unzip } from "../harness/unzip.ts";
import type { ZipInput } from "../harness/zip-writer.ts";
import { writeZip } from "../harness/zip-writer.ts";

const BIN = path.join(REPO, "packages/cli/bin/coursepack.js");
/** One CLI start (tsx, commander, the builder) is about a second on this machine; the rest is the check. */
const CHILD_LIMIT_MS = 10_000;
const unique = `coursepack-evil-${process.pid}-${Date.now()}.txt`;

interface Hostile {
  readonly name: string;
  readonly entries: (real: ZipInput[]) => ZipInput[];
  readonly code: string;
  /** A part of the printed message. */
  readonly says: RegExp;
}

const XXE = `<?xml version="1.0"?>\n<!DOCTYPE manifest [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<manifest identifier="m">&secret;</manifest>`;

const HOSTILE: readonly Hostile[] = [
  { name: "path traversal", entries: (real) => [...real, { name: `../../${unique}`, data: "x" }], code: "CP603", says: new RegExp(`entry "\\.\\./\\.\\./${unique}" has a \`\\.\\.\` segment .*refused, nothing extracted`) },
  { name: "absolute path", entries: (real) => [...real, { name: path.join(tmpdir(), unique), data: "x" }], code: "CP603", says: new RegExp(`entry "/.*${unique}" has .*: refused, nothing extracted`) },
  { name: "zip bomb by ratio", entries: (real) => [...real, { name: "assets/big.bin", data: new Uint8Array(64 * 1024 * 1024) }], code: "CP605", says: /inflates \d+:1 .*\(a zip bomb\): refused/ },
  {
    name: "20,000 entries",
    entries: (real) => [...real, ...Array.from({ length: 20_000 }, (_, i) => ({ name: `many/${i}.txt`, data: "" }))],
    code: "CP604",
    says: new RegExp(`has 2\\d{4} entries, more than ${MAX_PACKAGE_ENTRIES}: refused`),
  },
  { name: "a manifest with an external entity", entries: (real) => real.map((e) => (e.name === "imsmanifest.xml" ? { ...e, data: XXE } : e)), code: "CP610", says: /<!DOCTYPE`: DTDs and entities are never processed/ },
];

let dir: string;
let zips: string;
let cwd: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cp-security-validate-"));
  zips = path.join(dir, "zips");
  cwd = path.join(dir, "cwd");
  await Promise.all([mkdir(zips), mkdir(cwd)]);
  const real = await unzip(await readFile(packageFile(await buildOnce(), "key-working", "1-day", "1.2")));
  const entries = [...real].map(([name, data]) => ({ name, data }));
  for (const h of HOSTILE) await writeFile(path.join(zips, `${slug(h.name)}.zip`), writeZip(h.entries(entries)));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("coursepack validate on hostile zips", () => {
  test.each(HOSTILE.map((h) => [h.name, h] as const))("%s: exit 1 with its diagnostic, quickly, nothing extracted", async (_name, h) => {
    const zip = path.join(zips, `${slug(h.name)}.zip`);
    const before = await Promise.all([readdir(zips), readdir(cwd)]);
    const started = performance.now();
    const run = await runCli(["validate", zip], cwd);
    const ms = performance.now() - started;
    expect(run.code, run.stderr).toBe(1);
    const line = run.stderr.split("\n").find((l) => l.includes(`error ${h.code}: `));
    expect(line, `an "error ${h.code}" line in:\n${run.stderr}`).toBeDefined();
    expect(line).toMatch(h.says);
    expect(run.stdout).toMatch(/^✗ .+: .+, \d+ problems?$/m);
    expect(`${run.stdout}${run.stderr}`, "no stack trace, nothing read through the entity").not.toMatch(/^\s+at |root:x:0:0/m);
    expect(ms, `${h.name}: ${Math.round(ms)} ms`).toBeLessThan(CHILD_LIMIT_MS);
    expect(await Promise.all([readdir(zips), readdir(cwd)]), "no file appeared beside the zip or in the working folder").toEqual(before);
    for (const target of [path.join(tmpdir(), unique), path.join(dir, unique), path.join(zips, "..", "..", unique), path.join("/", unique)]) {
      expect(existsSync(target), target).toBe(false);
    }
  });
});

function slug(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
}

function runCli(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? -1 : 0), stdout, stderr }));
  });
}
