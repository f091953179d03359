import type { PackageData } from "@coursepack/course-model";
import { joinCourse } from "../src/course-content.ts";
import type { LaunchData } from "../src/course-content.ts";
import { readContentModule } from "./content-module.ts";
import { LAUNCH_PAGE } from "./launch-page.ts";

const DATA = /<script type="application\/json" id="cp-data">([\s\S]*?)<\/script>/;

/**
 * The whole package data of a built package's files (name inside the package -> bytes), as the player
 * reads it: the launch page's inline data joined with its content module when it has one. For tools and
 * tests in Node that need the course a package carries; throws when the files do not fit together.
 */
export function readPackageData(files: ReadonlyMap<string, Uint8Array>): PackageData {
  const text = (name: string) => {
    const bytes = files.get(name);
    if (!bytes) throw new Error(`the package has no ${name}`);
    return new TextDecoder().decode(bytes);
  };
  const json = DATA.exec(text(LAUNCH_PAGE))?.[1];
  if (!json) throw new Error(`${LAUNCH_PAGE} carries no course data (#cp-data)`);
  const { content, minutes: _, ...data } = JSON.parse(json) as LaunchData;
  if (content === undefined) return data;
  const whole = joinCourse(data, readContentModule(text(content)));
  if (!whole) throw new Error(`${content} does not belong to this ${LAUNCH_PAGE}`);
  return whole;
}
