/**
 * Size limits of a course, whatever it is written in (course.yaml or a profile): a course that imports must
 * also build, so both readers apply the same numbers. They keep packages small and a hostile input bounded.
 */
export const LIMITS = {
  titleLength: 200,
  textLength: 20_000,
  idLength: 64,
  minChoices: 2,
  maxChoices: 10,
  fileBytes: 2 * 1024 * 1024,
} as const;

/** Diagnostic codes shared by both readers for the limits above. */
export const LIMIT_CODES = { tooLong: "CP305", fileTooLarge: "CP306" } as const;
