import type { CourseVariant } from "@coursepack/course-model";
import type { DecodeReportResult } from "@coursepack/tracking";
import { decodeReport, progressReportText, textFromBytes } from "@coursepack/tracking";
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { EXIT_COURSE_ERROR, EXIT_OK } from "../io.ts";
import type { Io } from "../io.ts";
import type { Register } from "../main.ts";
import { printDiagnostics } from "../report.ts";

interface DecodeOptions {
  readonly course?: string;
  readonly json?: boolean;
}

/** `readStdin` is passed in so tests can feed `-` without a terminal. */
export function decodeCommand(readStdin: () => Promise<Uint8Array> = processStdin): Register {
  return (program, io, done) => {
    program
      .command("decode")
      .description("Show a learner's saved progress in plain words, from the suspend_data value or an LMS data export.")
      .argument("<data>", "the suspend_data value, a file exported from the LMS (JSON, or element,value CSV), or - for standard input")
      .option("--course <course>", "the course folder or profile .txt: names sections and questions, marks answers right or wrong")
      .option("--json", "print the result as JSON")
      .action(async (data: string, options: DecodeOptions) => {
        const input = await readInput(data, io, readStdin);
        if (typeof input !== "string") return done(fail(io, input.error));
        const course = options.course === undefined ? [] : await courseVariants(options.course, io);
        if (course === null) return done(EXIT_COURSE_ERROR);
        const result = decodeReport(input, course);
        print(io, result, options);
        done(result.ok ? EXIT_OK : EXIT_COURSE_ERROR);
      });
  };
}

export const registerDecode: Register = decodeCommand();

/** `-` is standard input; an existing file is read; anything else is the suspend_data value itself. */
async function readInput(data: string, io: Io, readStdin: () => Promise<Uint8Array>): Promise<string | { error: string }> {
  if (data === "-") return textFromBytes(await readStdin());
  if (data.trim() === "") return data;
  const file = resolve(io.cwd, data);
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return { error: `\`${data}\` is a folder: give the suspend_data value or a file exported from the LMS.` };
  if (info) {
    try {
      return textFromBytes(new Uint8Array(await readFile(file)));
    } catch (e) {
      return { error: `cannot read \`${data}\`: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
    }
  }
  // Suspend data never holds a dot or a slash: a name like export.json is a file that is not there.
  if (/^[^|]*\.(json|csv|tsv|txt)$/i.test(data)) return { error: `file not found: \`${data}\`` };
  return data;
}

async function courseVariants(path: string, io: Io): Promise<CourseVariant[] | null> {
  const { loadCourse } = await import("@coursepack/builder");
  const { variants } = await import("@coursepack/course-model");
  const loaded = await loadCourse(resolve(io.cwd, path), { root: io.cwd });
  if (!loaded.ok) {
    printDiagnostics(io, loaded.diagnostics);
    return null;
  }
  return variants(loaded.value);
}

function print(io: Io, result: DecodeReportResult, options: DecodeOptions): void {
  if (options.json) {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
  } else if (!result.ok) {
    const { message, expected, found } = result.problem;
    io.err(`coursepack decode: cannot read this progress data: ${message}\n  expected: ${expected}\n  found:    ${found}\n`);
  } else {
    io.out(progressReportText(result.report));
    if (result.report.match === "no-course") io.out("\nAdd --course <course folder or profile> to name sections and questions and mark answers right or wrong.\n");
  }
}

function fail(io: Io, message: string): number {
  io.err(`coursepack decode: ${message}\n`);
  return EXIT_COURSE_ERROR;
}

async function processStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) process.stderr.write("Paste the data, then press Ctrl-D (Ctrl-Z then Enter on Windows).\n");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
