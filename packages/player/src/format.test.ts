import { expect, test } from "vitest";
import { wholePercent } from "./format.ts";

test("scores show as whole percentages, never rounded up past what was scored", () => {
  expect(wholePercent(62.07)).toBe(62);
  expect(wholePercent(79.6)).toBe(79);
  expect(wholePercent(69.99999999999999)).toBe(70);
  expect(wholePercent(100)).toBe(100);
  expect(wholePercent(0)).toBe(0);
});
