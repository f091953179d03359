// Public entry of @coursepack/builder: a list of re-exports only.
export {};
