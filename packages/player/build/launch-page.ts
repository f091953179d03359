import { readFileSync } from "node:fs";
import { DEFAULT_LANGUAGE } from "@coursepack/course-model";
import type { PackageData } from "@coursepack/course-model";
import { createStrings } from "../src/strings.ts";

/** The folder of a package that holds buildPlayer's files, and the script the launch page loads from it. */
export const PLAYER_DIR = "player";
export const PLAYER_SCRIPT = `${PLAYER_DIR}/player.js`;

const TEMPLATE_URL = new URL("../../../scorm-templates/launch.html", import.meta.url);
let template: string | undefined;

/**
 * The package's launch page (scorm-templates/launch.html filled in): the course's language and title, the
 * title again as the first thing on screen before any script runs, the strict Content-Security-Policy,
 * the player module, and the course data inline as JSON for the player to read from #cp-data.
 */
export function renderLaunchPage(data: PackageData): string {
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

/** Text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON inside <script type="application/json">: `<` (and `>`, `&`) escaped as \u003c etc., so no course
 * text can close the script element or open a comment; U+2028/2029 escaped for old JSON-in-JS readers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function languageTag(language: string): string {
  return LANGUAGE_TAG.test(language) ? language : DEFAULT_LANGUAGE;
}
