import type { Timer } from "../saver.ts";

/**
 * A timer tests drive by hand: nothing runs until `runNext()` or `endTask()`; `delays` records every delay
 * asked for except 0 ms (the end-of-task saves): the retry backoff, and the wait of a draft answer.
 */
export interface ManualTimer extends Timer {
  readonly delays: readonly number[];
  pending(): number;
  /** Runs the earliest pending callback; false when none. */
  runNext(): boolean;
  /**
   * Ends the current browser task: runs what was set for 0 ms (the save of the learner's action), as the
   * browser does once the event handler returns. Retries stay pending. Returns how many ran.
   */
  endTask(): number;
}

export function createManualTimer(): ManualTimer {
  let nextId = 1;
  const queue: { id: number; callback: () => void; ms: number }[] = [];
  const delays: number[] = [];
  return {
    delays,
    set(callback, ms) {
      const id = nextId++;
      queue.push({ id, callback, ms });
      if (ms > 0) delays.push(ms);
      return id;
    },
    clear(handle) {
      const index = queue.findIndex((item) => item.id === handle);
      if (index >= 0) queue.splice(index, 1);
    },
    pending: () => queue.length,
    runNext() {
      queue.sort((a, b) => a.ms - b.ms);
      const item = queue.shift();
      item?.callback();
      return item !== undefined;
    },
    endTask() {
      let ran = 0;
      for (let item = queue.find((i) => i.ms === 0); item; item = queue.find((i) => i.ms === 0)) {
        queue.splice(queue.indexOf(item), 1);
        item.callback();
        ran += 1;
      }
      return ran;
    },
  };
}
