/**
 * A scratch copy of the repository in a temp folder, for cold builds that leave the author's caches alone.
 *
 * The player caches its Vite build under `<repo>/.cache/player`, where <repo> is found from the player's own
 * file location, and its build API takes no cache folder. Moving the real cache aside would race with anyone
 * else building in the same tree, so the bench builds from a copy instead: the sources, courses and
 * configuration are copied, `node_modules` is a folder of links to the real one (with the workspace links
 * pointing at the copied packages), and the copy's `.cache/player` can be emptied at will.
 */
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../", import.meta.url));

/** What a build reads besides node_modules (the player's cache key covers the lockfile and vite.config.ts). */
const COPIED = ["packages", "courses", "scorm-templates", "schema", "bench", "tests/harness", "vite.config.ts", "tsconfig.json", "package.json", "package-lock.json"];
const WORKSPACE_SCOPE = "@coursepack";

export interface Shadow {
  readonly root: string;
  /** The copy's player cache, emptied: the next build runs Vite. */
  clearPlayerCache(): Promise<void>;
  /** A fresh temp folder for one build's output, inside the copy. */
  outDir(name: string): Promise<string>;
  remove(): Promise<void>;
}

export async function makeShadow(): Promise<Shadow> {
  const root = await mkdtemp(path.join(tmpdir(), "coursepack-bench-"));
  const skip = (src: string) => !/[\\/](node_modules|dist|\.cache)([\\/]|$)/.test(path.relative(REPO, src));
  for (const name of COPIED) await cp(path.join(REPO, name), path.join(root, name), { recursive: true, filter: skip, verbatimSymlinks: true });
  await linkNodeModules(root);
  let outs = 0;
  return {
    root,
    clearPlayerCache: () => rm(path.join(root, ".cache", "player"), { recursive: true, force: true }),
    outDir: async (name) => {
      const dir = path.join(root, "out", `${++outs}-${name}`);
      await mkdir(dir, { recursive: true });
      return dir;
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** node_modules of the copy: a link to every real entry, except the workspace scope, which links the copied packages. */
async function linkNodeModules(root: string): Promise<void> {
  const real = path.join(REPO, "node_modules");
  const target = path.join(root, "node_modules");
  await mkdir(path.join(target, WORKSPACE_SCOPE), { recursive: true });
  for (const entry of await readdir(real)) {
    if (entry !== WORKSPACE_SCOPE) await symlink(path.join(real, entry), path.join(target, entry));
  }
  for (const pkg of await readdir(path.join(root, "packages"))) {
    await symlink(path.join("..", "..", "packages", pkg), path.join(target, WORKSPACE_SCOPE, pkg));
  }
}

/** Appends a sentence to the first paragraph of the first outcome's content (`content: |` block). */
export function editOneLine(yaml: string, edit: number): string {
  const lines = yaml.split("\n");
  const at = lines.findIndex((line) => /^\s+content: \|/.test(line));
  if (at < 0 || !lines[at + 1]) throw new Error("no content block to edit");
  lines[at + 1] = `${lines[at + 1]} (Edited for the benchmark, ${edit}.)`;
  return lines.join("\n");
}
