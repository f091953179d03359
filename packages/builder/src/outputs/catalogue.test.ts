import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Course } from "@coursepack/course-model";
import { parseCourseSource, SCORM_VERSIONS, variants } from "@coursepack/course-model";
import { packageName } from "../package-name.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import { catalogueCsv, catalogueHtml } from "./catalogue.ts";
import { csvCell } from "./csv.ts";

function realCourse(id: string): Course {
  const file = fileURLToPath(new URL(`../../../../courses/${id}/course.yaml`, import.meta.url));
  const parsed = parseCourseSource(readFileSync(file), file);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return parsed.value;
}

/** What a build of the course makes: every variant in every SCORM version, with made-up sizes and build ids. */
function entriesOf(course: Course, start = 0): CatalogueEntry[] {
  const all = variants(course);
  return all.flatMap((variant, v) =>
    SCORM_VERSIONS.map((scorm, s) => {
      const n = start + v * 3 + s;
      return { variant, scorm, file: packageName(course.id, all.length > 1 ? variant.key : null, scorm), bytes: 1_500_000 + n * 1000, buildId: `b${n}0000000000` };
    }),
  );
}

const keyWorking = realCourse("key-working");
const relationships = realCourse("relationships-with-service-users");
const entries = [...entriesOf(keyWorking), ...entriesOf(relationships, 6)];

/** Splits on CRLF: none of these cells holds a line break. */
function lines(text: string): string[] {
  return text.split("\r\n");
}

describe("catalogueCsv", () => {
  const text = catalogueCsv(entries);

  it("is UTF-8 with a byte order mark, a header row and one row per package: 2 × 3 + 1 × 3 = 9", () => {
    expect(text.startsWith("\uFEFFCourse,Course id,Variant,SCORM version,File,Size (bytes),Build id,Outcomes,Questions,Pass mark,Standards supported,Objective ids\r\n")).toBe(true);
    expect(lines(text)).toHaveLength(1 + 9 + 1);
    expect(lines(text).at(-1)).toBe("");
  });

  it("gives each package its course, variant, version, file, size, build id, counts, pass mark, standards and objective ids", () => {
    const oneDayIds = variants(keyWorking)[0]?.course.outcomes.map((o) => o.id).join(" ");
    expect(lines(text)[1]).toBe(`Key Working,key-working,1 day,SCORM 1.2,key-working-1-day-scorm12.zip,1500000,b00000000000,28,28,80,Care certificate 1; QCF HSC 025,${oneDayIds}`);
    expect(lines(text)[6]).toContain("Key Working,key-working,2-3 days,SCORM 2004 4th Edition,key-working-2-3-days-scorm2004-4th.zip,1505000,b50000000000,29,29,80,");
    // A single-variant course: its course length names what the package covers; the standards hold commas, so quoted.
    expect(lines(text)[7]).toContain(
      'Relationships with Service Users,relationships-with-service-users,1 Day,SCORM 1.2,relationships-with-service-users-scorm12.zip,1506000,b60000000000,16,31,80,"Care certificate 1, 3, 5, 7; QCF HSC025, SHC024, M3; MIS (2012) 3.2, 5.1.4, 5.3.1, 9.3.3",what-is-meant-by-the-term-professionalism what-is-meant',
    );
  });

  it("quotes per RFC 4180 and defuses formulas", () => {
    expect(csvCell('Say "hi", then go')).toBe('"Say ""hi"", then go"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(80)).toBe("80");
    for (const formula of ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\t=1", " =1"]) expect(csvCell(formula).replace(/^"/, "")).toMatch(/^'/);
    const evil: Course = { ...relationships, title: "=cmd|' /C calc'!A0", frameworks: [{ name: "@risk", refs: ["1"] }] };
    const row = lines(catalogueCsv(entriesOf(evil)))[1] ?? "";
    expect(row.startsWith("'=cmd|' /C calc'!A0,")).toBe(true);
    expect(row).toContain(",'@risk 1,");
  });

  it("leaves the pass mark empty for a completion-only course", () => {
    const open: Course = { ...relationships, assessment: { ...relationships.assessment, passMark: null } };
    expect(lines(catalogueCsv(entriesOf(open)))[1]).toContain(",16,31,,");
  });
});

describe("catalogueHtml", () => {
  const page = catalogueHtml(entries);

  it("is a self-contained page: no scripts, no external resources", () => {
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).not.toMatch(/<script|<link|<img|src=|@import|url\(|https?:/i);
  });

  it("is an accessible table: a caption, column headers and a row header per package", () => {
    expect(page).toContain("<caption>9 packages from 2 courses</caption>");
    expect(page.match(/<th scope="col">/g)).toHaveLength(11);
    expect(page.match(/<th scope="row">/g)).toHaveLength(9);
    expect(page).toContain('<th scope="row"><a href="key-working-1-day-scorm12.zip"><code>key-working-1-day-scorm12.zip</code></a><br><a href="key-working-1-day-scorm12.zip.tracking.html">tracking sheet</a></th><td class="num">1.4 MB</td>');
    expect(page).toContain('<a href="relationships-with-service-users.standards.html">standards matrix</a>');
    expect(page).toContain("<td>Care certificate 1, 3, 5, 7; QCF HSC025, SHC024, M3; MIS (2012) 3.2, 5.1.4, 5.3.1, 9.3.3</td>");
  });

  it("lists the objective ids once per course variant, linked from each package's row", () => {
    expect(page.match(/<a href="#ids-key-working-1-day">28 objective ids<\/a>/g)).toHaveLength(3);
    expect(page.match(/<a href="#ids-relationships-with-service-users">16 objective ids<\/a>/g)).toHaveLength(3);
    expect(page.match(/<h3 id="ids-/g)).toHaveLength(3);
    const twoThree = page.slice(page.indexOf('<h3 id="ids-key-working-2-3-days">Key Working, 2-3 days</h3>'));
    expect(twoThree.slice(0, twoThree.indexOf("</ul>")).match(/<li><code>[a-z-]+<\/code><\/li>/g)).toHaveLength(29);
  });

  it("escapes course text", () => {
    const evil: Course = { ...relationships, title: "<script>alert(1)</script>", frameworks: [{ name: "A & B", refs: ['"1"'] }] };
    const html = catalogueHtml(entriesOf(evil));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("A &amp; B &quot;1&quot;");
  });
});
