import { DEFAULT_BRANDING } from "../defaults.ts";
import { error, warning } from "../diagnostics.ts";
import { markdownTargets } from "../markdown.ts";
import type { Diagnostic, SourceLocation } from "../types.ts";
import { assetPathProblem, isAllowedHref } from "./asset-path.ts";
import { SOURCE_CODES as C } from "./codes.ts";
import { contrastRatio } from "./contrast.ts";
import { COLOUR_PATTERN } from "./definition.ts";
import type { RawMap } from "./raw.ts";
import { asList, asMap, asText, valueAt } from "./raw.ts";
import type { Path, SourceDoc } from "./yaml-locate.ts";
import { locate, locateText } from "./yaml-locate.ts";

export type AssetExists = (relPath: string) => boolean;

/** WCAG 2.x AA for body text. */
const MIN_CONTRAST = 4.5;

/**
 * What the course shows: its colours (readable?), its logo and every Markdown link and image (inside the
 * course folder, present?). `assetExists` is the builder's file check; without it, only the paths are judged.
 */
export function assetChecks(src: SourceDoc, data: RawMap, assetExists: AssetExists | undefined): Diagnostic[] {
  const markdown = markdownFields(data).flatMap((path) => markdownChecks(src, data, path, assetExists));
  return [...contrastChecks(src, data), ...logoChecks(src, data, assetExists), ...markdown];
}

function contrastChecks(src: SourceDoc, data: RawMap): Diagnostic[] {
  const given = asMap(asMap(data.branding).colours);
  // Colours left out, or written wrongly (reported as CP413), are judged by the defaults they fall back to.
  const pick = (key: "primary" | "text" | "background"): string => {
    const value = asText(given[key]);
    return value !== undefined && COLOUR_PATTERN.test(value) ? value : DEFAULT_BRANDING.colours[key];
  };
  const out: Diagnostic[] = [];
  const body = contrastRatio(pick("text"), pick("background"));
  if (body < MIN_CONTRAST && (given.text !== undefined || given.background !== undefined)) {
    const key = given.text !== undefined ? "text" : "background";
    const message = `text on the background has a contrast of ${body.toFixed(1)}:1; WCAG AA needs ${MIN_CONTRAST}:1`;
    out.push(warning(C.contrast, message, locate(src, ["branding", "colours", key]), "darken `text` or lighten `background`"));
  }
  const onPrimary = contrastRatio("#ffffff", pick("primary"));
  if (onPrimary < MIN_CONTRAST && given.primary !== undefined) {
    const message = `white text on the primary colour has a contrast of ${onPrimary.toFixed(1)}:1; WCAG AA needs ${MIN_CONTRAST}:1`;
    out.push(warning(C.contrast, message, locate(src, ["branding", "colours", "primary"]), "choose a darker `primary`: buttons show white text on it"));
  }
  return out;
}

function logoChecks(src: SourceDoc, data: RawMap, assetExists: AssetExists | undefined): Diagnostic[] {
  const logo = asText(asMap(data.branding).logo);
  return logo === undefined ? [] : pathChecks(logo, "the logo", locate(src, ["branding", "logo"]), assetExists);
}

function pathChecks(path: string, what: string, at: SourceLocation, assetExists: AssetExists | undefined): Diagnostic[] {
  const problem = assetPathProblem(path);
  if (problem) {
    const hint = "give a path inside the course folder, e.g. `images/logo.png`; packages must not load files from elsewhere";
    return [error(C.unsafePath, `${what} path \`${path}\` ${problem}`, at, hint)];
  }
  if (assetExists && !assetExists(path)) {
    const hint = "check the spelling and case of the path (zip files are case-sensitive)";
    return [error(C.missingFile, `${what} \`${path}\` is not in the course folder`, at, hint)];
  }
  return [];
}

/** Paths of every Markdown value in the course. */
function markdownFields(data: RawMap): Path[] {
  const paths: Path[] = [];
  asList(data.outcomes).forEach((_, i) => paths.push(["outcomes", i, "content"]));
  asList(data.questions).forEach((q, i) => {
    paths.push(["questions", i, "scenario"]);
    if (asMap(q).feedback) paths.push(["questions", i, "feedback", "correct"], ["questions", i, "feedback", "incorrect"]);
  });
  return paths;
}

function markdownChecks(src: SourceDoc, data: RawMap, path: Path, assetExists: AssetExists | undefined): Diagnostic[] {
  const md = asText(valueAt(data, path));
  if (md === undefined) return [];
  return markdownTargets(md).flatMap((target) => {
    const at = locateText(src, path, target.target);
    if (target.kind === "link") {
      if (isAllowedHref(target.target)) return [];
      const hint = "link to an http(s):// page, a mailto: address or a file in the course folder";
      return [error(C.linkNotAllowed, `a link to \`${target.target}\` is not allowed`, at, hint)];
    }
    if (target.nested) {
      const message = `the image \`${target.target}\` is inside emphasis, a link or a heading, where only its description would show`;
      return [error(C.imageInText, message, at, "put the image on a line of its own")];
    }
    return pathChecks(target.target, "the image", at, assetExists);
  });
}
