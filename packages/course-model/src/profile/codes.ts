/**
 * Diagnostic codes of the profile importer. Stable: tests, docs/course-format.md and users' scripts refer to
 * them, so a code is never reused for another meaning. Errors are CP101-CP119, warnings CP120 and up.
 */
export const CODES = {
  empty: "CP101",
  whitespaceOnly: "CP102",
  binary: "CP103",
  invalidUtf8: "CP104",
  noTitle: "CP105",
  noDuration: "CP106",
  unknownDuration: "CP107",
  noOutcomes: "CP108",
  truncated: "CP109",
  markerDaysNotRun: "CP110",
  markerNotUnderstood: "CP111",
  dayWithoutOutcomes: "CP112",
  keptInNotes: "CP120",
  durationDisagrees: "CP121",
  duplicateOutcome: "CP122",
  titleWithoutId: "CP123",
} as const;

/** How a profile must look, quoted in hints so every message shows the fix. */
export const TITLE_EXAMPLE = "Course Profile: Title (1 Day)";
export const DURATION_FORMS = "Half Day, 1 Day, 2 Days, 1-3 Days or 2-3 Days";
