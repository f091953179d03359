import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SOURCE_CODES } from "@coursepack/course-model";
import { keysAt } from "./definition-walk.ts";

const doc = readFileSync(new URL("../../../../docs/course-format.md", import.meta.url), "utf8");

describe("docs/course-format.md keeps up with the code", () => {
  it("has a table row for every source diagnostic code, and none for codes that do not exist", () => {
    const documented = [...doc.matchAll(/^\| (CP[234]\d\d) \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(Object.values(SOURCE_CODES));
  });

  it("lists every top-level key of course.yaml in the keys table", () => {
    const rows = [...doc.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(new Set(rows)).toEqual(new Set(keysAt([])));
  });
});
