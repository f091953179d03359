import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".xsd": "application/xml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export interface TestServer {
  readonly origin: string;
  /** Serves `files` under `prefix` (e.g. "/pkg/"), replacing what was there. */
  mount(prefix: string, files: ReadonlyMap<string, Uint8Array | string>): void;
  /** Every path requested, in order: lets tests prove a module asked for nothing unexpected. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** A static server on loopback only, on a free port, serving in-memory files. */
export async function startServer(): Promise<TestServer> {
  const mounts = new Map<string, ReadonlyMap<string, Uint8Array | string>>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(path);
    for (const [prefix, files] of mounts) {
      const body = path.startsWith(prefix) ? files.get(path.slice(prefix.length)) : undefined;
      if (body === undefined) continue;
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" });
      return res.end(body);
    }
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    mount: (prefix, files) => void mounts.set(prefix, files),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
