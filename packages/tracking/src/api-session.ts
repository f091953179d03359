import type { CallResult } from "./lms-port.ts";

/**
 * Calls into an LMS API object without ever throwing: the object may live in a frame that has navigated
 * away (calls throw), may have been removed (no object), or may answer "false" / a non-zero error code.
 * Both SCORM versions use it; each adapter passes its own method names.
 */

export interface MethodNames {
  readonly initialize: string;
  readonly finish: string;
  readonly getValue: string;
  readonly setValue: string;
  readonly commit: string;
  readonly getLastError: string;
  readonly getErrorString: string;
}

export interface ApiSession {
  /** A call that answers "true"/"false" (initialize, finish, commit, setValue). */
  flag(method: "initialize" | "finish" | "commit" | "setValue", ...args: string[]): CallResult;
  /** GetValue; null when the call failed or the LMS reported an error. */
  read(element: string): string | null;
  /** Look for the API again (it may have been replaced, or come back). */
  reconnect(): "same" | "new" | "none";
}

type Invoked = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly result: CallResult };

export function createApiSession(locate: () => unknown, names: MethodNames): ApiSession {
  let api: unknown = locate();

  function invoke(method: keyof MethodNames, args: readonly string[]): Invoked {
    try {
      const target = api as Record<string, unknown> | null;
      const fn = target ? target[names[method]] : undefined;
      if (typeof fn !== "function") return { ok: false, result: { ok: false, code: "gone", detail: "no LMS API" } };
      return { ok: true, value: String(fn.apply(target, args)) };
    } catch (error) {
      return { ok: false, result: { ok: false, code: "throw", detail: String(error) } };
    }
  }

  function lastError(): CallResult {
    const code = invoke("getLastError", []);
    if (!code.ok) return code.result;
    const value = code.value.trim() || "0";
    if (value === "0") return { ok: true, code: "0" };
    const text = invoke("getErrorString", [value]);
    return { ok: false, code: value, detail: text.ok ? text.value : "" };
  }

  return {
    flag(method, ...args) {
      const answer = invoke(method, args);
      if (!answer.ok) return answer.result;
      const error = lastError();
      // "true" with a non-zero error code is still a failure: some LMSs answer "true" and log the error.
      if (answer.value === "true" && error.ok) return error;
      if (answer.value !== "true" && error.ok) return { ok: false, code: "false", detail: `${names[method]} answered ${answer.value}` };
      return error;
    },
    read(element) {
      const answer = invoke("getValue", [element]);
      if (!answer.ok) return null;
      return lastError().ok ? answer.value : null;
    },
    reconnect() {
      const found = locate();
      if (found === null || found === undefined) return "none";
      if (found === api) return "same";
      api = found;
      return "new";
    },
  };
}
