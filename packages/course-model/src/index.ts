// Public entry of @coursepack/course-model: a list of re-exports only.
export * from "./types.ts";
export * from "./defaults.ts";
export * from "./diagnostics.ts";
export * from "./slug.ts";
export { importProfile } from "./profile/import-profile.ts";
export { variants } from "./variants.ts";
