import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "./did-you-mean.ts";

describe("editDistance (optimal string alignment)", () => {
  it.each([
    ["title", "title", 0],
    ["titel", "title", 1],
    ["tilte", "title", 1],
    ["titl", "title", 1],
    ["ttitle", "title", 1],
    ["tiTle", "title", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("%s -> %s is %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe("didYouMean", () => {
  const keys = ["id", "title", "duration", "description", "outcomes", "questions", "assessment", "pass_mark"];

  it("finds typos, swaps, case and - for _", () => {
    expect(didYouMean("titel", keys)).toBe("title");
    expect(didYouMean("desciption", keys)).toBe("description");
    expect(didYouMean("outcome", keys)).toBe("outcomes");
    expect(didYouMean("Pass-Mark", keys)).toBe("pass_mark");
    expect(didYouMean("duraton", keys)).toBe("duration");
  });

  it("stays quiet when nothing is close enough to be a typo", () => {
    expect(didYouMean("colour", keys)).toBeUndefined();
    expect(didYouMean("x", keys)).toBeUndefined();
    expect(didYouMean("anything", [])).toBeUndefined();
  });

  it("allows more edits in long ids", () => {
    const ids = ["what-is-a-key-worker", "holding-boundaries"];
    expect(didYouMean("what-is-key-worker", ids)).toBe("what-is-a-key-worker");
    expect(didYouMean("holding-boundary", ids)).toBe("holding-boundaries");
    expect(didYouMean("safeguarding", ids)).toBeUndefined();
  });
});
