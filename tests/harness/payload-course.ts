/**
 * A hostile course source for the security tests: the real relationships course with every text an author
 * (or an imported profile) can write replaced by markup and script payloads, written into a folder of the
 * test's own. Each text keeps a plain label before its payload ("title", "outcome 3"), so a failure says
 * which field it came from.
 */
import { readFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { EN_GB } from "@coursepack/player";
import { parse, stringify } from "yaml";
import { REPO } from "./build-once.ts";

/** Every payload sets `window.__xss` if it ever runs, in the module's frame or (through `parent`) the LMS page. */
export const PAYLOADS = [
  `<img src=x onerror="window.__xss=1">`,
  `<script>window.__xss=1</script>`,
  `"><svg onload=window.__xss=1>`,
  `</script><script>window.__xss=1</script>`,
  `javascript:window.__xss=1`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  // Out of a JavaScript string (the content module) or a template ({{data}} in the launch page).
  `'); window.__xss=1; ('`,
  "`${window.__xss=1}` {{data}} {name}",
] as const;

/** The Markdown payload of a Markdown field: raw HTML in every block kind, a hostile link text and image alt. */
export function markdownPayload(label: string): string {
  return [
    `${label}: ${PAYLOADS[0]} and ${PAYLOADS[1]}`,
    `### ${PAYLOADS[2]}`,
    PAYLOADS[3],
    PAYLOADS[5],
    `- item ${PAYLOADS[0]}\n- item ${PAYLOADS[6]}`,
    `> quoted ${PAYLOADS[2]}`,
    `A link [${PAYLOADS[0]}](${LINK_TARGET}) and the words ${PAYLOADS[4]}.`,
    `\`${PAYLOADS[1]}\``,
    `![${PAYLOADS[0]}](${LOGO})`,
  ].join("\n\n");
}

export const PAYLOAD_COURSE_ID = "payload-course";
/** The target of the Markdown links: a web address carrying an encoded payload. */
export const LINK_TARGET = "https://example.invalid/?q=%22%3E%3Csvg%20onload%3Dwindow.__xss%3D1%3E";
/** The logo and the Markdown images: a real 1×1 PNG in the course folder. */
const LOGO = "images/logo.png";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=", "base64");
/** UI strings the bot and the test press or look for: left as they are so the course can be walked. */
const KEEP = new Set(["welcome.start", "welcome.resume", "question.check", "section.continue", "section.finish", "assessment.submit", "results.title", "results.certificate", "certificate.back"]);

type Yaml = Record<string, unknown> & { outcomes: Yaml[]; questions: Yaml[] };

/** Writes the payload course into `dir` (course.yaml and its logo); returns the folder. */
export async function writePayloadCourse(dir: string): Promise<string> {
  const source = parse(await readFile(path.join(REPO, "courses/relationships-with-service-users/course.yaml"), "utf8")) as Yaml;
  let n = 0;
  const text = (label: string) => `${label} ${PAYLOADS[n++ % PAYLOADS.length]}`;
  const course = {
    ...source,
    id: PAYLOAD_COURSE_ID,
    title: text("title"),
    description: (source.description as string[]).map((_, i) => text(`description ${i + 1}`)),
    audience: text("audience"),
    frameworks: (source.frameworks as Yaml[]).map((f, i) => ({ name: text(`framework ${i + 1}`), refs: (f.refs as string[]).map((_, j) => text(`ref ${i + 1}.${j + 1}`)) })),
    statements: (source.statements as string[]).map((_, i) => text(`statement ${i + 1}`)),
    methods: (source.methods as string[]).map((_, i) => text(`method ${i + 1}`)),
    notes: [text("note")],
    // A pass mark of 0: the bot (first choices) passes, so the certificate is shown too.
    assessment: { ...(source.assessment as Yaml), pass_mark: 0 },
    scorm: ["1.2", "2004-4"],
    branding: { organisation: text("organisation"), logo: LOGO },
    strings: Object.fromEntries(Object.entries(EN_GB).filter(([key]) => !KEEP.has(key)).map(([key, value]) => [key, `${value} ${PAYLOADS[n++ % PAYLOADS.length]}`])),
    outcomes: source.outcomes.map((o, i) => ({ ...o, text: text(`outcome ${i + 1}`), content: markdownPayload(`content ${i + 1}`) })),
    questions: source.questions.map((q, i) => ({
      ...q,
      scenario: markdownPayload(`scenario ${i + 1}`),
      prompt: text(`prompt ${i + 1}`),
      ...(Array.isArray(q.choices) ? { choices: (q.choices as Yaml[]).map((c, j) => ({ ...c, text: text(`choice ${i + 1}.${j + 1}`) })) } : {}),
      feedback: { correct: markdownPayload(`right ${i + 1}`), incorrect: markdownPayload(`wrong ${i + 1}`) },
    })),
  };
  const folder = path.join(dir, PAYLOAD_COURSE_ID);
  await mkdir(path.join(folder, path.dirname(LOGO)), { recursive: true });
  await writeFile(path.join(folder, LOGO), PNG);
  await writeFile(path.join(folder, "course.yaml"), stringify(course, { lineWidth: 0 }));
  return folder;
}
