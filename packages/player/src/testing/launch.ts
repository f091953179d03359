import type { RawApi12 } from "@coursepack/tracking";

/**
 * The launch page as the build writes it, for boot tests in the browser: the placeholder with the title,
 * and the inline data (the whole package data, or the outline of a split package; a string is used as is).
 */
export function launchPage(data: object | string | null): void {
  document.body.replaceChildren();
  const root = document.createElement("main");
  root.id = "cp-root";
  root.append(Object.assign(document.createElement("h1"), { textContent: "Key working essentials" }));
  document.body.append(root);
  if (data === null) return;
  const script = document.createElement("script");
  script.type = "application/json";
  script.id = "cp-data";
  script.textContent = typeof data === "string" ? data : JSON.stringify(data);
  document.body.append(script);
}

/** A promise the test settles when it chooses: the content module held back on a slow connection. */
export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A plain in-memory SCORM 1.2 LMS: keeps what is set, answers "true", logs the session calls. */
export function memoryLms12(stored: Record<string, string> = {}): { api: RawApi12; values: Map<string, string>; calls: string[] } {
  const values = new Map(Object.entries(stored));
  const calls: string[] = [];
  const log = (name: string) => () => {
    calls.push(name);
    return "true";
  };
  const api: RawApi12 = {
    LMSInitialize: log("LMSInitialize"),
    LMSFinish: log("LMSFinish"),
    LMSCommit: log("LMSCommit"),
    LMSGetValue: (element) => values.get(element) ?? (element.endsWith("._count") ? "0" : ""),
    LMSSetValue: (element, value) => {
      values.set(element, value);
      return "true";
    },
    LMSGetLastError: () => "0",
    LMSGetErrorString: () => "",
    LMSGetDiagnostic: () => "",
  };
  return { api, values, calls };
}
