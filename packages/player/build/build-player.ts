import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export interface PlayerFile {
  /** File name inside the package's `player/` folder, e.g. "player.js" (the launch page loads player/player.js). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface PlayerBuild {
  readonly files: readonly PlayerFile[];
  /** Hash of everything the bundle is built from (sources, Vite config, lockfile): the cache key. */
  readonly hash: string;
}

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const CONFIG = join(REPO, "vite.config.ts");
const CACHE = join(REPO, ".cache", "player");

/** What goes into the bundle: a change to any of these (tests and test data aside) means a new build. */
const INPUTS = [
  "packages/player/src",
  "packages/tracking/src",
  "packages/course-model/src",
  "packages/player/package.json",
  "packages/tracking/package.json",
  "packages/course-model/package.json",
  "vite.config.ts",
  "package-lock.json",
  // The launch page is part of every package too: a template change must change the hash, and so the build id.
  "packages/player/build",
  "scorm-templates/launch.html",
];

let last: { hash: string; build: Promise<PlayerBuild> } | undefined;

/**
 * The learner module, built once by Vite with the root vite.config.ts, in memory. The result is cached on
 * disk under .cache/player/<hash> (and in this process), so every later call with the same sources is a
 * few file reads. Packages share it: the builder writes these files into each zip unchanged.
 */
export async function buildPlayer(): Promise<PlayerBuild> {
  const hash = await sourceHash();
  if (last?.hash !== hash) {
    const build = fromCache(hash).then((cached) => cached ?? buildAndCache(hash));
    last = { hash, build };
    build.catch(() => (last = undefined));
  }
  return last.build;
}

export async function sourceHash(): Promise<string> {
  const files = (await Promise.all(INPUTS.map((input) => listFiles(join(REPO, input))))).flat();
  const contents = await Promise.all(files.map((file) => readFile(file)));
  const hash = createHash("sha256");
  files.forEach((file, i) => {
    hash.update(relative(REPO, file).split(sep).join("/")).update("\0");
    hash.update(contents[i]!).update("\0");
  });
  return hash.digest("hex").slice(0, 20);
}

async function listFiles(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => null);
  if (!entries) return [path];
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(path, entry.name);
    if (entry.isDirectory() && !["testing", "fixtures", "node_modules"].includes(entry.name)) files.push(...(await listFiles(full)));
    else if (entry.isFile() && /\.(ts|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) files.push(full);
  }
  return files;
}

async function fromCache(hash: string): Promise<PlayerBuild | null> {
  const dir = join(CACHE, hash);
  try {
    const names = JSON.parse(await readFile(join(dir, "files.json"), "utf8")) as string[];
    const files = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })));
    return { files, hash };
  } catch {
    return null;
  }
}

async function buildAndCache(hash: string): Promise<PlayerBuild> {
  const files = await viteBuild();
  // Written beside and renamed into place: a reader never sees half a cache entry, and two builders racing
  // for the same hash both succeed (the loser's copy is dropped).
  const dir = join(CACHE, hash);
  const temp = `${dir}.${process.pid}.${Date.now()}.tmp`;
  for (const f of files) {
    await mkdir(join(temp, f.name, ".."), { recursive: true });
    await writeFile(join(temp, f.name), f.bytes);
  }
  await writeFile(join(temp, "files.json"), JSON.stringify(files.map((f) => f.name)));
  await rename(temp, dir).catch(() => rm(temp, { recursive: true, force: true }));
  return { files, hash };
}

async function viteBuild(): Promise<PlayerFile[]> {
  const { build } = await import("vite");
  const result = await build({ configFile: CONFIG, mode: "production", logLevel: "warn", build: { write: false } });
  const outputs = Array.isArray(result) ? result : [result];
  const files: PlayerFile[] = [];
  for (const output of outputs) {
    if (!("output" in output)) throw new Error("vite build returned a watcher; expected output");
    for (const item of output.output) {
      const bytes = item.type === "chunk" ? new TextEncoder().encode(item.code) : toBytes(item.source);
      files.push({ name: item.fileName, bytes });
    }
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : 1));
}

function toBytes(source: string | Uint8Array): Uint8Array {
  return typeof source === "string" ? new TextEncoder().encode(source) : source;
}
