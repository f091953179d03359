import { describe, expect, it } from "vitest";
import { buildId, canonicalJson } from "./build-id.ts";
import { sampleCourse } from "./testing/fakes.ts";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const base = {
  data: { format: 1 as const, scorm: "1.2" as const, variant: { key: null, label: null, days: [1] }, course: sampleCourse() },
  playerHash: "p1",
  assets: [{ name: "assets/logo.png", bytes: bytes("png") }],
};

describe("buildId", () => {
  it("is a short hex hash, the same for the same inputs", () => {
    expect(buildId(base)).toMatch(/^[0-9a-f]{12}$/);
    expect(buildId(structuredClone(base))).toBe(buildId(base));
  });

  it("does not depend on object key order or asset order", () => {
    const reordered = { ...base, data: { course: base.data.course, variant: base.data.variant, scorm: base.data.scorm, format: base.data.format } };
    const twoAssets = [...base.assets, { name: "assets/a.png", bytes: bytes("a") }];
    expect(buildId(reordered)).toBe(buildId(base));
    expect(buildId({ ...base, assets: twoAssets })).toBe(buildId({ ...base, assets: [...twoAssets].reverse() }));
  });

  it.each([
    ["the course data", { ...base, data: { ...base.data, course: sampleCourse({ title: "Key Working!" }) } }],
    ["the SCORM version", { ...base, data: { ...base.data, scorm: "2004-4" as const } }],
    ["the variant", { ...base, data: { ...base.data, variant: { key: "1-day", label: "1 day", days: [1] } } }],
    ["the player", { ...base, playerHash: "p2" }],
    ["an asset's bytes", { ...base, assets: [{ name: "assets/logo.png", bytes: bytes("png2") }] }],
    ["an asset's name", { ...base, assets: [{ name: "assets/logo2.png", bytes: bytes("png") }] }],
  ])("changes with %s", (_what, changed) => {
    expect(buildId(changed)).not.toBe(buildId(base));
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });
});
