// Public entry of @coursepack/player: a list of re-exports only. Safe to import in Node (no custom element is
// defined here); the learner module itself is the bundle from @coursepack/player/build.
export type { AnswerDetail, CpEventMap, CpEventName, NavigateDetail, SectionCompleteDetail, StartDetail } from "./events.ts";
export { EN_GB, createStrings } from "./strings.ts";
export type { StringKey, Translate } from "./strings.ts";
export { ON_PRIMARY, brandingPairs, contrastRatio } from "./contrast.ts";
