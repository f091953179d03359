import type { Course, LearningOutcome } from "@coursepack/course-model";
import { DEFAULT_BRANDING, defaultAssessment } from "@coursepack/course-model";
import type { ManifestInput } from "./types.ts";

/**
 * Test fixtures (not exported from the package): a Course built by hand, shaped like the key-working profile,
 * so the manifest tests do not depend on the course parser.
 */
function outcome(id: string, text: string, days: number[] = [1, 2, 3]): LearningOutcome {
  return { id, text, days, content: [] };
}

export function fixtureCourse(overrides: Partial<Course> = {}): Course {
  return {
    id: "key-working",
    title: "Key Working",
    duration: { label: "1-3 Days", days: [1, 2, 3] },
    description: ["The role of the key worker is often misunderstood.", "Set in the context of the Care Act 2014 & the <Social Care Commitment>."],
    frameworks: [
      { name: "Care certificate", refs: ["1"] },
      { name: "QCF", refs: ["HSC 025"] },
    ],
    audience: "Health & Support staff",
    statements: [],
    outcomes: [
      outcome("what-is-a-key-worker", "What is a key worker"),
      outcome("models-of-key-working", "Different models of key working"),
      outcome("basic-listening-skills", "Basic listening skills", [2, 3]),
    ],
    methods: [],
    notes: [],
    language: "en-GB",
    questions: [],
    assessment: defaultAssessment(true),
    completion: "sections-and-assessment",
    scorm: ["1.2", "2004-3", "2004-4"],
    branding: DEFAULT_BRANDING,
    strings: {},
    ...overrides,
  };
}

/** The player's files as the packager will list them (names only; no bytes are needed to build a manifest). */
export const PLAYER_FILES = ["index.html", "assets/player.js", "assets/player.css", "course.json", "images/key worker.png"];

export function fixtureInput(schemaNames: readonly string[], overrides: Partial<ManifestInput> = {}): ManifestInput {
  return {
    course: fixtureCourse(),
    variant: { key: "2-3-days", label: "2-3 days", days: [2, 3] },
    buildId: "b1a2c3d4e5f6",
    launch: "index.html",
    files: [...PLAYER_FILES, "metadata.xml", ...schemaNames],
    ...overrides,
  };
}
