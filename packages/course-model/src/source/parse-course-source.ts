import { hasErrors, sortDiagnostics } from "../diagnostics.ts";
import type { Course, Diagnostic, Result } from "../types.ts";
import type { AssetExists } from "./asset-checks.ts";
import { assetChecks } from "./asset-checks.ts";
import { courseDefinition } from "./definition.ts";
import { issuesToDiagnostics } from "./issues-to-diagnostics.ts";
import { asMap } from "./raw.ts";
import { readYaml } from "./read-yaml.ts";
import { semanticChecks } from "./semantic-checks.ts";
import { readText } from "./text-input.ts";
import { toCourse } from "./to-course.ts";

export interface ParseCourseOptions {
  /**
   * Whether a file exists in the course folder, for the logo and Markdown images. The builder passes an
   * fs-backed check (that also refuses symlinks leaving the folder); without one, only the paths are judged.
   */
  readonly assetExists?: AssetExists;
}

/**
 * course.yaml text (or bytes) to a Course, or every mistake in it at once: file, YAML, shape and meaning,
 * each with `file:line:col` and a hint. Pure: `file` only names the source in diagnostics.
 */
export function parseCourseSource(text: string | Uint8Array, file: string, options: ParseCourseOptions = {}): Result<Course> {
  const read = readText(text, file);
  if ("diagnostics" in read) return { ok: false, diagnostics: read.diagnostics };
  const yaml = readYaml(read.text, file);
  if (!yaml.ok) return { ok: false, diagnostics: sortDiagnostics(yaml.diagnostics) };
  const data = asMap(yaml.data);
  const shape = courseDefinition.safeParse(yaml.data);
  const diagnostics = sortDiagnostics(
    unique([
      ...yaml.diagnostics,
      ...(shape.success ? [] : issuesToDiagnostics(shape.error.issues, yaml.src, yaml.data)),
      ...semanticChecks(yaml.src, data),
      ...assetChecks(yaml.src, data, options.assetExists),
    ]),
  );
  if (!shape.success || hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, value: toCourse(shape.data), warnings: diagnostics };
}

/** One report per mistake: two checks may notice the same one. */
function unique(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.code}:${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
