import { LIMIT_CODES } from "../limits.ts";

/**
 * Diagnostic codes of the course source (course.yaml). Stable: tests, docs/course-format.md and users' scripts
 * refer to them, so a code is never reused for another meaning. The docs table lists every one (a test checks).
 */
export const SOURCE_CODES = {
  // CP2xx: the file itself
  emptyFile: "CP201",
  notUtf8: "CP202",
  yamlSyntax: "CP203",
  tabIndent: "CP204",
  duplicateKey: "CP205",
  // CP3xx: the shape of the course (keys, types)
  unknownKey: "CP301",
  missingKey: "CP302",
  wrongType: "CP303",
  notAllowed: "CP304",
  tooLong: LIMIT_CODES.tooLong,
  fileTooLarge: LIMIT_CODES.fileTooLarge,
  emptyValue: "CP307",
  badFormat: "CP308",
  // CP4xx: what the course means (ids, references, answers, assets)
  courseId: "CP401",
  itemId: "CP402",
  duplicateOutcome: "CP403",
  duplicateQuestion: "CP404",
  unknownOutcome: "CP405",
  singleAnswer: "CP406",
  multipleAnswer: "CP407",
  trueFalse: "CP408",
  choiceCount: "CP409",
  outOfRange: "CP410",
  daysOutsideDuration: "CP411",
  duration: "CP412",
  colour: "CP413",
  contrast: "CP414",
  unsafePath: "CP415",
  missingFile: "CP416",
  outcomeWithoutQuestion: "CP417",
  noOutcomes: "CP418",
  linkNotAllowed: "CP419",
  imageInText: "CP420",
  assessmentWithoutQuestions: "CP421",
} as const;
