/**
 * dist/catalogue.html and dist/catalogue.csv: every package of a build, for the LMS admin who uploads them
 * and the organisation that keeps a register of its courses. One row per package, the same facts in both
 * files: course, variant, SCORM version, file, size, build id, outcomes, questions, pass mark, standards and
 * the objective ids the LMS will report.
 */
import type { CourseVariant, ScormVersion } from "@coursepack/course-model";
import type { SafeHtml } from "../html.ts";
import { html } from "../html.ts";
import { sheetName, versionLabel } from "../package-name.ts";
import type { CsvCell } from "./csv.ts";
import { csv } from "./csv.ts";
import { standardsFileName } from "./matrix.ts";
import { page, standardsText } from "./page.ts";

/** One built package: what build-course knows once the zip is made. */
export interface CatalogueEntry {
  /** The variant packaged: its key and label, and its course (only the variant's outcomes and questions). */
  readonly variant: CourseVariant;
  readonly scorm: ScormVersion;
  /** The zip's file name in the output folder, e.g. `key-working-1-day-scorm12.zip`. */
  readonly file: string;
  readonly bytes: number;
  readonly buildId: string;
}

export const CATALOGUE_HTML = "catalogue.html";
export const CATALOGUE_CSV = "catalogue.csv";

const HEADER = ["Course", "Course id", "Variant", "SCORM version", "File", "Size (bytes)", "Build id", "Outcomes", "Questions", "Pass mark", "Standards supported", "Objective ids"];

interface Row {
  readonly entry: CatalogueEntry;
  readonly variant: string;
  readonly outcomes: number;
  readonly questions: number;
  readonly passMark: number | null;
  readonly standards: string;
  readonly objectiveIds: readonly string[];
}

function rows(entries: readonly CatalogueEntry[]): Row[] {
  return entries.map((entry) => {
    const { course } = entry.variant;
    return {
      entry,
      // A course with one outcome set has no variant label: its course length says what the package covers.
      variant: entry.variant.label ?? course.duration.label,
      outcomes: course.outcomes.length,
      questions: course.questions.length,
      passMark: course.assessment.passMark,
      standards: standardsText(course.frameworks),
      objectiveIds: course.outcomes.map((o) => o.id),
    };
  });
}

/** The CSV: a header row, one row per package; objective ids separated by spaces; no pass mark is empty. */
export function catalogueCsv(entries: readonly CatalogueEntry[]): string {
  const body = rows(entries).map((r): CsvCell[] => [
    r.entry.variant.course.title, r.entry.variant.course.id, r.variant, versionLabel(r.entry.scorm), r.entry.file, r.entry.bytes,
    r.entry.buildId, r.outcomes, r.questions, r.passMark, r.standards, r.objectiveIds.join(" "),
  ]);
  return csv(HEADER, body);
}

export function catalogueHtml(entries: readonly CatalogueEntry[]): string {
  const courses = new Set(entries.map((e) => e.variant.course.id)).size;
  const caption = `${plural(entries.length, "package")} from ${plural(courses, "course")}`;
  const head = HEADER.filter((h) => h !== "Course id").map((h) => html`<th scope="col">${h === "Size (bytes)" ? "Size" : h}</th>`);
  const body = html`<p>Every SCORM package of this build. Each file name links to the package; its tracking sheet says what it reports to the LMS and how to set up the activity. The catalogue is also in <a href="catalogue.csv">catalogue.csv</a> for spreadsheets.</p>
<table>
<caption>${caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows(entries).map(rowHtml)}</tbody>
</table>
${objectiveLists(entries)}`;
  return page("Course package catalogue", body);
}

function rowHtml(r: Row): SafeHtml {
  const { entry } = r;
  const { course } = entry.variant;
  return html`<tr><td>${course.title}<br><a href="${standardsFileName(course.id)}">standards matrix</a></td><td>${r.variant}</td><td>${versionLabel(entry.scorm)}</td>
<th scope="row"><a href="${entry.file}"><code>${entry.file}</code></a><br><a href="${sheetName(entry.file)}">tracking sheet</a></th><td class="num">${size(entry.bytes)}</td><td><code class="nowrap">${entry.buildId}</code></td>
<td class="num">${r.outcomes}</td><td class="num">${r.questions}</td><td>${r.passMark === null ? "none (completion only)" : `${r.passMark}%`}</td>
<td>${r.standards || "none named"}</td><td><a href="#${idsAnchor(entry)}">${r.objectiveIds.length} objective ids</a></td></tr>
`;
}

/** The packages of one variant share their objective ids: listed once per variant, below the table. */
function objectiveLists(entries: readonly CatalogueEntry[]): SafeHtml {
  const seen = new Set<string>();
  const lists = entries.flatMap((entry) => {
    const anchor = idsAnchor(entry);
    if (seen.has(anchor)) return [];
    seen.add(anchor);
    const { course, label } = entry.variant;
    const ids = course.outcomes.map((o) => html`<li><code>${o.id}</code></li>`);
    return [html`<h3 id="${anchor}">${course.title}${label ? `, ${label}` : ""}</h3>\n<ul class="ids">${ids}</ul>\n`];
  });
  return html`<h2>Objective ids</h2>
<p>The objective id of each learning outcome, as LMS reports show it, for each course and variant.</p>
${lists}`;
}

function idsAnchor(entry: CatalogueEntry): string {
  return `ids-${entry.variant.course.id}${entry.variant.key ? `-${entry.variant.key}` : ""}`;
}

/** Sizes as an LMS upload form states its limit (1 MB = 1024 × 1024 bytes). */
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
