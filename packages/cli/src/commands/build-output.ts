import type { BuildReport, CourseReport, WrittenPackage } from "@coursepack/builder";
import type { Io } from "../io.ts";
import { displayPath, plural, printDiagnostics } from "../report.ts";

/** One line per package: what an author needs to find the file and see it is sane. */
export function packageLine(io: Io, p: WrittenPackage): string {
  return `  ${displayPath(io, p.file).padEnd(52)} ${formatBytes(p.bytes).padStart(9)} ${formatMs(p.ms).padStart(8)}`;
}

export function printCourse(io: Io, report: CourseReport): void {
  const name = report.courseId ?? displayPath(io, report.source);
  if (report.diagnostics.length) printDiagnostics(io, report.diagnostics);
  if (!report.ok) return io.err(`✗ ${name}: not built\n`);
  io.out(`✓ ${name} (${formatMs(report.ms)})\n`);
  for (const p of report.packages) io.out(`${packageLine(io, p)}\n`);
}

export function printSummary(io: Io, report: BuildReport): void {
  for (const course of report.courses) printCourse(io, course);
  const built = report.courses.filter((c) => c.ok);
  const packages = built.reduce((n, c) => n + c.packages.length, 0);
  const failed = report.courses.length - built.length;
  const tail = failed ? `; ${plural(failed, "course")} failed` : "";
  io.out(`Built ${plural(packages, "package")} from ${plural(built.length, "course")} in ${formatMs(report.ms)}${tail}\n`);
  if (report.catalogue.length) io.out(`Catalogue: ${report.catalogue.map((f) => displayPath(io, f)).join(", ")}\n`);
}

export function courseJson(io: Io, c: CourseReport) {
  return {
    source: displayPath(io, c.source),
    courseId: c.courseId,
    ok: c.ok,
    ms: Math.round(c.ms),
    diagnostics: c.diagnostics.map((d) => ({ ...d, file: displayPath(io, d.file) })),
    packages: c.packages.map((p) => ({
      file: displayPath(io, p.file),
      sheet: displayPath(io, p.sheet),
      scorm: p.scorm,
      variant: p.variant,
      bytes: p.bytes,
      ms: Math.round(p.ms),
      buildId: p.buildId,
    })),
  };
}

export function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(2)} MB`;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
