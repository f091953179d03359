// Node-side entry of @coursepack/player/build: the bundle the builder ships in every package, and its launch page.
export type { PlayerBuild, PlayerFile } from "./build-player.ts";
export { buildPlayer, sourceHash } from "./build-player.ts";
export { LAUNCH_PAGE, PLAYER_DIR, PLAYER_SCRIPT, renderLaunchFiles, renderLaunchPage } from "./launch-page.ts";
export { readContentModule, renderContentModule } from "./content-module.ts";
export { readPackageData } from "./read-package.ts";
export type { CourseContent, LaunchData, QuestionContent } from "../src/course-content.ts";
export { CONTENT_MODULE, joinCourse, splitCourse } from "../src/course-content.ts";
