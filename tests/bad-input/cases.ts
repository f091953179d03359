/**
 * The bad-input corpus: every case is a course folder under corpus/courses/, a profile under corpus/profiles/,
 * or one made at setup by a maker from generate.ts, with the diagnostic it must give. `file` is as the CLI
 * prints it when run from the workspace the corpus is copied into; `line`/`column` where the input has one.
 */
import type { Maker } from "./generate.ts";
import * as make from "./generate.ts";

export interface Expected {
  readonly code: string;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** Matched against the diagnostic's message and hint. */
  readonly says?: RegExp;
}

export interface BadInput {
  readonly name: string;
  /** The path given to the CLI, relative to the workspace. */
  readonly input: string;
  readonly expected: Expected;
  /** Writes the case at setup (binary, huge or symlinked inputs); absent for committed cases. */
  readonly make?: Maker;
  /** Also run through the real CLI as a child process (a representative set: each run costs about a second). */
  readonly child?: boolean;
}

interface Extra {
  readonly says?: RegExp;
  readonly make?: Maker;
  readonly child?: boolean;
}

function course(name: string, code: string, line?: number, column?: number, extra: Extra = {}): BadInput {
  const input = `courses/${name}`;
  return { name: `course ${name}`, input, expected: { code, file: `${input}/course.yaml`, line, column, says: extra.says }, make: extra.make, child: extra.child };
}

function profile(name: string, code: string, line?: number, extra: Extra = {}): BadInput {
  const input = `profiles/${name}.txt`;
  return { name: `profile ${name}`, input, expected: { code, file: input, line, says: extra.says }, make: extra.make, child: extra.child };
}

const CHILD = { child: true } as const;

