/**
 * A build of course sources the test wrote itself (a temp folder, not courses/), through the same library
 * calls as the CLI: config first (its mistakes are diagnostics too), then buildAll.
 */
import type { BuildReport, UserConfig } from "@coursepack/builder";
import type { Diagnostic } from "@coursepack/course-model";

export type TempBuild = { readonly ok: true; readonly report: BuildReport } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export async function buildTemp(user: UserConfig): Promise<TempBuild> {
  // Loaded only by the files that build: the builder pulls in Vite, archiver and the XSD validator.
  const { buildAll, resolveConfig } = await import("@coursepack/builder");
  const config = await resolveConfig(user);
  if (!config.ok) return { ok: false, diagnostics: config.diagnostics };
  return { ok: true, report: await buildAll(config.value) };
}
