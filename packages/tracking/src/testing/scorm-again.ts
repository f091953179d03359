import type Scorm12Class from "scorm-again/scorm12";
import type Scorm2004Class from "scorm-again/scorm2004";
import * as scorm12 from "scorm-again/scorm12";
import * as scorm2004 from "scorm-again/scorm2004";

/**
 * scorm-again's ESM entries export `Scorm12API` / `Scorm2004API` by name only, but the declarations its
 * package.json points TypeScript at describe a default export. Read the named exports at run time, typed
 * from those declarations, so tests and harnesses can `import { Scorm12API } from ".../scorm-again.ts"`.
 * Test and preview code only: scorm-again is the LMS side and is never bundled into a package.
 */
export const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof Scorm12Class }).Scorm12API;
export const Scorm2004API = (scorm2004 as unknown as { Scorm2004API: typeof Scorm2004Class }).Scorm2004API;
export type Scorm12API = InstanceType<typeof Scorm12Class>;
export type Scorm2004API = InstanceType<typeof Scorm2004Class>;

/** LMS-side settings for tests: no autocommit (the content decides when to commit), no server, no logging. */
export const QUIET_LMS = { autocommit: false, lmsCommitUrl: false, logLevel: 5 } as const;
