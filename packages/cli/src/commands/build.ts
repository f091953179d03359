import type { BuildReport, CourseReport, ResolvedConfig } from "@coursepack/builder";
import { EXIT_COURSE_ERROR, EXIT_OK, EXIT_USAGE, type Io } from "../io.ts";
import type { Register } from "../main.ts";
import { displayPath, printDiagnostics } from "../report.ts";
import { progressPrinter } from "../progress.ts";
import { courseJson, printCourse, printSummary } from "./build-output.ts";

interface BuildFlags {
  scorm?: string;
  out?: string;
  watch?: boolean;
  json?: boolean;
}

export const registerBuild: Register = (program, io, done) => {
  program
    .command("build")
    .description("Build courses into SCORM packages (default: every course in courses/, all three versions).")
    .argument("[courses...]", "course folders or profile .txt files")
    .option("--scorm <versions>", "comma-separated SCORM versions: 1.2, 2004-3, 2004-4")
    .option("--out <folder>", "where packages are written (default: dist)")
    .option("--watch", "rebuild a course when its files change")
    .option("--json", "print a machine-readable report (for CI)")
    .action(async (courses: string[], flags: BuildFlags) => {
      // Loaded here, not at start-up: `coursepack --help` should not pay for Vite and the XSD validator.
      const { buildAll, resolveConfig } = await import("@coursepack/builder");
      const resolved = await resolveConfig({
        root: io.cwd,
        courses: courses.length ? courses : undefined,
        out: flags.out,
        scorm: flags.scorm?.split(",").map((v) => v.trim()).filter(Boolean),
        json: flags.json,
        watch: flags.watch,
      });
      if (!resolved.ok) {
        printDiagnostics(io, resolved.diagnostics);
        return done(EXIT_USAGE);
      }
      const config = resolved.value;
      if (config.watch) return done(await watch(io, config));
      const report = await buildAll(config, { onProgress: config.json ? undefined : progressPrinter(io, config) });
      if (config.json) io.out(`${JSON.stringify(reportJson(io, report), null, 2)}\n`);
      else printSummary(io, report);
      done(report.ok ? EXIT_OK : EXIT_COURSE_ERROR);
    });
};

function reportJson(io: Io, report: BuildReport) {
  return { ok: report.ok, ms: Math.round(report.ms), courses: report.courses.map((c) => courseJson(io, c)), catalogue: report.catalogue.map((f) => displayPath(io, f)) };
}

/** Builds once, then rebuilds on change until the process is interrupted. */
async function watch(io: Io, config: ResolvedConfig): Promise<number> {
  const onResult = (report: CourseReport) => (config.json ? io.out(`${JSON.stringify(courseJson(io, report))}\n`) : printCourse(io, report));
  const { watchBuild } = await import("@coursepack/builder");
  const watcher = await watchBuild(config, onResult);
  io.err("Watching for changes (Ctrl+C to stop)\n");
  await new Promise<void>((resolve) => process.once("SIGINT", resolve));
  await watcher.close();
  return EXIT_OK;
}
