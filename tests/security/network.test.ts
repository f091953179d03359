/**
 * The module loads nothing from the network: while a learner takes a real package in the fake LMS, every
 * request of the LMS page and the package's frame goes to the loopback test server, for the LMS's own two
 * files or a file of the package. The launch page's Content-Security-Policy allows no connections and no
 * other origin, and Chromium enforces it: fetch, beacons and foreign images from the frame are blocked.
 */
import type { ScormVersion } from "@coursepack/course-model";
import { describe, expect, test } from "vitest";
import { closeAndRecord, launch } from "../harness/attempt.ts";
import { useBrowser } from "../harness/course-suite.ts";
import { expectCleanSession } from "../harness/expect-report.ts";
import { allRight, RESULTS_TITLE } from "../harness/learner.ts";
import type { PageWatch } from "../harness/page-watch.ts";
import { watchPage } from "../harness/page-watch.ts";

const env = useBrowser();
const LMS_FILES = ["/lms/index.html", "/lms/lms.js"];

/** The policy of scorm-templates/launch.html, directive by directive: what a package may load, and from where. */
const POLICY: Readonly<Record<string, string>> = {
  "default-src": "'none'",
  "script-src": "'self'",
  "style-src": "'self'",
  "img-src": "'self' data:",
  "connect-src": "'none'",
  "font-src": "'self'",
  "base-uri": "'none'",
  "form-action": "'none'",
  "require-trusted-types-for": "'script'",
  "trusted-types": "lit-html",
};

describe("the module and the network", () => {
  test.each([["key-working", "1-day", "2004-4"]] as const)(
    "%s %s SCORM %s: a whole session asks only the loopback server for the package's own files",
    async (courseId, variant, version: ScormVersion) => {
      const pkg = await env.pkg(courseId, variant, version);
      let watch: PageWatch | undefined;
      const attempt = await launch(env.browser(), env.server(), pkg, { setup: async (page) => void (watch = await watchPage(page)) });
      expect(await attempt.learner.take(allRight)).toMatchObject({ screen: RESULTS_TITLE });
      const record = await closeAndRecord(attempt);
      expectCleanSession(record);

      const origin = env.server().origin;
      const foreign = watch!.requests.filter((url) => new URL(url).origin !== origin);
      expect(foreign, "requests to anything but the loopback server").toEqual([]);
      const paths = watch!.requests.map((url) => new URL(url).pathname);
      const unknown = paths.filter((p) => !LMS_FILES.includes(p) && !(p.startsWith("/pkg/") && pkg.files.has(p.slice("/pkg/".length))));
      expect(unknown, "requests for anything but the package's files").toEqual([]);
      expect(paths).toEqual(expect.arrayContaining(["/pkg/index.html", "/pkg/player/player.js"]));
      expect(watch!.violations, "nothing the policy had to block").toEqual([]);
    },
  );

  test("the launch page's policy forbids connections and other origins, and Chromium enforces it in the frame", async () => {
    const pkg = await env.pkg("key-working", "1-day", "1.2");
    const page = pkg.files.get("index.html")!.toString("utf8");
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page);
    expect(meta, "a CSP meta element").not.toBeNull();
    const directives = Object.fromEntries(meta![1]!.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(" ")]));
    expect(directives).toEqual(POLICY);
    expect(meta![1], "no unsafe sources").not.toMatch(/unsafe-|\*|https?:|blob:|filesystem:/);
    expect(page.indexOf("Content-Security-Policy"), "the policy comes before any script").toBeLessThan(page.indexOf("<script"));

    let watch: PageWatch | undefined;
    const attempt = await launch(env.browser(), env.server(), pkg, { setup: async (p) => void (watch = await watchPage(p)) });
    const frame = await attempt.session.frame();
    const origin = env.server().origin;
    const tried = await frame.evaluate(async (url) => {
      const fetched = await fetch(`${url}/connect-probe`).then(() => "loaded", () => "blocked");
      // sendBeacon only queues (it answers true either way): the policy stops the request itself.
      navigator.sendBeacon(`${url}/beacon`, "x");
      const image = await new Promise<string>((resolve) => {
        const img = new Image();
        img.onload = () => resolve("loaded");
        img.onerror = () => resolve("blocked");
        img.src = "http://example.invalid/pixel.png";
      });
      return { fetched, image };
    }, origin);
    expect(tried).toEqual({ fetched: "blocked", image: "blocked" });
    await expect.poll(() => watch!.violations.map((v) => `${v.directive} ${v.blocked}`).sort()).toEqual([
      `connect-src ${origin}/beacon`,
      `connect-src ${origin}/connect-probe`,
      "img-src http://example.invalid/pixel.png",
    ]);
    // Chromium reports the image's request, then fails it: the policy stops it before it leaves.
    const probes = /connect-probe|beacon|example\.invalid/;
    const asked = watch!.requests.filter((url) => probes.test(url));
    const blocked = (url: string) => watch!.failed.some((f) => f.startsWith(`${url} `) && /csp/i.test(f));
    expect(asked.filter((url) => !blocked(url)), `requested and not blocked (failed: ${watch!.failed.join(", ")})`).toEqual([]);
    expect(env.server().requests.filter((url) => probes.test(url)), "nothing reached the server").toEqual([]);
    await attempt.session.close();
  });
});
