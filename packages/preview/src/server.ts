/**
 * `startPreview`: a local LMS for authors on Vite's dev server. Vite serves the LMS page (lms-page/, the
 * fake LMS on scorm-again, transformed on the fly); our middleware serves the module as packages carry it
 * (module-files.ts); the course folder is watched through Vite's watcher and every reload is pushed to the
 * page over Vite's socket, so the page reloads the module. Loopback only unless the options say otherwise.
 */
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import type { Result } from "@coursepack/course-model";
import { error } from "@coursepack/course-model";
import { WATCH_DEBOUNCE_MS } from "@coursepack/builder";
import { buildPlayer } from "@coursepack/player/build";
import { CODES } from "./codes.ts";
import type { CourseState } from "./course-state.ts";
import { reloadCourse } from "./course-state.ts";
import { moduleMiddleware } from "./module-files.ts";
import type { ResolvedPreviewOptions } from "./options.ts";
import type { PreviewState } from "./protocol.ts";
import { COURSE_EVENT } from "./protocol.ts";
import type { CourseWatch } from "./watch.ts";
import { watchCourse } from "./watch.ts";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const LMS_PAGE = fileURLToPath(new URL("./lms-page/", import.meta.url));

export interface PreviewServer {
  /** Where to open the preview, e.g. http://127.0.0.1:5173/ */
  readonly url: string;
  /** The address and port actually listened on. */
  readonly address: { readonly host: string; readonly port: number };
  /** The course as the page sees it now. */
  state(): PreviewState;
  /** Resolves once no course reload is running or waiting. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface PreviewHooks {
  /** After every load of the course: the first one, and each reload after an edit. */
  readonly onCourse?: (state: PreviewState) => void;
}

export async function startPreview(options: ResolvedPreviewOptions, hooks: PreviewHooks = {}): Promise<Result<PreviewServer>> {
  const source = { course: options.course, root: options.root, scorm: options.scorm };
  let current: CourseState = await reloadCourse(source, null);
  hooks.onCourse?.(current.state);
  const vite = await createViteServer(options, { current: () => current, player: buildPlayer });
  const listening = await listen(vite, options);
  if (!listening.ok) return listening;
  const reload = async (): Promise<void> => {
    current = await reloadCourse(source, current);
    hooks.onCourse?.(current.state);
    vite.ws.send(COURSE_EVENT, { generation: current.state.generation });
  };
  const watch: CourseWatch = watchCourse(vite.watcher, await watchTarget(options.course), reload, WATCH_DEBOUNCE_MS);
  await watch.ready;
  return {
    ok: true,
    value: {
      url: `http://${urlHost(listening.value.host)}:${listening.value.port}/`,
      address: listening.value,
      state: () => current.state,
      idle: () => watch.idle(),
      async close() {
        watch.close();
        await vite.close();
      },
    },
    warnings: [],
  };
}

async function createViteServer(options: ResolvedPreviewOptions, sources: Parameters<typeof moduleMiddleware>[0]): Promise<ViteDevServer> {
  const { createServer } = await import("vite");
  const plugin: Plugin = {
    name: "coursepack-preview",
    // Before Vite's own middlewares: the module's files are ours, never transformed.
    configureServer: (server) => void server.middlewares.use(moduleMiddleware(sources)),
  };
  return createServer({
    configFile: false,
    envDir: false,
    root: LMS_PAGE,
    cacheDir: path.join(REPO, ".cache", "preview-vite"),
    publicDir: false,
    appType: "mpa",
    logLevel: "warn",
    clearScreen: false,
    plugins: [plugin],
    // Pre-bundled up front: a dependency found on first load would make Vite reload the page mid-launch.
    optimizeDeps: { include: ["scorm-again/scorm12", "scorm-again/scorm2004"] },
    server: { host: options.host, port: options.port, strictPort: true, fs: { allow: [REPO] } },
  });
}

async function listen(vite: ViteDevServer, options: ResolvedPreviewOptions): Promise<Result<{ host: string; port: number }>> {
  try {
    await vite.listen();
  } catch (e) {
    await vite.close();
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const hint = "Leave `--port` out to use any free port, and `--host` out to stay on this computer.";
    return { ok: false, diagnostics: [error(CODES.cannotListen, `cannot listen on ${options.host}:${options.port}: ${why}`, { file: "preview" }, hint)] };
  }
  const address = vite.httpServer?.address() as AddressInfo;
  return { ok: true, value: { host: address.address, port: address.port }, warnings: [] };
}

/** A folder course is watched whole (its images too); a profile .txt or a course.yaml named alone, by itself. */
async function watchTarget(course: string): Promise<{ folder: string; file: string | null }> {
  const isFolder = (await stat(course).catch(() => null))?.isDirectory() ?? false;
  if (isFolder) return { folder: course, file: null };
  return path.extname(course).toLowerCase() === ".txt" ? { folder: path.dirname(course), file: course } : { folder: path.dirname(course), file: null };
}

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}
