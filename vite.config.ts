import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * Builds the learner module once, for every package: one ES module, `player.js`, with its styles inside
 * (Lit's css, adopted as constructed stylesheets), no other chunks, no CSS file, nothing fetched at run
 * time. `@coursepack/player/build` runs this config in memory; `npx vite build` writes it to .cache/player-build.
 */
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: at("./packages/player"),
  publicDir: false,
  logLevel: "warn",
  // Lit's production build, always: Vite would pick its "development" export whenever the calling process
  // has NODE_ENV set to anything but "production" (a test runner, a dev shell), and bake it into the cache.
  resolve: { conditions: ["module", "browser", "production"] },
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: at("./.cache/player-build"),
    emptyOutDir: true,
    // Lit 3 needs ES2021; the LMS's browser is whatever learners have: current evergreen browsers.
    target: "es2022",
    modulePreload: false,
    minify: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    // The bundled libraries' licences (Lit: BSD-3-Clause asks for its notice) travel beside the bundle.
    license: { fileName: "licenses.md" },
    rolldownOptions: {
      input: at("./packages/player/src/main.ts"),
      preserveEntrySignatures: false,
      output: {
        entryFileNames: "player.js",
        chunkFileNames: "player-[name].js",
        assetFileNames: "player[extname]",
        codeSplitting: false,
      },
    },
  },
});