export const COURSE_CASES: readonly BadInput[] = [
  // CP2xx: the file itself
  course("empty", "CP201", 1, 1, CHILD),
  course("comments-only", "CP201", 1, 1, { says: /only comments/ }),
  course("truncated", "CP203", 8, 1, { says: /closing "quote/ }),
  course("truncated-mid-key", "CP203", 7, 5),
  course("cut-mid-character", "CP202", 4, 37, { make: make.cutMidCharacterCourse }),
  course("binary", "CP202", 1, 1, { make: make.binaryCourse, child: true }),
  course("windows-1252", "CP202", 4, 7, { make: make.windows1252Course, says: /0x92/, child: true }),
  course("utf-16", "CP202", 1, 1, { make: make.utf16Course, says: /UTF-16/ }),
  course("yaml-unclosed-bracket", "CP203", 4, 1),
  course("yaml-bad-indent", "CP203", 6, 9, { says: /indentation/ }),
  course("alias-bomb", "CP203", 1, 1, { says: /alias/ }),
  course("tab-indent", "CP204", 6, 1, { says: /tab/, child: true }),
  course("duplicate-key", "CP205", 3, 1, { says: /`title` appears twice/ }),
  // CP3xx: keys and types
  course("unknown-key", "CP301", 5, 1, { says: /`colour_scheme`/ }),
  course("misspelt-title", "CP301", 1, 1, { says: /`titel`[\s\S]*did you mean `title`\?/, child: true }),
  course("misspelt-outcome-key", "CP301", 7, 5, { says: /did you mean `text`\?/ }),
  course("missing-title", "CP302", 1, 1, { says: /`title`/ }),
  course("missing-outcomes", "CP302", 1, 1, { says: /`outcomes`/, child: true }),
  course("outcome-without-id", "CP302", 6, 5, { says: /`id`/ }),
  course("missing-feedback", "CP302", 9, 5, { says: /`feedback`/ }),
  course("empty-title", "CP303", 1, 1),
  course("pass-mark-words", "CP303", 18, 14, { says: /eighty/ }),
  course("description-not-a-list", "CP303", 3, 14),
  course("top-level-list", "CP303", 1, 1),
  course("unknown-question-type", "CP304", 11, 11, { says: /`multiple-choice`/ }),
  course("bad-scorm-version", "CP304", 8, 16, { says: /`1\.3`/ }),
  course("bad-completion", "CP304", 8, 13),
  course("title-too-long", "CP305", 1, 8, { says: /263 characters/ }),
  course("long-content", "CP305", 8, 14, { make: make.longContentCourse, says: /characters long; at most 20000/ }),
  course("huge", "CP306", 1, 1, { make: make.hugeCourse, says: /2 MB/, child: true }),
  course("bad-language", "CP308", 3, 11),
  // CP4xx: ids, references, answers, assets
  course("course-id-traversal", "CP401", 1, 5, { says: /`\.\.\/evil`/, child: true }),
  course("course-id-with-space", "CP401", 1, 5, { says: /`Key Working`[\s\S]*`key-working`/ }),
  course("title-gives-no-slug", "CP401", 1, 8),
  course("question-id-with-spaces", "CP402", 9, 9, { says: /`q fire triangle`/ }),
  course("outcome-id-starts-with-digit", "CP402", 6, 9),
  course("duplicate-outcome-ids", "CP403", 8, 9, { says: /first used on line 6/ }),
  course("duplicate-question-ids", "CP404", 17, 9, { says: /first used on line 9/ }),
  course("question-unknown-outcome", "CP405", 10, 14, { says: /did you mean `how-fires-start`\?/ }),
  course("single-no-correct", "CP406", 13, 5, { says: /has 0/ }),
  course("single-two-correct", "CP406", 13, 5, { says: /has 2/ }),
  course("multiple-no-correct", "CP407", 13, 5),
  course("multiple-all-correct", "CP407", 13, 5, { says: /every choice/ }),
  course("true-false-with-choices", "CP408", 14, 5, { says: /not `choices`/ }),
  course("true-false-no-answer", "CP408", 9, 5),
  course("eleven-choices", "CP409", 14, 7, { says: /11 choices/ }),
  course("one-choice", "CP409", 14, 7),
  course("pass-mark-negative", "CP410", 18, 14, { says: /-1/ }),
  course("pass-mark-over-100", "CP410", 18, 14, { says: /101/ }),
  course("days-zero", "CP410", 8, 12),
  course("days-outside-duration", "CP411", 10, 15, { says: /day count 4/ }),
  course("bad-duration", "CP412", 2, 11),
  course("bad-colour", "CP413", 10, 14, { says: /`#12345`/ }),
  course("logo-parent-path", "CP415", 10, 9, { says: /`\.\.\/secret\.png`/ }),
  course("logo-absolute-path", "CP415", 9, 9, { says: /`\/etc\/passwd` is absolute/ }),
  course("logo-url", "CP415", 9, 9),
  course("image-parent-path", "CP415", 11, 28),
  course("logo-missing", "CP416", 9, 9),
  course("image-missing", "CP416", 11, 28),
  course("symlinked-logo", "CP416", 9, 9, { make: make.symlinkedLogo, child: true }),
  course("symlinked-images-folder", "CP416", 9, 9, { make: make.symlinkedImagesFolder }),
  course("javascript-link", "CP419", 9, 30),
  course("image-in-emphasis", "CP420", 9, 44),
  course("pass-mark-without-questions", "CP421", 9, 14),
  // CP5xx: what the build is given
  { name: "course folder that does not exist", input: "courses/not-there", expected: { code: "CP501", file: "courses/not-there" } },
  { name: "course folder without course.yaml", input: "courses/no-course-file", expected: { code: "CP502", file: "courses/no-course-file" } },
];

export const PROFILE_CASES: readonly BadInput[] = [
  profile("empty", "CP101", undefined, CHILD),
  profile("blank-lines", "CP102"),
  profile("binary", "CP103", 2, { make: make.binaryProfile }),
  profile("pdf", "CP103", 1, { make: make.pdfProfile, says: /binary/, child: true }),
  profile("utf-16", "CP103", 1, { make: make.utf16Profile, says: /UTF-16/, child: true }),
  profile("windows-1252", "CP104", 4, { make: make.windows1252Profile }),
  profile("no-title", "CP105", 1),
  profile("title-line-without-title", "CP105", 1),
  profile("no-duration", "CP106", 1),
  profile("unknown-duration", "CP107", 1, { says: /Two Weeks/ }),
  profile("no-outcomes", "CP108"),
  profile("title-only", "CP108"),
  profile("truncated", "CP109", 5),
  profile("outcomes-heading-only", "CP109", 3),
  profile("marker-days-not-run", "CP110", 5, { says: /4 days/ }),
  profile("marker-not-understood", "CP111", 5),
  profile("marker-without-outcome", "CP111", 5),
  profile("every-outcome-marked", "CP112", 4),
  // The course.yaml limits hold for profiles too, or `import` writes a course that cannot be read back.
  profile("title-too-long", "CP305", 1),
  profile("long-outcome", "CP305", 4, { make: make.longOutcomeProfile }),
  profile("huge", "CP306", undefined, { make: make.hugeProfile }),
  { name: "profile that does not exist", input: "profiles/not-there.txt", expected: { code: "CP501", file: "profiles/not-there.txt" } },
];

export const CASES: readonly BadInput[] = [...COURSE_CASES, ...PROFILE_CASES];
