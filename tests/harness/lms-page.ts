import { build } from "esbuild";
import { fileURLToPath } from "node:url";

let bundled: Promise<string> | undefined;

/** The fake LMS page's script, bundled once per test run (scorm-again + Moodle rules + the recorder). */
export function lmsScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL("./lms/main.ts", import.meta.url))],
    bundle: true,
    format: "iife",
    write: false,
    target: "es2022",
    logLevel: "silent",
  }).then((r) => r.outputFiles[0]!.text);
  return bundled;
}

export const LMS_HTML = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,"></head>
<body><script src="lms.js"></script></body></html>`;
