import { defineConfig } from "vitest/config";
import { playwright } from "@vitest/browser-playwright";

// Four projects: fast unit tests beside the code (Node), DOM tests (happy-dom, e.g. the tracker against
// scorm-again), end-to-end tests in tests/ that build real packages and drive Debian's Chromium, and the
// player's components in Chromium through vitest browser mode.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts"],
          exclude: ["**/*.dom.test.ts", "**/*.browser.test.ts", "**/node_modules/**", "packages/player/src/components/**"],
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
      {
        // The player's Lit components and the journeys through the course shell, in Debian's Chromium.
        // Pre-bundled up front, so the first test file does not trigger a reload mid-run.
        optimizeDeps: { include: ["lit", "lit/directives/keyed.js", "axe-core"] },
        test: {
          name: "browser",
          include: ["packages/player/src/components/**/*.test.ts"],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            api: { host: "127.0.0.1" },
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: "/usr/bin/chromium",
                args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
              },
            }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
    ],
  },
});
