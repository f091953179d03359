/**
 * Small hand-made values and fake steps for the builder's tests: a course, a player bundle and tools whose
 * behaviour is easy to see. The fake course parser reads JSON (YAML's subset), so a test writes a Course
 * straight into course.yaml; it checks assets through `assetExists` like the real parser.
 */
import type { Course, Diagnostic, Result } from "@coursepack/course-model";
import { error, variants } from "@coursepack/course-model";
import type { BuildTools, ManifestRequest, PlayerBundle } from "../tools.ts";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (input: string | Uint8Array): string => (typeof input === "string" ? input : new TextDecoder().decode(input));

export function sampleCourse(overrides: Partial<Course> = {}): Course {
  return {
    id: "key-working",
    title: "Key Working",
    duration: { label: "1-3 Days", days: [1, 2, 3] },
    description: ["The role of the key worker."],
    frameworks: [{ name: "Care certificate", refs: ["1"] }],
    audience: "",
    statements: [],
    outcomes: [
      { id: "what-is-a-key-worker", text: "What is a key worker", days: [1, 2, 3], content: [{ t: "p", c: [{ t: "text", v: "A key worker is…" }] }] },
      { id: "basic-listening-skills", text: "Basic listening skills", days: [2, 3], content: [] },
    ],
    methods: [],
    notes: [],
    language: "en-GB",
    questions: [
      {
        id: "q-role",
        outcomeId: "what-is-a-key-worker",
        type: "single",
        prompt: "Who is the key worker accountable to?",
        choices: [
          { id: "a", text: "The team", correct: true },
          { id: "b", text: "Nobody", correct: false },
        ],
        feedback: { correct: [], incorrect: [] },
      },
      { id: "q-listen", outcomeId: "basic-listening-skills", type: "true-false", prompt: "Listening is passive.", choices: [{ id: "true", text: "True", correct: false }, { id: "false", text: "False", correct: true }], feedback: { correct: [], incorrect: [] } },
    ],
    assessment: { passMark: 80, feedback: "per-question", attempts: 0 },
    completion: "sections-and-assessment",
    scorm: ["1.2", "2004-3", "2004-4"],
    branding: { organisation: "", colours: { primary: "#1d4f91", accent: "#0b7a75", text: "#1b1b1b", background: "#ffffff" }, logo: null },
    strings: {},
    ...overrides,
  };
}

/** One variant only: every outcome on every day. */
export function singleVariantCourse(overrides: Partial<Course> = {}): Course {
  const base = sampleCourse(overrides);
  return { ...base, outcomes: base.outcomes.map((o) => ({ ...o, days: base.duration.days })), ...overrides };
}

export const fakePlayer: PlayerBundle = {
  files: [
    { name: "player.js", bytes: encode("console.log('player');\n".repeat(50)) },
    { name: "player.css", bytes: encode("body{margin:0}\n") },
  ],
  hash: "player-hash-1",
};

export interface FakeToolsOptions {
  /** Manifest validation reports an error for every package, or for those whose manifest XML this picks. */
  readonly invalidManifest?: boolean | ((xml: string) => boolean);
}

export function fakeTools(options: FakeToolsOptions = {}): BuildTools {
  return {
    parseCourseSource: (source, file, { assetExists }) => parseFake(decode(source), file, assetExists),
    importProfile: (source) => ({ ok: true, value: sampleCourse({ id: decode(source).trim().split("\n")[0] ?? "profile", title: "From a profile" }), warnings: [] }),
    variants,
    manifestFiles: (version, request) => [{ name: "imsmanifest.xml", bytes: encode(fakeManifest(version, request)) }],
    schemaFiles: async (version) => [{ name: `schema-${version}.xsd`, bytes: encode(`<xs:schema/><!-- ${version} -->`) }],
    validateManifests: async (checks) => checks.map(({ xml, files }) => validateFake(xml, files, options)),
    renderLaunchPage: (data) => `<!doctype html><title>${data.course.title}</title><script type="application/json">${JSON.stringify(data)}</script>`,
  };
}

function parseFake(text: string, file: string, assetExists: (rel: string) => boolean): Result<Course> {
  let course: Course;
  try {
    course = JSON.parse(text) as Course;
  } catch {
    return { ok: false, diagnostics: [error("CP201", "not JSON", { file, line: 1, column: 1 })] };
  }
  const logo = course.branding.logo;
  if (logo !== null && !assetExists(logo)) return { ok: false, diagnostics: [error("CP420", `missing logo ${logo}`, { file })] };
  return { ok: true, value: course, warnings: [] };
}

function fakeManifest(version: string, request: ManifestRequest): string {
  const files = request.files.map((f) => `<file href="${f}"/>`).join("");
  return `<manifest version="${version}" build="${request.buildId}" course="${request.course.id}" variant="${request.variant.key ?? ""}">${files}</manifest>`;
}

function validateFake(xml: string, files: readonly string[], options: FakeToolsOptions): Diagnostic[] {
  const invalid = typeof options.invalidManifest === "function" ? options.invalidManifest(xml) : options.invalidManifest;
  if (invalid) return [error("CP601", "the manifest is not valid", { file: "imsmanifest.xml", line: 1, column: 1 })];
  const missing = files.filter((f) => f !== "imsmanifest.xml" && !xml.includes(`href="${f}"`));
  return missing.map((f) => error("CP602", `file not listed: ${f}`, { file: "imsmanifest.xml" }));
}
