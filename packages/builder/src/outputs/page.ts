/**
 * The shell of the admin pages written into dist/ (catalogue, standards matrices): one self-contained HTML
 * file each, no scripts, no external files, styles inline, printable, opened from a file share as well as a
 * web server. Every value goes through the escaping `html` template.
 */
import { html, SafeHtml } from "../html.ts";

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:80rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:600;padding:.35rem 0}th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef2f7}tbody th{font-weight:normal}code{font-family:ui-monospace,monospace;overflow-wrap:anywhere}
.ids{font-size:.85rem}.nowrap{white-space:nowrap;overflow-wrap:normal}.num{text-align:right}.mark{text-align:center}dt{font-weight:600}dd{margin:0 0 .5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
a{color:#1d4f91}@media print{a{color:inherit}}`;

export function page(title: string, body: SafeHtml, language = "en-GB"): string {
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`.value;
}

/** "Care certificate 1, 3, 5, 7; QCF HSC025" */
export function standardsText(frameworks: readonly { readonly name: string; readonly refs: readonly string[] }[]): string {
  return frameworks.map((f) => `${f.name} ${f.refs.join(", ")}`).join("; ");
}
