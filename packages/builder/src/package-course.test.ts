import { describe, expect, it } from "vitest";
import { variants } from "@coursepack/course-model";
import type { PackageData } from "@coursepack/course-model";
import { joinCourse, readContentModule } from "@coursepack/player/build";
import { error, warning } from "@coursepack/course-model";
import { finishPackage, packageCourse, packageData, planPackages, preparePackage } from "./package-course.ts";
import { fakePlayer, fakeTools, sampleCourse, singleVariantCourse } from "./testing/fakes.ts";
import { readZip } from "./testing/unzip.ts";

const names = (course = sampleCourse(), wanted = ["1.2", "2004-3", "2004-4"] as const) => planPackages(variants(course), wanted).map((p) => p.name);

describe("planPackages", () => {
  it("names one package per variant and version, with the variant part when there are several", () => {
    expect(names()).toEqual([
      "key-working-1-day-scorm12.zip", "key-working-1-day-scorm2004-3rd.zip", "key-working-1-day-scorm2004-4th.zip",
      "key-working-2-3-days-scorm12.zip", "key-working-2-3-days-scorm2004-3rd.zip", "key-working-2-3-days-scorm2004-4th.zip",
    ]);
  });

  it("leaves the variant part out when the course has one outcome set", () => {
    expect(names(singleVariantCourse({ id: "relationships-with-service-users" }))).toEqual([
      "relationships-with-service-users-scorm12.zip", "relationships-with-service-users-scorm2004-3rd.zip", "relationships-with-service-users-scorm2004-4th.zip",
    ]);
  });

  it("builds only the versions both the build and the course ask for", () => {
    expect(names(singleVariantCourse({ scorm: ["2004-4", "1.2"] }), ["1.2", "2004-3"] as never)).toEqual(["key-working-scorm12.zip"]);
    expect(names(singleVariantCourse({ scorm: ["2004-4"] }), ["1.2"] as never)).toEqual([]);
  });
});

describe("packageCourse", () => {
  const inputs = { tools: fakeTools(), player: fakePlayer, assets: [{ name: "assets/logo.png", bytes: new Uint8Array([137, 80, 78, 71]) }] };
  const plan = () => planPackages(variants(sampleCourse()), ["2004-4"])[1]!;

  it("zips the manifest first, the launch page, the tracking sheet, the player under player/, the assets and the schemas", async () => {
    const built = await packageCourse(plan(), inputs);
    if (!built.ok) throw new Error(JSON.stringify(built.diagnostics));
    const entries = await readZip(built.value.zip);
    expect(entries.map((e) => e.name)).toEqual([
      "imsmanifest.xml", "assets/logo.png", "course-content.js", "index.html", "player/player.css", "player/player.js", "schema-2004-4.xsd", "tracking-sheet.html",
    ]);
    expect(entries.find((e) => e.name === "tracking-sheet.html")?.text).toBe(built.value.sheet);
    expect(entries[0]?.text).toContain(`build="${built.value.buildId}"`);
    expect(entries[0]?.text).toContain('variant="2-3-days"');
  });

  it("gives the manifest every other file of the package to list", async () => {
    const built = await packageCourse(plan(), inputs);
    const manifest = built.ok ? (await readZip(built.value.zip))[0]?.text : "";
    for (const name of ["assets/logo.png", "course-content.js", "index.html", "player/player.js", "schema-2004-4.xsd", "tracking-sheet.html"]) {
      expect(manifest).toContain(`href="${name}"`);
    }
  });

  it("puts the course's outline in the launch page and the rest in course-content.js, which join back into the data", async () => {
    const built = await packageCourse(plan(), inputs);
    const entries = built.ok ? await readZip(built.value.zip) : [];
    const text = (name: string) => entries.find((e) => e.name === name)?.text ?? "";
    const launch = JSON.parse(/<script type="application\/json">(.*)<\/script>/.exec(text("index.html"))?.[1] ?? "null") as PackageData & { content?: string };
    expect(launch.content).toBe("course-content.js");
    expect(launch.course.outcomes.every((o) => o.content.length === 0)).toBe(true);
    expect(joinCourse(launch, readContentModule(text("course-content.js")))).toEqual(packageData(plan(), inputs));
  });

  it("puts the variant's course, with packaged asset paths and the build id, into the launch page data", async () => {
    const course = sampleCourse({ branding: { ...sampleCourse().branding, logo: "logo.png" } });
    const p = { ...plan(), variant: variants(course)[1]! };
    const data = packageData(p, inputs);
    expect(data).toMatchObject({ format: 1, scorm: "2004-4", variant: { key: "2-3-days", label: "2-3 days", days: [2, 3] } });
    expect(data.course.branding.logo).toBe("assets/logo.png");
    expect(data.course.outcomes.map((o) => o.id)).toEqual(["what-is-a-key-worker", "basic-listening-skills"]);
    expect(packageData({ ...p, variant: variants(course)[0]! }, inputs).buildId).not.toBe(data.buildId);
  });

  it("makes the same bytes twice", async () => {
    const [a, b] = await Promise.all([packageCourse(plan(), inputs), packageCourse(plan(), inputs)]);
    expect(a.ok && b.ok && Buffer.from(a.value.zip).equals(Buffer.from(b.value.zip))).toBe(true);
  });

  it("fails a package whose manifest fails validation, naming the package", async () => {
    const built = await packageCourse(plan(), { ...inputs, tools: fakeTools({ invalidManifest: true }) });
    expect(built.ok).toBe(false);
    expect(!built.ok && built.diagnostics.map((d) => d.code)).toEqual(["CP601", "CP521"]);
    expect(!built.ok && built.diagnostics[0]?.file).toBe("key-working-2-3-days-scorm2004-4th.zip/imsmanifest.xml");
    expect(!built.ok && built.diagnostics[1]?.message).toContain("key-working-2-3-days-scorm2004-4th.zip");
  });
});

