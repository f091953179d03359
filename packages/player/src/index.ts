// Public entry of @coursepack/player: a list of re-exports only.
export {};
