import { formatDiagnostic } from "@coursepack/course-model/diagnostics";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { EXIT_COURSE_ERROR, EXIT_OK } from "../io.ts";
import type { Register } from "../main.ts";
import { displayPath, printDiagnostics } from "../report.ts";

export const registerImport: Register = (program, io, done) => {
  program
    .command("import")
    .description("Turn a course profile (.txt) into a course source folder, courses/<id>/course.yaml.")
    .argument("<profile>", "a course profile .txt")
    .option("--out <folder>", "where course folders go", "courses")
    .option("--force", "replace an existing course.yaml")
    .action(async (path: string, options: { out: string; force?: boolean }) => {
      const { BUILD_CODES, loadCourse } = await import("@coursepack/builder");
      const { courseToYaml } = await import("@coursepack/course-model");
      const result = await loadCourse(resolve(io.cwd, path), { root: io.cwd });
      if (!result.ok) {
        printDiagnostics(io, result.diagnostics);
        return done(EXIT_COURSE_ERROR);
      }
      if (result.warnings.length) printDiagnostics(io, result.warnings);
      const folder = resolve(io.cwd, options.out, result.value.id);
      const target = join(folder, "course.yaml");
      if (!options.force && (await exists(target))) {
        io.err(`${formatDiagnostic({ code: BUILD_CODES.courseExists, severity: "error", file: displayPath(io, target), message: "the course already exists", hint: "edit it, or run import again with --force to replace it" })}\n`);
        return done(EXIT_COURSE_ERROR);
      }
      const failure = await writeCourse(folder, target, courseToYaml(result.value));
      if (failure) {
        io.err(`${formatDiagnostic({ code: BUILD_CODES.writeFailed, severity: "error", file: displayPath(io, target), message: `cannot write the course: ${failure}`, hint: "check the --out folder: it must be a folder you can write to" })}\n`);
        return done(EXIT_COURSE_ERROR);
      }
      io.out(`Wrote ${displayPath(io, target)}: ${result.value.outcomes.length} outcomes. Next: add content and questions to each outcome.\n`);
      done(EXIT_OK);
    });
};

/** Write then rename: an interrupted import never leaves half a course.yaml. Returns the error code, or null. */
async function writeCourse(folder: string, target: string, text: string): Promise<string | null> {
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(`${target}.tmp`, text);
    await rename(`${target}.tmp`, target);
    return null;
  } catch (e) {
    await rm(`${target}.tmp`, { force: true }).catch(() => {});
    return (e as NodeJS.ErrnoException).code ?? String(e);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
