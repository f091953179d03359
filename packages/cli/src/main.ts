/** Entry of the `coursepack` command: returns the exit code (0 ok, 1 course errors, 2 bad usage). */
export async function main(_argv: readonly string[]): Promise<number> {
  process.stderr.write("coursepack: no commands yet\n");
  return 2;
}
