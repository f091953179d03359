/**
 * Course edits reload the module: the course folder (or the profile .txt) is added to Vite's own file
 * watcher, and a burst of changes (an editor writes, renames and touches a file on one save) becomes one
 * reload. A reload never runs twice at once: a change during one queues exactly one more.
 */
import path from "node:path";

/** The part of Vite's watcher (chokidar) this needs, so tests can pass a plain EventEmitter. */
export interface FileWatcher {
  add(paths: string | readonly string[]): unknown;
  on(event: "all", listener: (event: string, file: string) => void): unknown;
  off(event: "all", listener: (event: string, file: string) => void): unknown;
  /** Folder -> names watched in it. */
  getWatched(): Record<string, string[]>;
}

/** How long to wait for the watcher to take up the course before going on without that certainty. */
const READY_MS = 5000;

export interface CourseWatch {
  /** Resolves once the watcher sees the course's files: a save from then on is never missed. */
  readonly ready: Promise<void>;
  /** Resolves once no reload is running or waiting. */
  idle(): Promise<void>;
  close(): void;
}

/**
 * Calls `reload` after changes to anything under `folder` (a folder course: its yaml and its images) or to
 * `file` alone (a profile .txt, whose folder may hold other courses).
 */
export function watchCourse(watcher: FileWatcher, target: { folder: string; file: string | null }, reload: () => Promise<void>, debounceMs: number): CourseWatch {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  const inside = (file: string): boolean => {
    const abs = path.resolve(file);
    return target.file ? abs === target.file : abs.startsWith(target.folder + path.sep);
  };
  const run = async (): Promise<void> => {
    do {
      again = false;
      await reload();
    } while (again);
    running = null;
  };
  const listener = (_event: string, file: string): void => {
    if (!inside(file)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (running) again = true;
      else running = run();
    }, debounceMs);
  };
  watcher.add(target.file ?? target.folder);
  watcher.on("all", listener);
  return {
    ready: watching(watcher, target),
    async idle() {
      while (timer || running) await (running ?? new Promise((r) => setTimeout(r, debounceMs)));
    },
    close() {
      watcher.off("all", listener);
      if (timer) clearTimeout(timer);
    },
  };
}

/** Chokidar takes up an added path asynchronously; it lists a folder's entries once it watches them. */
async function watching(watcher: FileWatcher, target: { folder: string; file: string | null }): Promise<void> {
  const started = Date.now();
  const seen = (): boolean => {
    const watched = watcher.getWatched();
    if (!target.file) return (watched[target.folder]?.length ?? 0) > 0;
    return watched[path.dirname(target.file)]?.includes(path.basename(target.file)) ?? false;
  };
  while (!seen() && Date.now() - started < READY_MS) await new Promise((r) => setTimeout(r, 10));
}
