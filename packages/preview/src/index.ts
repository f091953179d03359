// Public entry of @coursepack/preview: a list of re-exports only.
export type { PreviewHooks, PreviewServer } from "./server.ts";
export { startPreview } from "./server.ts";
export type { PreviewOptions, ResolvedPreviewOptions } from "./options.ts";
export { PREVIEW_DEFAULTS, resolvePreviewOptions } from "./options.ts";
export type { PreviewState, PreviewVariant } from "./protocol.ts";
export { CODES as PREVIEW_CODES } from "./codes.ts";
