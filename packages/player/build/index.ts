// Node-side entry of @coursepack/player/build: the bundle the builder ships in every package, and its launch page.
export type { PlayerBuild, PlayerFile } from "./build-player.ts";
export { buildPlayer, sourceHash } from "./build-player.ts";
export { PLAYER_DIR, PLAYER_SCRIPT, renderLaunchPage } from "./launch-page.ts";
