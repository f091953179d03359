import type { LmsKind } from "./types.ts";
import type { MethodNames } from "./api-session.ts";
import { createApiSession } from "./api-session.ts";
import type { CallResult, CmiEntry, InvalidValueHandler, LmsPort, LmsRecord, StartData } from "./lms-port.ts";
import type { Rule } from "./value-rules.ts";
import { checkEntries } from "./value-rules.ts";

/**
 * What makes one SCORM version: its API's method names, element names, value rules and error codes.
 * `createScormPort` turns a spec into an LmsPort; the version-specific knowledge stays in the spec.
 */
export interface ScormSpec {
  readonly kind: LmsKind;
  readonly names: MethodNames;
  readonly rules: readonly Rule[];
  readonly proofElement: string;
  /** Error codes after which this session cannot take more calls (e.g. "not initialized", "after terminate"). */
  readonly closedCodes: ReadonlySet<string>;
  /** Whether a failed Initialize still leaves a usable session (2004: 103 "already initialized"). */
  acceptsInitialize(result: CallResult): boolean;
  readStart(read: (element: string) => string | null): StartData;
  /** The record as ordered, unchecked entries. */
  toEntries(record: LmsRecord, start: StartData): CmiEntry[];
  mayReplace(element: string, from: string, to: string): boolean;
}

export interface ScormPortOptions {
  /** Throw on a value that breaks the version's rules (tests); default false: log it and skip the value. */
  readonly strict?: boolean;
  readonly logger?: Pick<Console, "error">;
}

export type ApiSource<Api> = Api | (() => Api | null);

export function createScormPort<Api extends object>(spec: ScormSpec, source: ApiSource<Api>, options: ScormPortOptions = {}): LmsPort {
  const locate = typeof source === "function" ? (source as () => Api | null) : () => source;
  const session = createApiSession(locate, spec.names);
  const onInvalid = invalidValueHandler(options);
  return {
    kind: spec.kind,
    proofElement: spec.proofElement,
    open() {
      const result = session.flag("initialize", "");
      if (!result.ok && !spec.acceptsInitialize(result)) return null;
      return spec.readStart((element) => session.read(element));
    },
    entries(record, start) {
      const entries = spec.toEntries(record, start);
      const problems = checkEntries(spec.rules, entries);
      for (const problem of problems) onInvalid(problem.element, problem.value, problem.reason);
      const bad = new Set(problems.map((p) => p.element));
      return entries.filter((entry) => !bad.has(entry.element));
    },
    setValue: (element, value) => session.flag("setValue", element, value),
    commit: () => session.flag("commit", ""),
    getValue: (element) => session.read(element),
    finish: () => session.flag("finish", ""),
    mayReplace: (element, from, to) => spec.mayReplace(element, from, to),
    reconnect: () => session.reconnect(),
    isClosedError: (code) => spec.closedCodes.has(code),
  };
}

function invalidValueHandler(options: ScormPortOptions): InvalidValueHandler {
  const logged = new Set<string>();
  const logger = options.logger ?? console;
  return (element, value, reason) => {
    const message = `coursepack tracking bug: ${element} = ${JSON.stringify(value.slice(0, 80))} ${reason}`;
    if (options.strict) throw new Error(message);
    // Logged once per element: the value is skipped, everything else is still saved.
    if (!logged.has(element)) logger.error(message);
    logged.add(element);
  };
}

/** Reads the ids of the objectives the LMS already holds, in index order. */
export function readObjectiveIds(read: (element: string) => string | null, prefix: string): string[] {
  const count = Math.min(Number.parseInt(read(`${prefix}._count`) ?? "0", 10) || 0, 1000);
  const ids: string[] = [];
  for (let index = 0; index < count; index++) ids.push(read(`${prefix}.${index}.id`) ?? "");
  return ids;
}

/** Each outcome keeps the index the LMS already has for its id; new ones are appended after the rest. */
export function objectiveIndexes(existing: readonly string[], ids: readonly string[]): Map<string, number> {
  const indexes = new Map<string, number>();
  let next = existing.length;
  for (const id of ids) {
    const found = existing.indexOf(id);
    indexes.set(id, found >= 0 ? found : next++);
  }
  return indexes;
}

/** The interactions journal's count as the LMS reports it (0 when unreadable: rewriting from 0 is safe). */
export function readCount(read: (element: string) => string | null, element: string): number {
  return Math.max(0, Number.parseInt(read(element) ?? "0", 10) || 0);
}

/**
 * Status rank for the "never downgrade" guard: a terminal status may only be replaced by a better one
 * (completed -> passed/failed, failed -> passed), never by a lesser one.
 */
export function statusMayReplace(order: Readonly<Record<string, number>>, from: string, to: string): boolean {
  if (from === to) return true;
  const was = order[from] ?? 0;
  const next = order[to] ?? 0;
  return was < 2 || next > was || (was === 2 && next === 2 && from === "completed");
}
