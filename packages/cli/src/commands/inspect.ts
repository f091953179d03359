import { resolve } from "node:path";
import { EXIT_COURSE_ERROR, EXIT_OK } from "../io.ts";
import type { Register } from "../main.ts";
import { printDiagnostics } from "../report.ts";

export const registerInspect: Register = (program, io, done) => {
  program
    .command("inspect")
    .description("Read a course profile (.txt) or a course folder and print the validated course model.")
    .argument("<course>", "a course profile .txt or a course folder")
    .option("--json", "print the model as JSON")
    .action(async (path: string, options: { json?: boolean }) => {
      const { loadCourse } = await import("@coursepack/builder");
      const { summarise } = await import("../summary.ts");
      const result = await loadCourse(resolve(io.cwd, path), { root: io.cwd });
      if (!result.ok) {
        printDiagnostics(io, result.diagnostics);
        return done(EXIT_COURSE_ERROR);
      }
      if (result.warnings.length) printDiagnostics(io, result.warnings);
      io.out(options.json ? `${JSON.stringify(result.value, null, 2)}\n` : summarise(result.value));
      done(EXIT_OK);
    });
};
