/** Running the CLI on a bad input, in process or as a child, and the checks every run must pass. */
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli, type CliRun } from "../../packages/cli/src/testing/run-cli.ts";
import type { BadInput, Expected } from "./cases.ts";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const BIN = path.join(REPO, "packages/cli/bin/coursepack.js");
const CORPUS = fileURLToPath(new URL("./corpus", import.meta.url));

export type Run = CliRun;

/** The committed corpus copied into a temp folder, the generated cases written beside it. */
export async function makeWorkspace(cases: readonly BadInput[]): Promise<string> {
  const ws = await mkdtemp(path.join(tmpdir(), "cp-bad-input-"));
  await cp(CORPUS, ws, { recursive: true });
  const outside = path.join(ws, "outside", "secret.png");
  await mkdir(path.dirname(outside), { recursive: true });
  await writeFile(outside, "not for packages");
  for (const c of cases) await c.make?.(path.join(ws, c.input), outside);
  return ws;
}

/** `main()` with a fake Io whose working folder is the workspace. */
export function runInProcess(ws: string, args: readonly string[]): Promise<Run> {
  return runCli(args, ws);
}

/** `node packages/cli/bin/coursepack.js ...` from the workspace: the real entry, exit code and all. */
export function runChild(ws: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ws, env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
    let stdout = "";
    let stderr = "";
    // Decoded as a stream, so a character split across two chunks (✗ is three bytes) stays whole.
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? -1 : 0), stdout, stderr }));
  });
}

/** At most `n` tasks at a time: each child process costs about a second of one of the machine's cores. */
export function limit(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    while (running >= n) await new Promise<void>((r) => waiting.push(r));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** The printed diagnostic for `expected`: `file[:line[:col]]: error CODE: message`, then its hint, or null. */
export function findDiagnostic(stderr: string, expected: Expected): string | null {
  const at = [expected.file, expected.line, expected.line === undefined ? undefined : expected.column].filter((p) => p !== undefined).join(":");
  const head = new RegExp(`^${escape(at)}: error ${expected.code}: .+\\n  hint: .+$`, "m");
  return head.exec(stderr)?.[0] ?? null;
}

/** Signs that an exception escaped to the terminal instead of a diagnostic. */
export function stackTraceIn(text: string): string | null {
  return /^\s+at .+$/m.exec(text)?.[0] ?? /\b\w*Error:.*$/m.exec(text)?.[0] ?? null;
}

/** Files under `dir` (relative paths), or [] when it does not exist. */
export async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => !e.isDirectory()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
