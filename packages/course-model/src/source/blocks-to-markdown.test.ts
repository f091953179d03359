import { describe, expect, it } from "vitest";
import { blocksToMarkdown, markdownTargets, renderMarkdown } from "@coursepack/course-model";
import { assetPathProblem, isAllowedHref } from "./asset-path.ts";

/** What parseCourseSource accepts: it reports refused targets and images inside emphasis, links or headings. */
function accepted(md: string): boolean {
  return markdownTargets(md).every((t) => (t.kind === "link" ? isAllowedHref(t.target) : !t.nested && assetPathProblem(t.target) === null));
}

/** Small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  "care", "Sam", " ", "  ", "worker's", "1.", "2)", "*", "_", "`", "``", "[", "]", "(", ")", "](", "<", ">",
  "&amp;", "&", "#", "# ", "### ", "#### ", "- ", "+ ", "* ", "1. ", "3) ", "> ", "\n", "\n\n", "\n  ", "\\", "!",
  "===", "---", "~~~", "***both***", "**a *b* c**", "*a **b** c*", "**_x_**", "![a photo](images/a.png)", "![](b c.png)", "[link](https://e.org/a_(b))",
  "[mail](mailto:x@y.org)", "<https://e.org>", "<x@y.org>", "`code`", "*em*", "**strong**", "_u_", "\\\n", "  \n",
  "é", "“quoted”", "<script>", "&#60;", "9", ".", ":", "|", "    indented",
];

function randomMarkdown(next: () => number): string {
  const length = 1 + Math.floor(next() * 40);
  let out = "";
  for (let i = 0; i < length; i++) out += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
  return out;
}

describe("blocksToMarkdown", () => {
  const samples = [
    "Plain text with *em*, **strong**, `code` and [a link](https://example.org).",
    "# Heading one\n\n#### Deep heading\n\nText after.",
    "- one\n- two\n  - nested\n\n1. first\n2. second",
    "- a\n\n  second paragraph\n- b",
    "- a\n- b\n\n* c\n* d",
    "1. a\n\n1) b",
    "> a quote\n>\n> - with a list",
    "![A hoist](images/hoist.png)\n\nText ![inline](x.png) more",
    "Text with \\*stars\\*, 2 < 3, a & b, &amp;, C#, snake_case and [brackets].",
    "1\\. not a list\n\n\\# not a heading\n\n\\- not a bullet\n\n\\> not a quote",
    "line one\\\nline two\\\n# not a heading",
    "***strong em*** and **_mixed_ text** and *em **strong***",
    "Heading with break\\\nsecond line\n===",
    "### C #",
    "`` a ` b `` and ` `` ` and `  x  `",
    "```\ncode line\n\n  indented\n```",
    "[link *em*](<a b (c).pdf>) and <https://e.org/x?a=1&b=2>",
  ];

  it.each(samples)("round-trips through renderMarkdown: %j", (md) => {
    const blocks = renderMarkdown(md);
    expect(renderMarkdown(blocksToMarkdown(blocks))).toEqual(blocks);
  });

  it("keeps ordinary prose free of needless escapes", () => {
    const md = "Sam's key worker (John) meets him every week: 10 minutes, 2-3 times. It's a plan!";
    expect(blocksToMarkdown(renderMarkdown(md))).toBe(md);
  });

  it("round-trips 3000 random Markdown texts made of tricky fragments", () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 3000; seed++) {
      const md = randomMarkdown(random(seed));
      if (!accepted(md)) continue;
      const blocks = renderMarkdown(md);
      const again = renderMarkdown(blocksToMarkdown(blocks));
      if (JSON.stringify(again) !== JSON.stringify(blocks)) failures.push(`seed ${seed}: ${JSON.stringify(md)}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
