import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { PreviewServer, PreviewState } from "./index.ts";
import { PREVIEW_CODES, resolvePreviewOptions, startPreview } from "./index.ts";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const COURSE = "courses/relationships-with-service-users";

async function start(course: string, extra: { port?: number; onCourse?: (s: PreviewState) => void } = {}) {
  const resolved = await resolvePreviewOptions({ root: REPO, course, ...(extra.port === undefined ? {} : { port: extra.port }) });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.diagnostics));
  return startPreview(resolved.value, { onCourse: extra.onCourse });
}

describe("startPreview", () => {
  let server: PreviewServer;
  beforeAll(async () => {
    const started = await start(COURSE);
    if (!started.ok) throw new Error(JSON.stringify(started.diagnostics));
    server = started.value;
  }, 30_000);
  afterAll(() => server?.close());

  test("listens on 127.0.0.1 by default, on a free port, and says where", () => {
    expect(server.address.host).toBe("127.0.0.1");
    expect(server.address.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.address.port}/`);
  });

  test("serves the LMS page through Vite, and the course state as JSON", async () => {
    const page = await fetch(server.url);
    const html = await page.text();
    expect(html).toContain("<title>coursepack preview</title>");
    expect(html).toContain("/@vite/client");
    const state = (await (await fetch(`${server.url}__preview/state`)).json()) as PreviewState;
    expect(state).toMatchObject({ ok: true, generation: 1, source: COURSE, versions: ["1.2", "2004-3", "2004-4"], startVersion: "1.2" });
    expect(state.variants.map((v) => v.segment)).toEqual(["all"]);
  });

  test("serves the module as a package carries it: launch page with the course data, the player bundle", async () => {
    const launch = await fetch(`${server.url}module/all/2004-4/index.html`);
    expect(launch.headers.get("content-type")).toContain("text/html");
    const html = await launch.text();
    expect(html).toContain('<script type="module" src="player/player.js">');
    expect(html).toContain("Content-Security-Policy");
    expect(html).toContain('"scorm":"2004-4"');
    const player = await fetch(`${server.url}module/all/2004-4/player/player.js`);
    expect(player.status).toBe(200);
    expect(player.headers.get("content-type")).toContain("javascript");
    expect((await player.text()).length).toBeGreaterThan(10_000);
  });

  test("serves nothing else: no course sources, nothing outside the course folder, no unknown version", async () => {
    for (const url of ["module/all/1.2/course.yaml", "module/all/1.2/..%2F..%2Fpackage.json", "module/all/1.2/%2E%2E/%2E%2E/README.md", "module/all/1.3/index.html", "module/nope/1.2/index.html", "module/all/1.2/player/nope.js"]) {
      expect((await fetch(`${server.url}${url}`)).status, url).toBe(404);
    }
  });

  test("a port already in use is a diagnostic, not a crash and not a different port", { timeout: 20_000 }, async () => {
    const clash = await start(COURSE, { port: server.address.port });
    expect(clash.ok).toBe(false);
    expect(clash.ok ? [] : clash.diagnostics.map((d) => d.code)).toEqual([PREVIEW_CODES.cannotListen]);
  });
});

describe("startPreview on a course being edited", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "preview-server-"));
    await cp(path.join(REPO, COURSE), path.join(dir, "course"), { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test("reloads on every save, keeps the last good version while the course has errors, and recovers", { timeout: 30_000 }, async () => {
    const file = path.join(dir, "course", "course.yaml");
    const original = await readFile(file, "utf8");
    const seen: PreviewState[] = [];
    const started = await start(path.join(dir, "course"), { onCourse: (s) => seen.push(s) });
    if (!started.ok) throw new Error("did not start");
    const server = started.value;
    try {
      await writeFile(file, original.replace("pass_mark: 80", "pass_mark: 180"));
      await expect.poll(() => server.state().generation, { timeout: 10_000 }).toBe(2);
      await server.idle();
      expect(server.state()).toMatchObject({ ok: false, diagnostics: [expect.objectContaining({ severity: "error", line: expect.any(Number) })] });
      expect(server.state().variants[0]?.course.assessment.passMark).toBe(80);
      expect((await fetch(`${server.url}module/all/1.2/index.html`)).status).toBe(200);

      await writeFile(file, original.replace("title: Relationships with Service Users", "title: Edited title"));
      await expect.poll(() => server.state().ok, { timeout: 10_000 }).toBe(true);
      await server.idle();
      expect(server.state().variants[0]?.course.title).toBe("Edited title");
      expect(await (await fetch(`${server.url}module/all/1.2/index.html`)).text()).toContain("<title>Edited title</title>");
      expect(seen.map((s) => s.ok)).toEqual([true, false, true]);
    } finally {
      await server.close();
    }
  });
});
