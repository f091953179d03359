/** Where a command writes: the terminal in production, buffers in tests. The CLI is the only printer. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (progress bars, colours). */
  readonly tty: boolean;
  readonly cwd: string;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  tty: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
};

/** Exit codes: documented in the README and relied on by users' CI. */
export const EXIT_OK = 0;
export const EXIT_COURSE_ERROR = 1;
export const EXIT_USAGE = 2;
