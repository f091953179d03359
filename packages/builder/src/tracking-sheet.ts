/**
 * The tracking sheet: one self-contained HTML page per package for the LMS admin who uploads it. It says what
 * the package reports (statuses, score scale, mastery, one objective per learning outcome, one interaction
 * per question), the Moodle settings it is made for and why, and the build id that is also in the manifest.
 * No scripts, no external files, every course text escaped; it prints well and opens from a file share.
 */
import type { Course, PackageData } from "@coursepack/course-model";
import type { SafeHtml } from "./html.ts";
import { html } from "./html.ts";
import { BUILD_ID_CATALOG } from "./manifest/metadata.ts";
import { moodleSettings } from "./moodle-settings.ts";
import { versionLabel } from "./package-name.ts";
import type { Recommendation } from "./tracking-facts.ts";
import { completedWhen, interactionType, masteryText, reportedElements } from "./tracking-facts.ts";

export interface TrackingSheetInput {
  readonly data: PackageData;
  /** The zip's file name, e.g. `key-working-1-day-scorm12.zip`. */
  readonly packageName: string;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:62rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#eef2f7}
code{font-family:ui-monospace,monospace;overflow-wrap:anywhere}dt{font-weight:600}dd{margin:0 0 .5rem}`;

export function trackingSheet({ data, packageName }: TrackingSheetInput): string {
  const title = `Tracking sheet: ${data.course.title}${data.variant.label ? ` (${data.variant.label})` : ""}`;
  const page = html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="coursepack-build-id" content="${data.buildId}">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${title}</h1>
${summary(data, packageName)}
${reports(data)}
${outcomes(data.course)}
${questions(data.course)}
${settings(data)}
</main>
</body>
</html>
`;
  return page.value;
}

function summary(data: PackageData, packageName: string): SafeHtml {
  const { course } = data;
  return html`<dl>
<dt>Package</dt><dd><code>${packageName}</code> (${versionLabel(data.scorm)})</dd>
<dt>Build id</dt><dd><code>${data.buildId}</code>: also in the package's manifest metadata (metadata.xml, catalog <code>${BUILD_ID_CATALOG}</code>). If the ids differ, this sheet belongs to another build.</dd>
<dt>Course</dt><dd>${course.title} <code>${course.id}</code>${data.variant.label ? html`, ${data.variant.label}` : ""}</dd>
<dt>Completed when</dt><dd>${completedWhen(course)}</dd>
<dt>Pass mark (mastery)</dt><dd>${masteryText(data.scorm, course)}</dd>
<dt>Score scale</dt><dd>raw score 0-100 (min 0, max 100)</dd>
</dl>`;
}

function reports(data: PackageData): SafeHtml {
  const rows = reportedElements(data.scorm, data.course).map(
    (r) => html`<tr><td><code>${r.element}</code></td><td>${r.values}</td><td>${r.meaning}</td></tr>\n`,
  );
  return html`<h2>What the package reports to the LMS</h2>
<table><thead><tr><th scope="col">Data model element</th><th scope="col">Values</th><th scope="col">Meaning</th></tr></thead>
<tbody>
${rows}</tbody></table>`;
}

function outcomes(course: Course): SafeHtml {
  const rows = course.outcomes.map((o) => {
    const count = course.questions.filter((q) => q.outcomeId === o.id).length;
    return html`<tr><td><code>${o.id}</code></td><td>${o.text}</td><td>${count}</td></tr>\n`;
  });
  return html`<h2>Learning outcomes (objectives)</h2>
<p>One objective per learning outcome, with the objective id shown in LMS reports.</p>
<table><thead><tr><th scope="col">Objective id</th><th scope="col">Learning outcome</th><th scope="col">Questions</th></tr></thead>
<tbody>
${rows}</tbody></table>`;
}

function questions(course: Course): SafeHtml {
  if (course.questions.length === 0) return html`<h2>Questions (interactions)</h2>\n<p>This package has no questions: it reports no interactions and no score.</p>`;
  const rows = course.questions.map(
    (q) => html`<tr><td><code>${q.id}</code></td><td>${interactionType(q.type)}</td><td><code>${q.outcomeId}</code></td><td>${q.prompt}</td></tr>\n`,
  );
  return html`<h2>Questions (interactions)</h2>
<p>One interaction per question, with the interaction id shown in LMS reports.</p>
<table><thead><tr><th scope="col">Interaction id</th><th scope="col">Type</th><th scope="col">Objective</th><th scope="col">Question</th></tr></thead>
<tbody>
${rows}</tbody></table>`;
}

function settings(data: PackageData): SafeHtml {
  const rows = moodleSettings(data.scorm, data.course).map(settingRow);
  return html`<h2>Moodle activity settings</h2>
<p>The settings this package is made for, on the SCORM package activity's form. Other LMSs have similar settings under other names.</p>
<table><thead><tr><th scope="col">Section</th><th scope="col">Setting</th><th scope="col">Value</th><th scope="col">Why</th></tr></thead>
<tbody>
${rows}</tbody></table>`;
}

function settingRow(r: Recommendation): SafeHtml {
  return html`<tr><td>${r.section}</td><td>${r.setting}</td><td><strong>${r.value}</strong></td><td>${r.why}</td></tr>\n`;
}
