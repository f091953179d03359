import path from "node:path";
import type { CourseReport } from "../build-course.ts";
import { writeAllOrNothing } from "../write-output.ts";
import { CATALOGUE_CSV, CATALOGUE_HTML, catalogueCsv, catalogueHtml, type CatalogueEntry } from "./catalogue.ts";

/**
 * dist/catalogue.html and .csv list every package this build wrote. Written after the courses, only when at
 * least one package was built, so a build that failed everywhere leaves the output folder as it was.
 */
export async function writeCatalogue(out: string, courses: readonly CourseReport[]): Promise<string[]> {
  const entries: CatalogueEntry[] = courses.flatMap((c) =>
    c.packages.map((p) => ({ variant: p.contents, scorm: p.scorm, file: path.basename(p.file), bytes: p.bytes, buildId: p.buildId })),
  );
  if (entries.length === 0) return [];
  const encode = (text: string) => new TextEncoder().encode(text);
  await writeAllOrNothing(out, [
    { name: CATALOGUE_HTML, bytes: encode(catalogueHtml(entries)) },
    { name: CATALOGUE_CSV, bytes: encode(catalogueCsv(entries)) },
  ]);
  return [path.join(out, CATALOGUE_HTML), path.join(out, CATALOGUE_CSV)];
}
