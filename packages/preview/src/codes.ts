/**
 * CP7xx: preview diagnostics (`coursepack preview`). Stable: the CLI, docs and users' scripts refer to them.
 * Course mistakes keep their own codes (CP1xx-CP5xx); these are about what the preview was asked to do.
 */
export const CODES = {
  /** The course path does not exist, or is not a course folder, course.yaml or profile .txt. */
  notACourse: "CP701",
  /** No course was named and none could be chosen (no course.yaml here, not exactly one in courses/). */
  whichCourse: "CP702",
  /** `--port` is not a whole number from 0 to 65535. */
  badPort: "CP703",
  /** `--host` is empty or not an address. */
  badHost: "CP704",
  /** `--scorm` names an unknown SCORM version. */
  badScorm: "CP705",
  /** Listening on a non-loopback address: other machines on the network can open the preview. */
  exposed: "CP706",
  /** The server could not listen (port in use, address not on this machine). */
  cannotListen: "CP707",
} as const;
