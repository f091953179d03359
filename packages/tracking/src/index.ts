// Public entry of @coursepack/tracking: a list of re-exports only.
export type * from "./types.ts";
