import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug.ts";
import { COURSE_ID_PATTERN, ID_PATTERN } from "./types.ts";

describe("slugify", () => {
  it("makes course ids from titles", () => {
    expect(slugify("Relationships with Service Users")).toBe("relationships-with-service-users");
    expect(slugify("Health & Safety")).toBe("health-and-safety");
    expect(slugify("The organisation’s ‘Professionalism’ policy")).toBe("the-organisations-professionalism-policy");
  });

  it("never starts with a digit and stays within the length on a word boundary", () => {
    expect(slugify("1st aid")).toBe("n1st-aid");
    const long = slugify("How to maintain a healthy relationship, that the relationship is not personal", 48);
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long).toBe("how-to-maintain-a-healthy-relationship-that-the");
    expect(long).toMatch(COURSE_ID_PATTERN);
    expect(long).toMatch(ID_PATTERN);
  });

  it("drops accents and keeps ASCII only", () => {
    expect(slugify("Café résumé")).toBe("cafe-resume");
  });
});

describe("uniqueSlug", () => {
  it("numbers repeats in order", () => {
    const taken = new Set<string>();
    expect(["a", "a", "a", "b"].map((s) => uniqueSlug(s, taken))).toEqual(["a", "a-2", "a-3", "b"]);
  });

  it("skips a number that an earlier slug already holds", () => {
    const taken = new Set<string>(["a-2"]);
    expect([uniqueSlug("a", taken), uniqueSlug("a", taken)]).toEqual(["a", "a-3"]);
  });

  it("stays linear for thousands of repeats", () => {
    const taken = new Set<string>();
    for (let i = 0; i < 20_000; i++) uniqueSlug("same", taken);
    expect(taken.size).toBe(20_000);
    expect(taken.has("same-20000")).toBe(true);
  });
});
