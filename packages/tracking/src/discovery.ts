import type { ScormVersion } from "@coursepack/course-model";

/**
 * Finding the LMS's API object, per the SCORM run-time environment books ("API Implementation location",
 * SCORM 1.2 RTE 3.3.6.1; SCORM 2004 RTE 3.3.6): walk the parent chain (at most 7 levels for 1.2, 500 for 2004),
 * then the opener's chain. A cross-origin ancestor throws SecurityError on property access: every step is
 * wrapped so one foreign frame never stops the search.
 */

/** The parts of a window the search reads. Plain objects in tests; `window` in the browser. */
export interface ApiWindow {
  readonly parent?: ApiWindow | null;
  readonly opener?: ApiWindow | null;
  readonly top?: ApiWindow | null;
  readonly API?: unknown;
  readonly API_1484_11?: unknown;
}

export interface RawApi12 {
  LMSInitialize(arg: string): string;
  LMSFinish(arg: string): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: string): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

export interface RawApi2004 {
  Initialize(arg: string): string;
  Terminate(arg: string): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: string): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

export type FoundApi =
  | { readonly version: "1.2"; readonly api: RawApi12 }
  | { readonly version: "2004"; readonly api: RawApi2004 };

const SEARCH = {
  "1.2": { name: "API", probe: "LMSInitialize", maxLevels: 7 },
  "2004": { name: "API_1484_11", probe: "Initialize", maxLevels: 500 },
} as const;

type Family = keyof typeof SEARCH;

export function familyOf(version: ScormVersion): Family {
  return version === "1.2" ? "1.2" : "2004";
}

/** Finds the API matching the package's version (`API` for 1.2, `API_1484_11` for 2004), or null. */
export function findApi(win: ApiWindow, version: ScormVersion): FoundApi | null {
  const family = familyOf(version);
  const api = searchChain(win, family) ?? searchOpener(win, family);
  if (api === null) return null;
  return family === "1.2" ? { version: "1.2", api: api as RawApi12 } : { version: "2004", api: api as RawApi2004 };
}

function searchOpener(win: ApiWindow, family: Family): unknown {
  // A SCO in a frame of a pop-up has no opener itself: the pop-up's top window does.
  const opener = (read(win, "opener") ?? read(read(win, "top"), "opener")) as ApiWindow | null;
  return opener ? searchChain(opener, family) : null;
}

function searchChain(start: ApiWindow, family: Family): unknown {
  const { maxLevels } = SEARCH[family];
  let win: ApiWindow | null = start;
  for (let level = 0; win && level <= maxLevels; level++) {
    const api = apiOn(win, family);
    if (api !== null) return api;
    const parent = read(win, "parent") as ApiWindow | null;
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

function apiOn(win: ApiWindow, family: Family): unknown {
  const { name, probe } = SEARCH[family];
  const candidate = read(win, name);
  // Only an object that implements the calls counts: an unrelated global named `API` must not be used.
  if (candidate && typeof read(candidate, probe) === "function") return candidate;
  return null;
}

/** Property access that survives cross-origin frames (SecurityError) and dead windows. */
function read(obj: unknown, key: string): unknown {
  if (obj === null || obj === undefined) return null;
  try {
    return (obj as Record<string, unknown>)[key] ?? null;
  } catch {
    return null;
  }
}
