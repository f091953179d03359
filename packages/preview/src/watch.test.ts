import { EventEmitter } from "node:events";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { FileWatcher } from "./watch.ts";
import { watchCourse } from "./watch.ts";

class FakeWatcher extends EventEmitter implements FileWatcher {
  readonly added: string[] = [];
  add(paths: string | readonly string[]): this {
    this.added.push(...(typeof paths === "string" ? [paths] : paths));
    return this;
  }
  /** Like chokidar: a path added shows up a little later, with its folder's entries. */
  getWatched(): Record<string, string[]> {
    return Object.fromEntries(this.added.flatMap((p) => (path.extname(p) ? [[path.dirname(p), [path.basename(p)]]] : [[p, ["course.yaml"]]])));
  }
  change(file: string): void {
    this.emit("all", "change", file);
  }
}

const FOLDER = path.resolve("/courses/key-working");
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("watchCourse", () => {
  test("a burst of changes inside the course folder is one reload; changes elsewhere are none", async () => {
    const watcher = new FakeWatcher();
    let reloads = 0;
    const watch = watchCourse(watcher, { folder: FOLDER, file: null }, async () => void reloads++, 20);
    expect(watcher.added).toEqual([FOLDER]);
    await watch.ready;
    watcher.change(path.join(FOLDER, "course.yaml"));
    watcher.change(path.join(FOLDER, "images", "logo.png"));
    watcher.change(path.resolve("/courses/key-working-old/course.yaml"));
    await wait(5);
    watcher.change(path.join(FOLDER, "course.yaml"));
    await watch.idle();
    expect(reloads).toBe(1);
    watcher.change(path.resolve("/elsewhere/course.yaml"));
    await wait(40);
    expect(reloads).toBe(1);
    watch.close();
    watcher.change(path.join(FOLDER, "course.yaml"));
    await wait(40);
    expect(reloads).toBe(1);
  });

  test("a profile .txt is watched alone: its neighbours do not reload it", async () => {
    const watcher = new FakeWatcher();
    const file = path.resolve("/profiles/key-working.txt");
    let reloads = 0;
    const watch = watchCourse(watcher, { folder: path.dirname(file), file }, async () => void reloads++, 10);
    expect(watcher.added).toEqual([file]);
    watcher.change(path.resolve("/profiles/other.txt"));
    await wait(30);
    expect(reloads).toBe(0);
    watcher.change(file);
    await watch.idle();
    expect(reloads).toBe(1);
    watch.close();
  });

  test("a change during a reload queues exactly one more, never two at once", async () => {
    const watcher = new FakeWatcher();
    let running = 0;
    let most = 0;
    let reloads = 0;
    const watch = watchCourse(watcher, { folder: FOLDER, file: null }, async () => {
      running++;
      most = Math.max(most, running);
      await wait(60);
      reloads++;
      running--;
    }, 5);
    watcher.change(path.join(FOLDER, "course.yaml"));
    await wait(20);
    watcher.change(path.join(FOLDER, "course.yaml"));
    await wait(10);
    watcher.change(path.join(FOLDER, "course.yaml"));
    await watch.idle();
    expect(reloads).toBe(2);
    expect(most).toBe(1);
    watch.close();
  });
});
