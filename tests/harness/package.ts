import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Course, PackageData, ScormVersion } from "@coursepack/course-model";
import type { Browser, Page } from "playwright-core";
import type { Faults } from "./lms/main.ts";
import type { TestServer } from "./server.ts";
import type { LmsSession } from "./session.ts";
import { openLms } from "./session.ts";
import { unzip } from "./unzip.ts";

/** A built package, read back from its zip as an LMS would receive it. */
export interface LoadedPackage {
  /** The zip's file name, e.g. `key-working-1-day-scorm12.zip`. */
  readonly name: string;
  readonly files: ReadonlyMap<string, Buffer>;
  /** The course data the package carries in its launch page: what the learner is shown. */
  readonly data: PackageData;
  readonly course: Course;
  readonly scorm: ScormVersion;
}

export async function loadPackage(zipFile: string): Promise<LoadedPackage> {
  const files = await unzip(await readFile(zipFile));
  const data = await packageData(files);
  return { name: path.basename(zipFile), files, data, course: data.course, scorm: data.scorm };
}

/**
 * The course data a package carries, whole: the launch page's inline `#cp-data`, joined with the content
 * module it names when the page carries only the course's outline (choice texts, sections and feedback
 * then live in that module). The joining is the player's own (`@coursepack/player/build`), loaded only for
 * such a package.
 */
export async function packageData(files: ReadonlyMap<string, Uint8Array>): Promise<PackageData> {
  const page = files.get("index.html");
  if (!page) throw new Error("the package has no index.html");
  const match = /<script type="application\/json" id="cp-data">([\s\S]*?)<\/script>/.exec(Buffer.from(page).toString("utf8"));
  if (!match?.[1]) throw new Error("index.html carries no course data (#cp-data)");
  const data = JSON.parse(match[1]) as PackageData & { content?: string };
  if (data.content === undefined) return data;
  const player = (await import("@coursepack/player/build")) as unknown as { readPackageData?: (f: ReadonlyMap<string, Uint8Array>) => PackageData };
  if (!player.readPackageData) throw new Error(`index.html names a content module (${data.content}) and the player cannot read it`);
  return player.readPackageData(files);
}

export interface LaunchOptions {
  /** What the LMS kept from the previous session (`await session.committed()`). */
  readonly stored?: Record<string, unknown> | null;
  readonly learnerName?: string;
  /** Faults in force from the LMS's first answer on (`session.setFaults` changes them later). */
  readonly faults?: Faults;
  /** Runs on the LMS page before it loads (see openLms). */
  readonly setup?: (page: Page) => Promise<void>;
}

/**
 * Mounts the package at /pkg/ and opens the fake LMS on it as Moodle launches a SCO: 1.2 with the
 * manifest's mastery score, so Moodle's "mastery score overrides status" is in play.
 */
export async function launchPackage(browser: Browser, server: TestServer, pkg: LoadedPackage, options: LaunchOptions = {}): Promise<LmsSession> {
  server.mount("/pkg/", pkg.files);
  return openLms(browser, server, {
    version: pkg.scorm,
    stored: options.stored ?? null,
    learnerName: options.learnerName ?? "Doe, Jane",
    masteryScore: masteryScore(pkg),
    ...(options.faults ? { faults: options.faults } : {}),
  }, options.setup);
}

/** `adlcp:masteryscore` of the manifest's item (SCORM 1.2), as Moodle reads it; null when there is none. */
export function masteryScore(pkg: LoadedPackage): number | null {
  const manifest = pkg.files.get("imsmanifest.xml")?.toString("utf8") ?? "";
  const match = /<adlcp:masteryscore>\s*([\d.]+)\s*<\/adlcp:masteryscore>/.exec(manifest);
  return match?.[1] ? Number(match[1]) : null;
}
