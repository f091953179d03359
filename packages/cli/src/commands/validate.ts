import { resolve } from "node:path";
import { EXIT_COURSE_ERROR, EXIT_OK } from "../io.ts";
import type { Register } from "../main.ts";
import { displayPath, plural, printDiagnostics } from "../report.ts";

const VERSION_NAMES = { "1.2": "SCORM 1.2", "2004-3": "SCORM 2004 3rd Edition", "2004-4": "SCORM 2004 4th Edition" } as const;

export const registerValidate: Register = (program, io, done) => {
  program
    .command("validate")
    .description("Check SCORM packages (zips or unpacked folders, ours or anyone's): manifest, XSDs, files, safety.")
    .argument("<packages...>", "package .zip files or folders")
    .option("--json", "print a machine-readable report")
    .action(async (paths: string[], flags: { json?: boolean }) => {
      const { validatePackage } = await import("@coursepack/builder");
      const results = [];
      for (const path of paths) {
        const report = await validatePackage(resolve(io.cwd, path));
        const errors = report.diagnostics.filter((d) => d.severity === "error");
        results.push({ path: displayPath(io, resolve(io.cwd, path)), version: report.version, ok: errors.length === 0, diagnostics: report.diagnostics });
        if (flags.json) continue;
        printDiagnostics(io, report.diagnostics);
        const version = report.version ? VERSION_NAMES[report.version] : "version unknown";
        io.out(errors.length ? `✗ ${path}: ${version}, ${plural(errors.length, "problem")}\n` : `✓ ${path}: ${version}, valid\n`);
      }
      if (flags.json) io.out(`${JSON.stringify(results, null, 2)}\n`);
      done(results.every((r) => r.ok) ? EXIT_OK : EXIT_COURSE_ERROR);
    });
};
