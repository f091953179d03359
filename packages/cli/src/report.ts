import { formatDiagnostic, sortDiagnostics } from "@coursepack/course-model/diagnostics";
import type { Diagnostic } from "@coursepack/course-model";
import { relative } from "node:path";
import type { Io } from "./io.ts";

/** Prints diagnostics with paths relative to the working folder, so editors and terminals can open them. */
export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[]): void {
  for (const d of sortDiagnostics(diagnostics)) {
    io.err(`${formatDiagnostic({ ...d, file: displayPath(io, d.file) })}\n`);
  }
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (errors > 0) io.err(`${plural(errors, "error")}${warnings ? `, ${plural(warnings, "warning")}` : ""}\n`);
}

export function displayPath(io: Io, file: string): string {
  const rel = relative(io.cwd, file);
  return rel && !rel.startsWith("..") ? rel : file;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
