import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Course } from "@coursepack/course-model";
import { parseCourseSource } from "@coursepack/course-model";
import { refLabel, standardsFileName, standardsMatrix, standardsMatrixHtml } from "./matrix.ts";

function realCourse(id: string): Course {
  const file = fileURLToPath(new URL(`../../../../courses/${id}/course.yaml`, import.meta.url));
  const parsed = parseCourseSource(readFileSync(file), file);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return parsed.value;
}

const relationships = realCourse("relationships-with-service-users");
const keyWorking = realCourse("key-working");
const RELATIONSHIPS_REFS = [
  "Care certificate 1", "Care certificate 3", "Care certificate 5", "Care certificate 7",
  "QCF HSC025", "QCF SHC024", "QCF M3",
  "MIS (2012) 3.2", "MIS (2012) 5.1.4", "MIS (2012) 5.3.1", "MIS (2012) 9.3.3",
];

describe("standardsMatrix", () => {
  it("claims every framework ref of the course for every outcome and question when no mapping is given", () => {
    const m = standardsMatrix(relationships);
    expect(m.attribution).toBe("course");
    expect(m.standards.map((s) => refLabel(s.standard))).toEqual(RELATIONSHIPS_REFS);
    for (const s of m.standards) {
      expect(s.declared).toBe(true);
      expect(s.outcomeIds).toEqual(relationships.outcomes.map((o) => o.id));
      expect(s.questionIds).toHaveLength(31);
    }
    expect(m.outcomes).toHaveLength(16);
    expect(m.outcomes[0]?.questions.map((q) => q.id)).toEqual(["q-professionalism-meaning", "q-code-applies"]);
  });

  it("follows a per-outcome mapping, keeping refs no outcome covers and refs the course does not declare", () => {
    const [o1, o2, o3] = relationships.outcomes.map((o) => o.id) as [string, string, string];
    const m = standardsMatrix(relationships, {
      [o1]: [{ framework: "Care certificate", ref: "3" }, { framework: "QCF", ref: "HSC025" }],
      [o2]: [{ framework: "Care certificate", ref: "3" }],
      [o3]: [{ framework: "Skills for Care", ref: "7" }],
    });
    expect(m.attribution).toBe("outcome");
    const find = (label: string) => m.standards.find((s) => refLabel(s.standard) === label);
    expect(find("Care certificate 3")?.outcomeIds).toEqual([o1, o2]);
    expect(find("Care certificate 3")?.questionIds).toEqual(relationships.questions.filter((q) => q.outcomeId === o1 || q.outcomeId === o2).map((q) => q.id));
    expect(find("Care certificate 1")?.outcomeIds).toEqual([]);
    expect(m.standards.at(-1)).toMatchObject({ standard: { framework: "Skills for Care", ref: "7" }, declared: false, outcomeIds: [o3] });
  });
});

describe("standardsMatrixHtml", () => {
  const page = standardsMatrixHtml(relationships);

  it("says honestly that the claim is for the course as a whole", () => {
    expect(standardsFileName("relationships-with-service-users")).toBe("relationships-with-service-users.standards.html");
    expect(page).toContain("<strong>The course as a whole supports Care certificate 1, 3, 5, 7; QCF HSC025, SHC024, M3; MIS (2012) 3.2, 5.1.4, 5.3.1, 9.3.3.</strong>");
    expect(page).toContain('<tr><th scope="row">Care certificate 3</th><td>All 16 learning outcomes (the course as a whole)</td><td class="ids">All 31 questions</td></tr>');
  });

  it("draws the outcomes × standards grid with grouped, labelled headers", () => {
    expect(page).toContain('<th scope="colgroup" colspan="4">Care certificate</th><th scope="colgroup" colspan="3">QCF</th><th scope="colgroup" colspan="4">MIS (2012)</th>');
    expect(page).toContain('<th scope="col"><span class="visually-hidden">QCF </span>SHC024</th>');
    expect(page.match(/✓<span class="visually-hidden"> evidences<\/span>/g)).toHaveLength(16 * 11);
    expect(page).toContain('<th scope="row">1. What is meant by the term ‘Professionalism’</th>');
    expect(page).toContain('<tr><th scope="row"><code>q-code-applies</code></th><td>1</td>');
    expect(page).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
  });

  it("marks outcomes taught only in some course lengths", () => {
    const html = standardsMatrixHtml(keyWorking);
    expect(html).toContain("The course as a whole supports Care certificate 1; QCF HSC 025.");
    expect(html).toMatch(/ \(2 &amp; 3 day courses only\)<\/th>/);
    expect(html.match(/✓/g)?.length).toBe(29 * 2 + 1); // + the caption's ✓
  });

  it("shows gaps of a per-outcome mapping", () => {
    const html = standardsMatrixHtml(relationships, { [relationships.outcomes[0]?.id ?? ""]: [{ framework: "Care certificate", ref: "3" }] });
    expect(html).toContain("Each learning outcome is mapped to the standards it evidences");
    expect(html).toContain('<tr><th scope="row">Care certificate 1</th><td>none: no learning outcome evidences this standard</td><td class="ids">none</td></tr>');
    expect(html).toContain("<li>1. What is meant by the term ‘Professionalism’</li>");
  });

  it("escapes course text and copes with a course naming no standards", () => {
    const evil: Course = { ...relationships, title: "<script>alert(1)</script>", frameworks: [], outcomes: relationships.outcomes.map((o, i) => (i === 0 ? { ...o, text: "<b>bold</b>" } : o)) };
    const html = standardsMatrixHtml(evil);
    expect(html).not.toMatch(/<script>|<b>/);
    expect(html).toContain("<title>Standards matrix: &lt;script&gt;alert(1)&lt;/script&gt;</title>");
    expect(html).toContain("This course names no standards");
  });
});
