/**
 * Size: each zip, and what a learner's browser downloads before the first content shows: the launch page
 * (with the course data inline), and what it references (scripts, stylesheets, preloads, images), following
 * the scripts' static imports. Each file is gzipped on its own, as a web server compresses each response.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { unzip } from "../tests/harness/unzip.ts";
import { gzipBytes } from "./measure.ts";

export interface FirstLoadFile {
  readonly name: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface PackageSize {
  readonly name: string;
  readonly zipBytes: number;
  /** Every file the launch page needs before first content, in the order found. */
  readonly firstLoad: readonly FirstLoadFile[];
  readonly firstLoadRaw: number;
  readonly firstLoadGzip: number;
}

const LAUNCH = "index.html";
/** src/href of script, link (stylesheet, modulepreload) and img elements of the launch page. */
const HTML_REFS = /<(?:script|img)\b[^>]*?\bsrc="([^"]+)"|<link\b[^>]*?\brel="(?:stylesheet|modulepreload|preload)"[^>]*?\bhref="([^"]+)"/g;
/** Static `import ... from "x"`, `import "x"` and `export ... from "x"` in a (minified) module. */
const JS_IMPORTS = /\b(?:import|export)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+)["']/g;

export async function benchSize(zips: readonly string[]): Promise<PackageSize[]> {
  return Promise.all(zips.map(sizeOf));
}

async function sizeOf(zip: string): Promise<PackageSize> {
  const bytes = await readFile(zip);
  const files = await unzip(bytes);
  const firstLoad = firstLoadFiles(files).map((name) => {
    const body = files.get(name)!;
    return { name, raw: body.byteLength, gzip: gzipBytes(body) };
  });
  return {
    name: path.basename(zip),
    zipBytes: bytes.byteLength,
    firstLoad,
    firstLoadRaw: firstLoad.reduce((n, f) => n + f.raw, 0),
    firstLoadGzip: firstLoad.reduce((n, f) => n + f.gzip, 0),
  };
}

/** The launch page and everything it pulls in before first content; a reference to a missing file is a bug. */
export function firstLoadFiles(files: ReadonlyMap<string, Uint8Array>): string[] {
  const found = [LAUNCH];
  for (let i = 0; i < found.length; i++) {
    const name = found[i]!;
    const body = files.get(name);
    if (!body) throw new Error(`${found[0]} needs ${name}, which is not in the package`);
    const text = new TextDecoder().decode(body);
    const refs = name.endsWith(".html") ? [...text.matchAll(HTML_REFS)].map((m) => m[1] ?? m[2]!) : name.endsWith(".js") ? [...text.matchAll(JS_IMPORTS)].map((m) => m[1]!) : [];
    for (const ref of refs) {
      if (/^(data:|[a-z]+:\/\/)/i.test(ref) || (name.endsWith(".js") && !ref.startsWith("."))) continue;
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(name), ref));
      if (!found.includes(resolved)) found.push(resolved);
    }
  }
  return found;
}
