import { readFileSync } from "node:fs";
import { DEFAULT_LANGUAGE } from "@coursepack/course-model";
import type { PackageData } from "@coursepack/course-model";
import { CONTENT_MODULE, splitCourse } from "../src/course-content.ts";
import type { LaunchData } from "../src/course-content.ts";
import { createStrings } from "../src/strings.ts";
import type { PlayerFile } from "./build-player.ts";
import { renderContentModule } from "./content-module.ts";
import { escapeHtml, jsonForScript } from "./escape.ts";

/** The folder of a package that holds buildPlayer's files, and the script the launch page loads from it. */
export const PLAYER_DIR = "player";
export const PLAYER_SCRIPT = `${PLAYER_DIR}/player.js`;
export const LAUNCH_PAGE = "index.html";

const TEMPLATE_URL = new URL("../../../scorm-templates/launch.html", import.meta.url);
let template: string | undefined;

/**
 * A package's launch page and its content module, both at the package root: the page carries the
 * course's outline inline, all the first screen and the tracker need; `course-content.js` the rest (section
 * content, scenarios, choice texts, feedback), which the player imports right after the welcome screen shows.
 */
export function renderLaunchFiles(data: PackageData): PlayerFile[] {
  const { launch, content } = splitCourse(data);
  const encode = (text: string) => new TextEncoder().encode(text);
  return [
    { name: LAUNCH_PAGE, bytes: encode(renderLaunchPage(launch)) },
    { name: CONTENT_MODULE, bytes: encode(renderContentModule(content)) },
  ];
}

/**
 * The launch page for `data` (scorm-templates/launch.html filled in): the course's language and title, the
 * title again as the first thing on screen before any script runs, the strict Content-Security-Policy, the
 * player module, and the data inline as JSON for the player to read from #cp-data. In a package the data
 * is the outline from splitCourse (the builder writes renderContentModule's module beside it); given whole
 * package data, the page carries the whole course and needs no module (the preview serves that).
 */
export function renderLaunchPage(data: LaunchData): string {
  template ??= readFileSync(TEMPLATE_URL, "utf8");
  const t = createStrings(data.course.strings);
  const values: Record<string, string> = {
    lang: escapeHtml(languageTag(data.course.language)),
    title: escapeHtml(data.course.title),
    loading: escapeHtml(t("loading")),
    noscript: escapeHtml(t("noscript")),
    data: jsonForScript(data),
  };
  // One pass, so a course title that reads "{{data}}" stays text and is never filled in itself.
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function languageTag(language: string): string {
  return LANGUAGE_TAG.test(language) ? language : DEFAULT_LANGUAGE;
}
