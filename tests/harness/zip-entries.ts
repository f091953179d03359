/**
 * The entries of a zip as its central directory lists them, directories included, read by hand: the names
 * and modes an LMS's unzip will act on, with nothing normalised on the way (yauzl, for one, refuses or
 * rewrites some names before a test could see them). Test-side only; no ZIP64, no multi-disk archives.
 */

export interface ZipEntry {
  readonly name: string;
  /** Unix mode from the external attributes when the archive was made on Unix; 0 otherwise. */
  readonly mode: number;
  /** General purpose flags (bit 11: the name is UTF-8). */
  readonly flags: number;
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;

export function zipEntries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END) throw new Error("no end of central directory");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`no central directory header at ${at}`);
    const madeBy = zip.readUInt16LE(at + 4) >> 8;
    const flags = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const external = zip.readUInt32LE(at + 38);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    entries.push({ name, mode: madeBy === 3 ? external >>> 16 : 0, flags });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Why an entry name could write outside the folder it is extracted into, or null when it cannot. */
export function unsafeEntry(entry: ZipEntry): string | null {
  const { name } = entry;
  if (name === "") return "empty name";
  if (name.startsWith("/")) return "absolute path";
  if (/^[A-Za-z]:/.test(name)) return "drive letter";
  if (name.includes("\\")) return "backslash";
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (/[\u0000-\u001f]/.test(name)) return "control character";
  if (name.split("/").some((part) => part === ".." || part === ".")) return "dot segment";
  if (/\/\//.test(name)) return "empty segment";
  if ((entry.mode & 0o170000) === 0o120000) return "symbolic link";
  return null;
}
