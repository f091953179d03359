// Public entry of @coursepack/preview: a list of re-exports only.
export {};
