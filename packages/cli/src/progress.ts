import type { BuildEvent, ResolvedConfig } from "@coursepack/builder";
import type { Io } from "./io.ts";

/** Past this many courses a progress bar is worth its line; fewer finish before anyone reads it. */
const BAR_FROM = 4;
const WIDTH = 30;

/** Progress on stderr (stdout stays the report): a redrawn bar on a terminal with many courses, else nothing. */
export function progressPrinter(io: Io, config: ResolvedConfig): ((event: BuildEvent) => void) | undefined {
  if (!io.tty || config.courses.length < BAR_FROM) return undefined;
  return (event) => {
    if (event.type !== "course") return;
    const filled = Math.round((event.done / event.total) * WIDTH);
    const bar = `[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${event.done}/${event.total} courses`;
    io.err(event.done === event.total ? `\r${bar}\n` : `\r${bar}`);
  };
}
