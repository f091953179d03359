/**
 * Writes zip bytes by hand, independently of the builder's own zip code and its tests' helper, so the
 * security tests can make archives a well-behaved tool refuses to make: `../` and absolute names, symbolic
 * links, an entry that inflates a thousandfold, tens of thousands of entries. Test-side only.
 */
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipInput {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Unix mode recorded in the central directory (e.g. 0o120777 for a symbolic link). */
  readonly mode?: number;
}

export function writeZip(entries: readonly ZipInput[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.from(entry.data);
    const body = data.length > 64 ? deflateRawSync(data) : data;
    const name = Buffer.from(entry.name, "utf8");
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed
    common.writeUInt16LE(0x0800, 2); // UTF-8 name
    common.writeUInt16LE(body === data ? 0 : 8, 4);
    common.writeUInt32LE(0x00210000, 6); // 1980-01-01
    common.writeUInt32LE(crc32(data) >>> 0, 10);
    common.writeUInt32LE(body.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(name.length, 22);
    const local = Buffer.concat([signature(0x04034b50), common, name]);
    // Comment length, disk, internal attributes, external attributes (the Unix mode), local header offset.
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE(((entry.mode ?? 0o100644) << 16) >>> 0, 6);
    tail.writeUInt32LE(offset, 10);
    // Central header: signature, "made by" Unix 2.0, the local fields up to the name length, extra length 0.
    const madeBy = Buffer.alloc(2);
    madeBy.writeUInt16LE((3 << 8) | 20);
    central.push(Buffer.concat([signature(0x02014b50), madeBy, common.subarray(0, 24), Buffer.alloc(2), tail, name]));
    parts.push(local, body);
    offset += local.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(18);
  end.writeUInt16LE(entries.length & 0xffff, 4);
  end.writeUInt16LE(entries.length & 0xffff, 6);
  end.writeUInt32LE(directory.length, 8);
  end.writeUInt32LE(offset, 12);
  return Buffer.concat([...parts, directory, signature(0x06054b50), end]);
}

function signature(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value);
  return b;
}
