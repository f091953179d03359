import type { CallResult, CmiEntry, LmsPort, StartData } from "./lms-port.ts";
import { statusMayReplace } from "./scorm-port.ts";
import { decimal } from "./value-rules.ts";

/**
 * The port used when no LMS is found (a package opened straight from disk, a preview): progress is kept in
 * this browser's localStorage, so the module still works and resumes, and the tracker reports
 * `lms: "standalone"` so the player can say that nothing reaches an LMS.
 */

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface StandaloneOptions {
  /** Usually `window.localStorage`; null/undefined keeps progress in memory for this page only. */
  readonly storage?: StorageLike | null;
  /** One key per course, e.g. `coursepack:key-working`. */
  readonly key: string;
}

const OK: CallResult = { ok: true, code: "0" };
const ORDERS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  completion: { incomplete: 1, completed: 2 },
  success: { unknown: 0, failed: 2, passed: 3 },
};

export function createStandaloneAdapter(options: StandaloneOptions): LmsPort {
  const memory = new Map<string, string>();
  const storage: StorageLike = options.storage ?? {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
  };
  const pending = new Map<string, string>();

  function load(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(options.key) ?? "{}");
      return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  function save(): CallResult {
    try {
      storage.setItem(options.key, JSON.stringify({ ...load(), ...Object.fromEntries(pending) }));
      pending.clear();
      return OK;
    } catch (error) {
      // Storage full, disabled (private mode) or blocked in a sandboxed frame.
      return { ok: false, code: "storage", detail: String(error) };
    }
  }

  return {
    kind: "standalone",
    proofElement: "suspend_data",
    open(): StartData {
      const saved = load();
      return {
        resume: saved.exit === "suspend",
        location: saved.location ?? "",
        suspendData: saved.suspend_data ?? "",
        learnerName: "",
        completed: saved.completion === "completed",
        success: saved.success === "passed" || saved.success === "failed" ? saved.success : "unknown",
        interactionCount: 0,
        objectiveIds: [],
        current: ["completion", "success"].map((element) => ({ element, value: saved[element] ?? "" })),
      };
    },
    entries(record): CmiEntry[] {
      return [
        ...(record.location === null ? [] : [{ element: "location", value: record.location }]),
        { element: "suspend_data", value: record.suspendData },
        ...(record.score === null ? [] : [{ element: "score", value: decimal(record.score, 2), terminal: true }]),
        { element: "completion", value: record.completion, terminal: record.completion === "completed" },
        { element: "success", value: record.success, terminal: record.success !== "unknown" },
        { element: "exit", value: record.done ? "normal" : "suspend" },
      ];
    },
    setValue(element, value) {
      pending.set(element, value);
      return OK;
    },
    commit: save,
    getValue: (element) => load()[element] ?? null,
    finish: save,
    mayReplace(element, from, to) {
      const order = ORDERS[element];
      return order ? statusMayReplace(order, from, to) : true;
    },
    reconnect: () => "same",
    isClosedError: () => false,
  };
}
