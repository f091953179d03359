import type { Assessment, Branding, CompletionRule, ScormVersion } from "./types.ts";
import { SCORM_VERSIONS } from "./types.ts";

/**
 * Every default of the course format lives here and nowhere else, so the importer, the source parser,
 * the JSON Schema and the docs cannot disagree (a second default hidden in `|| x` is how Adapt drifted).
 */
export const DEFAULT_LANGUAGE = "en-GB";
export const DEFAULT_PASS_MARK = 80;
export const DEFAULT_SCORM: readonly ScormVersion[] = SCORM_VERSIONS;

export const DEFAULT_BRANDING: Branding = {
  organisation: "",
  // Contrast of text on background 15.9:1 and of white on primary 8.6:1 (WCAG AA needs 4.5:1).
  colours: { primary: "#1d4f91", accent: "#0b7a75", text: "#1b1b1b", background: "#ffffff" },
  logo: null,
};

/** A course with questions is assessed; one without (e.g. built straight from a profile) is completion-only. */
export function defaultAssessment(hasQuestions: boolean): Assessment {
  return { passMark: hasQuestions ? DEFAULT_PASS_MARK : null, feedback: "per-question", attempts: 0 };
}

export function defaultCompletion(hasQuestions: boolean): CompletionRule {
  return hasQuestions ? "sections-and-assessment" : "sections";
}
