import { Command, CommanderError } from "commander";
import { EXIT_OK, EXIT_USAGE, processIo, type Io } from "./io.ts";
import { registerBuild } from "./commands/build.ts";
import { registerImport } from "./commands/import.ts";
import { registerInspect } from "./commands/inspect.ts";
import { registerPreview } from "./commands/preview.ts";
import { registerDecode } from "./commands/decode.ts";
import { registerValidate } from "./commands/validate.ts";

/** A command's action returns its exit code; the CLI is the only place that decides one. */
export type Register = (program: Command, io: Io, done: (code: number) => void) => void;

const COMMANDS: readonly Register[] = [registerBuild, registerValidate, registerImport, registerInspect, registerDecode, registerPreview];

/** Entry of the `coursepack` command: returns the exit code (0 ok, 1 course errors, 2 bad usage). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code = EXIT_OK;
  const program = new Command("coursepack")
    .description("Turn course profiles and course sources into SCORM packages for Moodle and other LMSs.")
    .version("0.1.0")
    .showHelpAfterError("(run `coursepack --help` for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  for (const register of COMMANDS) register(program, io, (c) => (code = c));
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw err;
  }
  return code;
}
