import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EN_GB, createStrings } from "./strings.ts";
import type { StringKey } from "./strings.ts";

describe("strings", () => {
  test("fills in values and leaves unknown placeholders visible", () => {
    const t = createStrings();
    expect(t("header.progress", { current: 3, total: 16 })).toBe("Section 3 of 16");
    expect(t("header.progress", { current: 3 })).toBe("Section 3 of {total}");
    expect(t("save.saving")).toBe("Saving…");
  });

  test("a course overrides known keys only; values stay text", () => {
    const t = createStrings({ "welcome.start": "Begin", "no.such.key": "x", "header.progress": "Module {current}/{total}" });
    expect(t("welcome.start")).toBe("Begin");
    expect(t("header.progress", { current: 1, total: 4 })).toBe("Module 1/4");
    expect(t("no.such.key" as StringKey)).toBe("no.such.key");
    expect(createStrings({ "__proto__": "x", "welcome.resume": "Carry on" })("welcome.resume")).toBe("Carry on");
  });

  test("every catalogue entry is used by the player (and the launch page), so the catalogue is the whole UI", () => {
    const sources = [...listTs(join(import.meta.dirname)), ...listTs(join(import.meta.dirname, "..", "build"))]
      .filter((f) => !f.endsWith(".test.ts") && !f.includes("testing") && !f.endsWith("strings.ts"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unused = Object.keys(EN_GB).filter((key) => !sources.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });
});

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTs(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}
