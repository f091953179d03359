/**
 * Wraps an LMS API (1.2 or 2004) so tests can make it fail the ways real LMSs do, and change the fault at
 * any time: Commit answering "false", answering "true" with an error code, SetValue refusing, calls
 * throwing, or the whole object going dead (every call throws, like a closed window's API).
 */

export type FaultMode = "false" | "error" | "throw";

export interface Faults {
  commit?: FaultMode | null;
  setValue?: FaultMode | null;
  finish?: FaultMode | null;
  initialize?: FaultMode | null;
  /** Every call throws, as an API in a closed or navigated-away window does. */
  gone?: boolean;
}

export interface FaultyLms<Api> {
  readonly api: Api;
  /** Change at any time; null / false means "behave". */
  readonly faults: Faults;
  /** How many calls were refused by a fault. */
  readonly refused: number;
}

const KINDS: readonly [RegExp, keyof Faults][] = [
  [/Commit$/, "commit"],
  [/SetValue$/, "setValue"],
  [/(Finish|Terminate)$/, "finish"],
  [/Initialize$/, "initialize"],
];

export function createFaultyLms<Api extends object>(inner: Api, faults: Faults = {}): FaultyLms<Api> {
  const target = inner as unknown as Record<string, unknown>;
  let ownError: string | null = null;
  let refused = 0;
  const api: Record<string, unknown> = {};
  for (const name of methodNames(inner)) {
    const fn = target[name] as (...args: string[]) => string;
    api[name] = (...args: string[]) => {
      if (faults.gone) throw new Error("Permission denied to access a dead object");
      if (/GetLastError$/.test(name) && ownError !== null) return ownError;
      ownError = null;
      const kind = KINDS.find(([pattern]) => pattern.test(name))?.[1];
      const mode = kind ? faults[kind] : null;
      if (typeof mode !== "string") return fn.apply(inner, args);
      refused += 1;
      if (mode === "throw") throw new Error(`${name} failed`);
      ownError = "101"; // general exception / general commit failure
      return mode === "false" ? "false" : fn.apply(inner, args);
    };
  }
  return {
    api: api as Api,
    faults,
    get refused() {
      return refused;
    },
  };
}

function methodNames(api: object): string[] {
  const names = new Set<string>();
  for (let proto: object | null = api; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (/^(LMS)?(Initialize|Finish|Terminate|GetValue|SetValue|Commit|GetLastError|GetErrorString|GetDiagnostic)$/.test(name)) names.add(name);
    }
  }
  return [...names];
}
