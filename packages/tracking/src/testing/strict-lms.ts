import type { RawApi12, RawApi2004 } from "../discovery.ts";
import type { StrictVersion } from "./moodle-rules.ts";
import { SAFE_ID, checkResponse, checkValue, moodleRules } from "./moodle-rules.ts";
import { createCollections } from "./strict-collections.ts";

/**
 * A strict LMS for tests: wraps an LMS-side API (scorm-again's Scorm12API / Scorm2004API, which are more
 * lenient than Moodle) and applies Moodle's rules to EVERY call. A violation is recorded, reported to
 * `onViolation`, and answered the way Moodle answers it ("false" and the error code), so the runtime's
 * failure handling is exercised too. Tests assert `violations` is empty (or call `assertClean()`).
 *
 * Checked: value formats and ranges (moodle-rules.ts), ids safe as NCNames, collection order (no gaps),
 * 2004 dependencies (id before other fields, type before responses, write-once objective ids, no duplicate
 * patterns), calls before Initialize / after Finish, and a second Initialize or Finish.
 */

export interface Violation {
  readonly method: string;
  readonly element?: string;
  readonly value?: string;
  readonly code: string;
  readonly reason: string;
}

export interface Call {
  readonly method: string;
  readonly args: readonly string[];
  readonly result: string;
}

export interface StrictLms<Api> {
  /** Put this where the content looks for the API (`window.API` / `window.API_1484_11`). */
  readonly api: Api;
  readonly violations: readonly Violation[];
  readonly calls: readonly Call[];
  /** How many times a method was called (by its name in this version, e.g. "LMSFinish", "Commit"). */
  count(method: string): number;
  /** Values set successfully, last value per element. */
  readonly values: ReadonlyMap<string, string>;
  /** Throws with every violation listed, if any. */
  assertClean(): void;
}

export interface StrictOptions {
  readonly onViolation?: (violation: Violation) => void;
}

type Names = { init: string; finish: string; get: string; set: string; commit: string; error: string; errorString: string; diagnostic: string };
const NAMES_12: Names = { init: "LMSInitialize", finish: "LMSFinish", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", error: "LMSGetLastError", errorString: "LMSGetErrorString", diagnostic: "LMSGetDiagnostic" };
const NAMES_2004: Names = { init: "Initialize", finish: "Terminate", get: "GetValue", set: "SetValue", commit: "Commit", error: "GetLastError", errorString: "GetErrorString", diagnostic: "GetDiagnostic" };

export function createStrictLms12(inner: RawApi12, options: StrictOptions = {}): StrictLms<RawApi12> {
  return createStrict<RawApi12>(inner, "1.2", NAMES_12, options);
}

export function createStrictLms2004(inner: RawApi2004, edition: 3 | 4 = 4, options: StrictOptions = {}): StrictLms<RawApi2004> {
  return createStrict<RawApi2004>(inner, edition === 3 ? "2004-3" : "2004-4", NAMES_2004, options);
}

const INDEX = /\.(\d+)\./g;

function createStrict<Api>(inner: unknown, version: StrictVersion, names: Names, options: StrictOptions): StrictLms<Api> {
  const target = inner as Record<string, (...args: string[]) => string>;
  const rules = moodleRules(version);
  const violations: Violation[] = [];
  const calls: Call[] = [];
  const values = new Map<string, string>();
  const collections = createCollections(version, (element) => call(names.get, [element]));
  let phase: "new" | "open" | "closed" = "new";
  const is12 = version === "1.2";
  let ownError: string | null = null;

  function call(method: string, args: string[]): string {
    const fn = target[method];
    if (typeof fn !== "function") throw new Error(`the wrapped API has no ${method}`);
    return String(fn.apply(inner, args));
  }

  function violate(method: string, code: string, reason: string, element?: string, value?: string): string {
    const violation: Violation = { method, code, reason, ...(element === undefined ? {} : { element, value }) };
    violations.push(violation);
    options.onViolation?.(violation);
    ownError = code;
    return method === names.get ? "" : "false";
  }

  function checkSet(element: string, value: string): { code: string; reason: string } | null {
    const generic = element.replace(INDEX, ".n.").replace(INDEX, ".n.");
    const rule = rules[generic];
    if (!rule) return { code: is12 ? "201" : "401", reason: "not a writable element Moodle knows" };
    const problem = checkValue(rule, String(value));
    if (problem) return { code: rule.code, reason: problem };
    if (rule.response) {
      const response = checkResponse(version, collections.typeOf(element), value);
      if (response) return { code: is12 ? "405" : "406", reason: response };
    }
    if (/\.id$/.test(generic) && !SAFE_ID.test(value)) return { code: rule.code, reason: "id is not NCName-safe" };
    return collections.check(element, generic, value);
  }

  /** Moodle's codes for a call outside the session: 1.2 has one; 2004 says before/after and which call. */
  const outsideCode = (method: string): string => {
    if (is12) return "301";
    const base = method === names.get ? 122 : method === names.set ? 132 : 142;
    return String(phase === "new" ? base : base + 1);
  };

  function record(method: string, args: string[], result: string): string {
    calls.push({ method, args, result });
    return result;
  }

  function initialize(arg = ""): string {
    ownError = null;
    if (phase !== "new") return record(names.init, [arg], violate(names.init, is12 ? "101" : phase === "open" ? "103" : "104", "initialized twice"));
    const result = call(names.init, [arg]);
    if (result === "true") {
      phase = "open";
      collections.load();
    }
    return record(names.init, [arg], result);
  }

  function finish(arg = ""): string {
    ownError = null;
    if (phase !== "open") return record(names.finish, [arg], violate(names.finish, is12 ? "301" : phase === "new" ? "112" : "113", `finished while ${phase}`));
    const result = call(names.finish, [arg]);
    if (result === "true") phase = "closed";
    return record(names.finish, [arg], result);
  }

  function guarded(method: string, args: string[], run: () => string): string {
    ownError = null;
    if (phase !== "open") return record(method, args, violate(method, outsideCode(method), `${method} outside the session`, args[0], args[1]));
    return record(method, args, run());
  }

  const api: Record<string, (...args: string[]) => string> = {
    [names.init]: initialize,
    [names.finish]: finish,
    [names.get]: (element = "") => guarded(names.get, [element], () => call(names.get, [element])),
    [names.commit]: (arg = "") => guarded(names.commit, [arg], () => call(names.commit, [arg])),
    [names.set]: (element = "", value = "") =>
      guarded(names.set, [element, value], () => {
        const problem = checkSet(element, String(value));
        if (problem) return violate(names.set, problem.code, problem.reason, element, String(value));
        const result = call(names.set, [element, String(value)]);
        if (result === "true") {
          values.set(element, String(value));
          collections.applied(element, String(value));
        }
        return result;
      }),
    [names.error]: () => ownError ?? call(names.error, []),
    [names.errorString]: (code = "") => call(names.errorString, [code]),
    [names.diagnostic]: (code = "") => call(names.diagnostic, [code]),
  };

  return {
    api: api as unknown as Api,
    violations,
    calls,
    values,
    count: (method) => calls.filter((c) => c.method === method).length,
    assertClean() {
      if (violations.length > 0) {
        const lines = violations.map((v) => `${v.method} ${v.element ?? ""}=${JSON.stringify(v.value ?? "")}: ${v.code} ${v.reason}`);
        throw new Error(`strict LMS: ${violations.length} violation(s)\n${lines.join("\n")}`);
      }
    },
  };
}
