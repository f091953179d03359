/**
 * The lines a course profile is built from, as training organisations write them. Matched against the
 * normalised line text (trimmed, single spaces), case-insensitive, because house styles differ in capitals.
 */

/** The bare "Course Profile" heading above the title. */
export const HEADING = /^course profile\s*:?$/i;

/** "Course Profile: Key Working (1-3 Days)"; also "Course Profile – ...", "Course title: ...", "Title: ...". */
export const TITLE = /^(?:course\s+profile|course\s+title|title)\s*(?::|\s[-\u2013\u2014])\s*(.*)$/i;

/** "Key Working (1-3 Days)" -> the title and the last parenthesised part. */
export const TITLE_PARTS = /^(.*?)\s*\(([^()]*)\)$/;

/** "Duration: 1 Day", "Course length: 2 Days". */
export const DURATION_LINE = /^(?:course\s+)?(?:duration|length)\s*:\s*(.+)$/i;

/** "The course provides some knowledge for" (frameworks follow), or a "Frameworks:" heading. */
export const FRAMEWORK_INTRO =
  /^(?:(?:the|this)\s+course\s+(?:provides|offers|gives|contributes)\s+(?:some\s+)?knowledge\s+(?:for|towards|to)\b\s*:?|(?:frameworks?|standards)(?:\s+supported)?\s*(?::|$))\s*(.*)$/i;

/** "The course is designed for Health & Support staff ..." -> who the course is for. */
export const AUDIENCE = /^(?:(?:the|this)\s+course\s+is\s+(?:designed|intended|aimed|suitable|written)\s+(?:for|at)|(?:target\s+)?audience\s*:)\s*(.+)$/i;

/** Context statements: "The course will help organisations to meet ...", "The course is set in the context ...". */
export const STATEMENT =
  /^(?:the|this)\s+course\s+(?:is\s+set\s+in|will\s+help|helps|supports|is\s+informed\s+by|is\s+mapped|maps|meets|is\s+aligned|contributes\s+to)\b/i;

/** "Learning outcomes", "Learning Outcomes:", "Learning objectives". */
export const OUTCOMES_HEADING = /^(?:intended\s+)?(?:learning\s+(?:outcomes?|objectives?)|course\s+objectives|objectives)\s*:?$/i;

/** "By the end of the course learners should understand:" */
export const OUTCOMES_INTRO = /^by the end of (?:the|this) (?:course|session|training|programme|program|day)\b/i;

/** "Training methods utilised include: A, B and C", "Methods: ...", or a "Training methods" heading. */
export const METHODS =
  /^(?:training\s+)?methods(?:\s+(?:utilised|utilized|used))?(?:\s+(?:include|includes|are)\s*:?|\s*:|$)\s*(.*)$/i;

// Bullets: symbols may touch the text ("•What"); dashes, stars and numbers need a space after them so
// "-based" or "2014." at the start of a sentence are not read as bullets.
const SYMBOL_BULLET = /^[\u2022\u25cf\u25cb\u25e6\u25aa\u25ab\u25a0\u25a1\u2023\u2043\u2219\u00b7\u27a2\u2713\u2714]\s*(.*)$/;
const MARK_BULLET = /^(?:[*+\-\u2010-\u2014]|\d{1,3}[.)]|[a-z][.)]|[ivx]{1,5}[.)]|\(\s*(?:\d{1,3}|[a-z]|[ivx]{1,5})\s*\))\s+(.*)$/i;

/** The text of a bulleted or numbered line ("• x", "- x", "* x", "– x", "1. x", "1) x", "a) x"), or null. */
export function bulletText(text: string): string | null {
  const match = SYMBOL_BULLET.exec(text) ?? MARK_BULLET.exec(text);
  return match ? (match[1] ?? "").trim() : null;
}
