// Public entry of @coursepack/course-model: a list of re-exports only.
export * from "./types.ts";
export * from "./defaults.ts";
export * from "./diagnostics.ts";
export * from "./slug.ts";
export { importProfile } from "./profile/import-profile.ts";
export { variants } from "./variants.ts";
export { renderMarkdown, markdownTargets } from "./markdown.ts";
export type { MarkdownTarget } from "./markdown.ts";
export { blocksToMarkdown } from "./source/blocks-to-markdown.ts";
export { parseCourseSource } from "./source/parse-course-source.ts";
export type { ParseCourseOptions } from "./source/parse-course-source.ts";
export { courseToYaml, SCHEMA_COMMENT } from "./source/to-yaml.ts";
export { courseJsonSchema } from "./source/json-schema.ts";
export { SOURCE_CODES } from "./source/codes.ts";
