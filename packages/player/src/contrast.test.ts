import { describe, expect, test } from "vitest";
import { DEFAULT_BRANDING } from "@coursepack/course-model";
import { brandingPairs, contrastRatio } from "./contrast.ts";

describe("contrast", () => {
  test("computes WCAG ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  test("the default branding meets WCAG 2.2 AA for every pair the player draws", () => {
    for (const pair of brandingPairs(DEFAULT_BRANDING)) {
      expect(contrastRatio(pair.fg, pair.bg), pair.name).toBeGreaterThanOrEqual(pair.min);
    }
  });

  test("the player's fixed colours meet it on the default background", () => {
    const bg = DEFAULT_BRANDING.colours.background;
    // Choice borders (#6b6b6b) are non-text UI: 3:1. Feedback and failure borders carry words beside them.
    expect(contrastRatio("#6b6b6b", bg)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio("#0b6b2e", bg)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio("#b3261e", bg)).toBeGreaterThanOrEqual(3);
  });
});
