/**
 * The HTTP side of the preview, beside Vite's own middlewares: the page's state as JSON, and the module
 * exactly as a package carries it (the launch page from @coursepack/player/build with the course data
 * inline, the player bundle from buildPlayer(), and the course's own files), under
 * `/module/<variant>/<version>/`. Everything else falls through to Vite (the LMS page and its scripts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname } from "node:path";
import type { ScormVersion } from "@coursepack/course-model";
import { SCORM_VERSIONS } from "@coursepack/course-model";
import type { PlayerBuild } from "@coursepack/player/build";
import { PLAYER_DIR, renderLaunchPage } from "@coursepack/player/build";
import type { CourseState } from "./course-state.ts";
import { MODULE_PREFIX, STATE_PATH } from "./protocol.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".md": "text/markdown; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
};

const IMAGES = new Set([".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"]);

export interface ModuleSources {
  current(): CourseState;
  player(): Promise<PlayerBuild>;
}

type Next = (err?: unknown) => void;

export function moduleMiddleware(sources: ModuleSources) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const url = new URL(req.url ?? "/", "http://preview.invalid");
    if (url.pathname === STATE_PATH) return send(res, 200, ".json", JSON.stringify(sources.current().state));
    if (!url.pathname.startsWith(MODULE_PREFIX)) return next();
    serveModule(sources, url.pathname.slice(MODULE_PREFIX.length)).then(
      ({ status, type, body }) => send(res, status, type, body),
      (err: unknown) => next(err),
    );
  };
}

interface Reply {
  readonly status: number;
  readonly type: string;
  readonly body: string | Uint8Array;
}

const NOT_FOUND: Reply = { status: 404, type: ".txt", body: "not found" };

/** `<variant>/<version>/<file>`: the launch page, a player file, or a file of the course folder. */
async function serveModule(sources: ModuleSources, rest: string): Promise<Reply> {
  const decoded = rest.split("/").map(decodeSafely);
  if (decoded.some((part) => part === null)) return NOT_FOUND;
  const [segment = "", version = "", ...parts] = decoded as string[];
  const file = parts.join("/");
  if (!(SCORM_VERSIONS as readonly string[]).includes(version) || file === "") return NOT_FOUND;
  const course = sources.current();
  if (file === "index.html") {
    const data = course.packageData(segment, version as ScormVersion);
    return data ? { status: 200, type: ".html", body: renderLaunchPage(data) } : NOT_FOUND;
  }
  if (file.startsWith(`${PLAYER_DIR}/`)) {
    const found = (await sources.player()).files.find((f) => f.name === file.slice(PLAYER_DIR.length + 1));
    return found ? { status: 200, type: extname(file), body: found.bytes } : NOT_FOUND;
  }
  // Course files: images only (all a module asks for), through the builder's confined reader, so neither the
  // course's sources nor anything outside its folder is served.
  if (!IMAGES.has(extname(file).toLowerCase())) return NOT_FOUND;
  const asset = course.files ? await course.files.readAsset(file, file) : null;
  return asset?.ok ? { status: 200, type: extname(file), body: asset.value } : NOT_FOUND;
}

function decodeSafely(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, ext: string, body: string | Uint8Array): void {
  res.writeHead(status, {
    "content-type": TYPES[ext.toLowerCase()] ?? "application/octet-stream",
    // Every reload shows the course as it is now: nothing is cached between edits.
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(body);
}
