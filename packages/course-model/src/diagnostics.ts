import type { Diagnostic, SourceLocation } from "./types.ts";

/**
 * Diagnostic codes are stable: tests, docs and users' CI scripts refer to them. Ranges:
 * CP1xx profile importer · CP2xx source file syntax (YAML, encoding) · CP3xx course shape (keys, types)
 * CP4xx course meaning (ids, references, answers) · CP5xx build and packaging · CP6xx package validation ·
 * CP7xx preview.
 */
export function error(code: string, message: string, at: SourceLocation, hint?: string): Diagnostic {
  return { code, severity: "error", message, ...at, ...(hint ? { hint } : {}) };
}

export function warning(code: string, message: string, at: SourceLocation, hint?: string): Diagnostic {
  return { code, severity: "warning", message, ...at, ...(hint ? { hint } : {}) };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** `file:line:col`, the form editors and terminals turn into links. */
export function formatLocation(at: SourceLocation): string {
  if (at.line === undefined) return at.file;
  return at.column === undefined ? `${at.file}:${at.line}` : `${at.file}:${at.line}:${at.column}`;
}

/** One diagnostic as the CLI prints it: location, severity and code, message, then the hint. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${formatLocation(d)}: ${d.severity} ${d.code}: ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/** Sorted by file, then line, then column, so every report reads top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
