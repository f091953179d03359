/** Reads a zip back with yauzl (an independent implementation), for tests that check what archiver wrote. */
import yauzl from "yauzl";

export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly date: Date;
  /** Unix mode from the external attributes (upper 16 bits), e.g. 0o100644. */
  readonly mode: number;
  readonly text: string;
  readonly bytes: Uint8Array;
}

export async function readZip(bytes: Uint8Array): Promise<ZipEntryInfo[]> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true });
  const entries: ZipEntryInfo[] = [];
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const data = Buffer.concat(chunks);
    entries.push({
      name: entry.fileName,
      method: entry.compressionMethod,
      date: entry.getLastModDate({ forceDosFormat: true, timezone: "UTC" }),
      mode: entry.externalFileAttributes >>> 16,
      text: data.toString("utf8"),
      bytes: new Uint8Array(data),
    });
  }
  zip.close();
  return entries;
}
