import { crc32, deflateRawSync } from "node:zlib";

/**
 * Test support (not exported from the package): writes zip bytes by hand, so tests can make the archives a
 * well-behaved tool refuses to make (`../` names, backslashes, lying sizes, symlinks, bad CRCs).
 */
export interface TestEntry {
  readonly name: string;
  readonly data?: Uint8Array | string;
  /** 0 stored, 8 deflated (default for data over 64 bytes). */
  readonly method?: 0 | 8;
  /** Overrides the uncompressed size written in the headers (a lying header). */
  readonly declaredSize?: number;
  readonly crc?: number;
  /** Unix mode, e.g. 0o120777 for a symbolic link. */
  readonly mode?: number;
}

export function zipBytes(entries: readonly TestEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data) : Buffer.from(e.data ?? new Uint8Array());
    const method = e.method ?? (data.length > 64 ? 8 : 0);
    const body = method === 8 ? deflateRawSync(data) : data;
    const name = Buffer.from(e.name, "utf8");
    const fields = { crc: e.crc ?? crc32(data), compressed: body.length, size: e.declaredSize ?? data.length, method, name };
    const local = header(0x04034b50, fields);
    locals.push(local, body);
    centrals.push(centralHeader(fields, offset, e.mode ?? (e.name.endsWith("/") ? 0o40755 : 0o100644)));
    offset += local.length + body.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length & 0xffff, 8);
  end.writeUInt16LE(entries.length & 0xffff, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

interface Fields {
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly method: number;
  readonly name: Buffer;
}

function header(signature: number, f: Fields): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(signature, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(f.method, 8);
  h.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
  h.writeUInt32LE(f.crc >>> 0, 14);
  h.writeUInt32LE(f.compressed, 18);
  h.writeUInt32LE(f.size, 22);
  h.writeUInt16LE(f.name.length, 26);
  return Buffer.concat([h, f.name]);
}

function centralHeader(f: Fields, offset: number, mode: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode below counts
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(f.method, 10);
  h.writeUInt32LE(0x00210000, 12);
  h.writeUInt32LE(f.crc >>> 0, 16);
  h.writeUInt32LE(f.compressed, 20);
  h.writeUInt32LE(f.size, 24);
  h.writeUInt16LE(f.name.length, 28);
  h.writeUInt32LE((mode << 16) >>> 0, 38);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, f.name]);
}
