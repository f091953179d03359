// Public entry of @coursepack/cli: a list of re-exports only.
export {};
