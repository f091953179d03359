import { defineConfig } from "vitest/config";

// Three projects: fast unit tests beside the code (Node), DOM tests (happy-dom, e.g. the tracker against
// scorm-again), and end-to-end tests in tests/ that build real packages and drive Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts"],
          exclude: ["**/*.dom.test.ts", "**/*.browser.test.ts", "**/node_modules/**"],
          environment: "node",
        },
      },
      {
        test: {
          name: "dom",
          include: ["packages/*/src/**/*.dom.test.ts"],
          environment: "happy-dom",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/**/*.test.ts", "packages/*/src/**/*.browser.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
