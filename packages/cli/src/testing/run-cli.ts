/** The CLI in process with a fake Io: what a user would see on each stream, and the exit code. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import type { Io } from "../io.ts";
import { main } from "../main.ts";
import { PROFILES_DIR } from "../../../../tests/fixtures/profiles.ts";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `coursepack <args>` from `cwd`, as if in a terminal-less CI job. */
export async function runCli(args: readonly string[], cwd: string): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: Io = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), tty: false, cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const made: string[] = [];
// Registered when a test file imports this module, so it runs once that file's tests are done.
afterAll(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh temp folder, removed after the importing test file. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "cp-cli-"));
  made.push(dir);
  return dir;
}

/** The real course profiles the CLI is checked against (issue 2, "How it is checked"). */
export const PROFILES = PROFILES_DIR;
export const REPO = path.resolve(import.meta.dirname, "../../../..");
