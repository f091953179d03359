// The player's entry, built by Vite into player/player.js: start the course in the launch page.
import { boot } from "./boot.ts";

boot(document, window);
