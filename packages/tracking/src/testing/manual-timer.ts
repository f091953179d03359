import type { Timer } from "../saver.ts";

/** A timer tests drive by hand: nothing runs until `runNext()`; `delays` records every delay asked for. */
export interface ManualTimer extends Timer {
  readonly delays: readonly number[];
  pending(): number;
  /** Runs the earliest pending callback; false when none. */
  runNext(): boolean;
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
      delays.push(ms);
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
  };
}
