/**
 * Watch mode: build every course once, then rebuild a course whenever something in its folder (or its
 * profile .txt) changes. Changes are debounced (editors write a file in several steps) and a course never
 * builds twice at once: a change during a build queues exactly one more build. The player bundle is built
 * once at the start and reused.
 */
import { watch } from "node:fs";
import type { FSWatcher } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { BuildOptions } from "./build-all.ts";
import { resolveDeps } from "./build-all.ts";
import type { BuildContext, CourseReport } from "./build-course.ts";
import { buildCourse } from "./build-course.ts";
import type { ResolvedConfig } from "./config.ts";
import { COURSE_FILE } from "./load-course.ts";

/** Long enough to cover an editor's save (write, rename, chmod), short enough to feel immediate. */
export const WATCH_DEBOUNCE_MS = 120;

export interface WatchOptions extends BuildOptions {
  readonly debounceMs?: number;
}

export interface BuildWatcher {
  /** Resolves once no build is running or waiting. */
  idle(): Promise<void>;
  close(): void;
}

interface CourseState {
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  again: boolean;
}

export async function watchBuild(config: ResolvedConfig, onResult: (report: CourseReport) => void, options: WatchOptions = {}): Promise<BuildWatcher> {
  const deps = await resolveDeps(options);
  const owners = new Map<string, string>();
  const states = new Map<string, CourseState>(config.courses.map((c) => [c, { timer: null, running: null, again: false }]));
  const ctx = (source: string): BuildContext => ({ config, tools: deps.tools, player: deps.player, claimed: namesOfOthers(owners, source) });
  const build = async (source: string): Promise<void> => {
    const report = await buildCourse(source, ctx(source));
    for (const p of report.packages) owners.set(path.basename(p.file), source);
    onResult(report);
  };
  for (const source of config.courses) await build(source);
  const schedule = (source: string): void => debounce(states.get(source), options.debounceMs ?? WATCH_DEBOUNCE_MS, () => build(source));
  const watchers = await Promise.all(config.courses.map((source) => watchCourse(source, () => schedule(source))));
  return {
    idle: () => idle(states, options.debounceMs ?? WATCH_DEBOUNCE_MS),
    close: () => {
      for (const w of watchers) w?.close();
      for (const s of states.values()) if (s.timer) clearTimeout(s.timer);
    },
  };
}

function namesOfOthers(owners: ReadonlyMap<string, string>, source: string): Set<string> {
  return new Set([...owners].filter(([, owner]) => owner !== source).map(([name]) => name));
}

function debounce(state: CourseState | undefined, ms: number, run: () => Promise<void>): void {
  if (!state) return;
  if (state.timer) clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    state.timer = null;
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = runUntilSettled(state, run);
  }, ms);
}

async function runUntilSettled(state: CourseState, run: () => Promise<void>): Promise<void> {
  do {
    state.again = false;
    await run();
  } while (state.again);
  state.running = null;
}

async function idle(states: ReadonlyMap<string, CourseState>, ms: number): Promise<void> {
  for (;;) {
    const busy = [...states.values()].filter((s) => s.timer || s.running);
    if (busy.length === 0) return;
    await Promise.all(busy.map((s) => s.running ?? new Promise((r) => setTimeout(r, ms))));
  }
}

/**
 * A course folder (or the folder of a course.yaml) is watched recursively, for its assets too; a profile
 * .txt through its folder, filtered by name, because editors replace a file by renaming a new one over it.
 */
async function watchCourse(source: string, changed: () => void): Promise<FSWatcher | null> {
  const info = await stat(source).catch(() => null);
  const isFolder = info?.isDirectory() || path.basename(source) === COURSE_FILE;
  const folder = info?.isDirectory() ? source : path.dirname(source);
  const only = isFolder ? null : path.basename(source);
  try {
    const watcher = watch(folder, { recursive: only === null }, (_event, name) => {
      if (only === null || name === only) changed();
    });
    watcher.on("error", () => changed());
    return watcher;
  } catch {
    return null;
  }
}
