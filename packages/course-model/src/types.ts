/**
 * The course model: what every other package works from. Read-only, plain data, JSON-serialisable,
 * so the same value can be validated in Node, shipped beside the player and read in the browser.
 */

/** A place in a source file; line and column are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export type Severity = "error" | "warning";

/** A user mistake (never a bug): stable code, what is wrong, where, and how to fix it. */
export interface Diagnostic extends SourceLocation {
  /** Stable, documented code, e.g. `CP101`. Tests and docs refer to it. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly hint?: string;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** "1-3 Days" -> { label: "1-3 Days", days: [1, 2, 3] }; "Half Day" -> days [0.5]. */
export interface Duration {
  readonly label: string;
  readonly days: readonly number[];
}

/** A standard the course supports, refs as written: "Care certificate" -> ["1", "3", "5", "7"]. */
export interface Framework {
  readonly name: string;
  readonly refs: readonly string[];
}

/** Safe rich text: Markdown parsed at build time into data. Rendered by templates, never as HTML. */
export type Inline =
  | { readonly t: "text"; readonly v: string }
  | { readonly t: "em" | "strong"; readonly c: readonly Inline[] }
  | { readonly t: "code"; readonly v: string }
  | { readonly t: "link"; readonly href: string; readonly c: readonly Inline[] }
  | { readonly t: "br" };

export type Block =
  | { readonly t: "p"; readonly c: readonly Inline[] }
  | { readonly t: "h"; readonly level: 3 | 4; readonly c: readonly Inline[] }
  | { readonly t: "ul" | "ol"; readonly items: readonly (readonly Block[])[] }
  | { readonly t: "quote"; readonly c: readonly Block[] }
  | { readonly t: "img"; readonly src: string; readonly alt: string };

export interface LearningOutcome {
  /** Stable across rebuilds: becomes the SCORM objective id. Matches OUTCOME_ID_PATTERN. */
  readonly id: string;
  readonly text: string;
  /** The course day counts this outcome belongs to (all of the course's days unless marked otherwise). */
  readonly days: readonly number[];
  /** The section that teaches it. Empty for a course read straight from a profile. */
  readonly content: readonly Block[];
}

export type QuestionType = "single" | "multiple" | "true-false";

export interface Choice {
  /** Stable within its question, e.g. "a", "b" ("true"/"false" for true-false). */
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
}

export interface Question {
  /** Stable across rebuilds: becomes the SCORM interaction id. Matches OUTCOME_ID_PATTERN. */
  readonly id: string;
  readonly outcomeId: string;
  readonly type: QuestionType;
  /** A short case ("Sam has lived at ...") shown before the prompt. */
  readonly scenario?: readonly Block[];
  readonly prompt: string;
  readonly choices: readonly Choice[];
  readonly feedback: { readonly correct: readonly Block[]; readonly incorrect: readonly Block[] };
}

export type ScormVersion = "1.2" | "2004-3" | "2004-4";
export const SCORM_VERSIONS: readonly ScormVersion[] = ["1.2", "2004-3", "2004-4"];

/** When the course counts as completed. */
export type CompletionRule = "sections-and-assessment" | "sections" | "assessment";

export interface Assessment {
  /** 0-100; null when the course is completion-only (no pass/fail). */
  readonly passMark: number | null;
  /** Feedback after each question inside its section, or one assessment at the end. */
  readonly feedback: "per-question" | "end";
  /** How many times a learner may submit the knowledge check; 0 means no limit. */
  readonly attempts: number;
}

export interface Branding {
  readonly organisation: string;
  readonly colours: { readonly primary: string; readonly accent: string; readonly text: string; readonly background: string };
  /** Path relative to the course folder, or null. */
  readonly logo: string | null;
}

export interface Course {
  /** Slug of the title, e.g. "key-working". Safe as a file name and an NCName suffix. */
  readonly id: string;
  readonly title: string;
  readonly duration: Duration;
  readonly description: readonly string[];
  readonly frameworks: readonly Framework[];
  readonly audience: string;
  /** Other statements, e.g. "The course will help organisations to meet the CQC Fundamental Standards." */
  readonly statements: readonly string[];
  readonly outcomes: readonly LearningOutcome[];
  readonly methods: readonly string[];
  /** Lines of a profile that could not be placed: kept, never dropped silently. */
  readonly notes: readonly string[];
  readonly language: string;
  readonly questions: readonly Question[];
  readonly assessment: Assessment;
  readonly completion: CompletionRule;
  readonly scorm: readonly ScormVersion[];
  readonly branding: Branding;
  /** Overrides of the player's UI strings (en-GB catalogue keys). */
  readonly strings: Readonly<Record<string, string>>;
}

/** One package's worth of a course: the outcomes (and their questions) for one set of day counts. */
export interface CourseVariant {
  /** null when the course has a single outcome set; else e.g. "1-day", "2-3-days". */
  readonly key: string | null;
  /** Human label, e.g. "1 day", "2-3 days". */
  readonly label: string | null;
  readonly days: readonly number[];
  readonly course: Course;
}

/** Ids used as SCORM identifiers / objective ids must be NCNames that every LMS accepts. */
export const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Course ids also name files: lower-case slug. */
export const COURSE_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * What the builder ships beside the player in every package (inline in the launch page as JSON data):
 * the course variant, the SCORM version the package was built for and the build id.
 */
export interface PackageData {
  readonly format: 1;
  readonly buildId: string;
  readonly scorm: ScormVersion;
  readonly variant: { readonly key: string | null; readonly label: string | null; readonly days: readonly number[] };
  readonly course: Course;
}
