import type { PreviewState } from "@coursepack/preview";
import { EXIT_OK, EXIT_USAGE, type Io } from "../io.ts";
import type { Register } from "../main.ts";
import { plural, printDiagnostics } from "../report.ts";

interface PreviewFlags {
  port?: string;
  host?: string;
  scorm?: string;
}

export const registerPreview: Register = (program, io, done) => {
  program
    .command("preview")
    .description("Open a local LMS for authors: the module as learners see it, and what the LMS receives, live.")
    .argument("[course]", "course folder or profile .txt (default: this folder, or the only course in courses/)")
    .option("--port <n>", "port to listen on (default: any free port)")
    .option("--host <address>", "address to listen on (default: 127.0.0.1, this computer only)")
    .option("--scorm <version>", "SCORM version to start with: 1.2, 2004-3 or 2004-4 (default: 1.2)")
    .action(async (course: string | undefined, flags: PreviewFlags) => {
      const { resolvePreviewOptions, startPreview } = await import("@coursepack/preview");
      const resolved = await resolvePreviewOptions({ root: io.cwd, course, ...flags });
      if (!resolved.ok) {
        printDiagnostics(io, resolved.diagnostics);
        return done(EXIT_USAGE);
      }
      printDiagnostics(io, resolved.warnings);
      const server = await startPreview(resolved.value, { onCourse: (state) => printState(io, state) });
      if (!server.ok) {
        printDiagnostics(io, server.diagnostics);
        return done(EXIT_USAGE);
      }
      io.out(`Preview: ${server.value.url}\n`);
      io.err("Course edits reload the module. Press Ctrl+C to stop.\n");
      await stopSignal();
      await server.value.close();
      done(EXIT_OK);
    });
};

/** One line per load of the course; its diagnostics first, located, as `build` prints them. */
function printState(io: Io, state: PreviewState): void {
  printDiagnostics(io, state.diagnostics);
  const course = state.variants[0]?.course;
  if (state.ok && course) {
    const questions = plural(course.questions.length, "question");
    io.err(`✓ ${state.source}: ${course.title} (${plural(state.variants.length, "variant")}, ${questions})${state.generation > 1 ? ": module reloaded" : ""}\n`);
  } else if (state.variants.length > 0) {
    io.err(`✗ ${state.source}: not reloaded; the page shows the errors and keeps the last version that loaded\n`);
  } else {
    io.err(`✗ ${state.source}: the course has errors; the page shows them until they are fixed\n`);
  }
}

function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
