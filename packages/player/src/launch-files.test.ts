import { describe, expect, test } from "vitest";
import { CONTENT_MODULE, LAUNCH_PAGE, readContentModule, readPackageData, renderContentModule, renderLaunchFiles, renderLaunchPage, splitCourse } from "@coursepack/player/build";
import type { CourseContent } from "@coursepack/player/build";
import type { Course } from "@coursepack/course-model";
import { PAYLOAD, fixtureCourse, packageData, payloadCourse } from "./testing/fixtures.ts";

/** Text that has broken JSON-in-HTML and JSON-in-JS writers: script ends, comments, line separators, template syntax. */
const NASTY = `</script><script>window.__xss=1</script><!-- \u2028 \u2029 \` \${globalThis.__xss=2} " ' \\ \\" \n \r \t \0 \ud83d\ude00 \ud800 {{data}} $& ${PAYLOAD}`;

function nastyCourse(): Course {
  const c = payloadCourse();
  const para = [{ t: "p" as const, c: [{ t: "text" as const, v: NASTY }] }];
  return {
    ...c,
    methods: [NASTY],
    notes: [NASTY],
    outcomes: c.outcomes.map((o) => ({ ...o, content: [...para, ...o.content] })),
    questions: c.questions.map((q) => ({ ...q, scenario: para, choices: q.choices.map((ch) => ({ ...ch, text: `${ch.text} ${NASTY}` })), feedback: { correct: para, incorrect: para } })),
  };
}

/** Runs a module's source as the browser would and returns its default export. */
async function run(source: string): Promise<unknown> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`)) as { default: unknown };
  return module.default;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("the content module", () => {
  const { content } = splitCourse(packageData(nastyCourse()));
  const source = renderContentModule(content);

  test("is one JSON.parse of one string literal, with no character that could end the string or a script element", () => {
    expect(source).toMatch(/^export default JSON\.parse\('[^\n]*'\);\n$/);
    const literal = source.slice("export default JSON.parse(".length, -");\n".length);
    // Backticks and `${` stay: inside '...' they are plain characters (the run below proves it).
    expect(literal).toContain("`");
    // eslint-disable-next-line no-control-regex -- no raw control character may be left
    expect(literal).not.toMatch(/[<>&\u2028\u2029\u0000-\u001f]/);
    // Every quote and backslash inside is escaped: the literal is one string from its first character to its last.
    expect(literal.slice(1, -1).replace(/\\(\\|'|u[0-9a-f]{4})/g, "")).not.toMatch(/['\\]/);
  });

  test("running it gives the content back, every payload as plain text, and runs nothing", async () => {
    const g = globalThis as { __xss?: number };
    expect(await run(source)).toStrictEqual(JSON.parse(JSON.stringify(content)));
    expect(g.__xss).toBeUndefined();
    expect((await run(source)) as CourseContent).toMatchObject({ methods: [NASTY], notes: [NASTY] });
  });

  test("reads back without running it; anything else reads as null", () => {
    expect(readContentModule(source)).toStrictEqual(JSON.parse(JSON.stringify(content)));
    const others = ["", "export default {}", `${source}alert(1)\n`, "export default JSON.parse('{');\n", "export default JSON.parse('x' + y);\n", "export default JSON.parse('\\n1');\n"];
    for (const other of others) {
      expect(readContentModule(other)).toBeNull();
    }
  });
});

describe("renderLaunchFiles", () => {
  test("the launch page carries the outline and names the module; together they read back as the package data", () => {
    const data = packageData(nastyCourse());
    const files = renderLaunchFiles(data);
    expect(files.map((f) => f.name)).toEqual([LAUNCH_PAGE, CONTENT_MODULE]);
    const page = text(files[0]!.bytes);
    const inline = /<script type="application\/json" id="cp-data">(.*)<\/script>/.exec(page)?.[1] ?? "";
    expect(inline).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(inline)).toMatchObject({ content: CONTENT_MODULE, buildId: data.buildId });
    expect(page.match(/<\/script>/g)).toHaveLength(2); // the player's and the data's own: no course text closed one
    expect(readPackageData(new Map(files.map((f) => [f.name, f.bytes])))).toStrictEqual(JSON.parse(JSON.stringify(data)));
  });

  test("the launch page is a fraction of the whole course inline", () => {
    const data = packageData(fixtureCourse);
    const [page, module] = renderLaunchFiles(data).map((f) => f.bytes.length);
    expect(page! + module!).toBeGreaterThan(renderLaunchPage(data).length);
    expect(page!).toBeLessThan(renderLaunchPage(data).length * 0.6);
  });

  test("readPackageData reads a whole-course launch page, and refuses a module of another build", () => {
    const data = packageData();
    expect(readPackageData(new Map([[LAUNCH_PAGE, new TextEncoder().encode(renderLaunchPage(data))]]))).toStrictEqual(data);
    const [page] = renderLaunchFiles(data);
    const [, other] = renderLaunchFiles({ ...data, buildId: "another-build" });
    expect(() => readPackageData(new Map([[LAUNCH_PAGE, page!.bytes], [CONTENT_MODULE, other!.bytes]]))).toThrow(/does not belong/);
    expect(() => readPackageData(new Map([[LAUNCH_PAGE, page!.bytes]]))).toThrow(/no course-content\.js/);
  });
});