describe("preparePackage and finishPackage: the steps a build batches", () => {
  const inputs = { tools: fakeTools(), player: fakePlayer, assets: [] };
  const plan = () => planPackages(variants(sampleCourse()), ["1.2"])[0]!;

  it("prepares every file and the manifest check: its XML, its version and the names of all the files", async () => {
    const prepared = await preparePackage(plan(), inputs);
    expect(prepared.check.version).toBe("1.2");
    expect(prepared.check.xml).toContain(`build="${prepared.buildId}"`);
    expect(prepared.check.files).toEqual(prepared.files.map((f) => f.name).sort());
    expect(prepared.check.files).toContain("imsmanifest.xml");
    expect(prepared.ms).toBeGreaterThan(0);
  });

  it("keeps the zip and the warnings when the manifest passes, and adds its part of the check step to the time", async () => {
    const prepared = await preparePackage(plan(), inputs);
    const zip = new Uint8Array([80, 75, 5, 6]);
    const note = warning("CP623", "inline metadata not checked", { file: "imsmanifest.xml", line: 3 });
    const built = finishPackage(prepared, { zip, diagnostics: [note], ms: 25 });
    if (!built.ok) throw new Error(JSON.stringify(built.diagnostics));
    expect(built.value.zip).toBe(zip);
    expect(built.value.ms).toBeCloseTo(prepared.ms + 25);
    expect(built.warnings).toEqual([{ ...note, file: "key-working-1-day-scorm12.zip/imsmanifest.xml" }]);
  });

  it("drops the zip of a package whose manifest has an error, and says which package failed", async () => {
    const prepared = await preparePackage(plan(), inputs);
    const broken = { zip: new Uint8Array([1]), diagnostics: [error("CP612", "'type' is required", { file: "imsmanifest.xml", line: 9 })], ms: 1 };
    const built = finishPackage(prepared, broken);
    expect(built).toEqual({ ok: false, diagnostics: [
      expect.objectContaining({ code: "CP612", file: "key-working-1-day-scorm12.zip/imsmanifest.xml", line: 9 }),
      expect.objectContaining({ code: "CP521", file: "key-working-1-day-scorm12.zip" }),
    ] });
  });
});
