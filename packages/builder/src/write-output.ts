/**
 * Writes a course's output all or nothing: every file goes to a temporary name in the output folder
 * first, and only when all of them are written are they renamed into place (a rename within one folder
 * is atomic, so no reader ever sees half a zip). A failure while writing removes the temporary files and
 * leaves the folder as it was. (Only a rename failing after the writes succeeded, which a folder we just
 * wrote into does not do in practice, could leave some of the new files beside the old.)
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";

export interface OutputFile {
  /** File name inside the output folder. */
  readonly name: string;
  readonly bytes: Uint8Array | string;
}

export async function writeAllOrNothing(dir: string, files: readonly OutputFile[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const staged: { temp: string; final: string }[] = [];
  try {
    for (const file of files) {
      const final = path.join(dir, file.name);
      const temp = path.join(dir, `.${file.name}.${randomBytes(6).toString("hex")}.tmp`);
      staged.push({ temp, final });
      await writeFile(temp, file.bytes);
    }
    for (const { temp, final } of staged) await rename(temp, final);
  } catch (e) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw e;
  }
}
