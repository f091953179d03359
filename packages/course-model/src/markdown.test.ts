import { describe, expect, it } from "vitest";
import { renderMarkdown, markdownTargets } from "@coursepack/course-model";
import type { Block, Inline } from "@coursepack/course-model";

const text = (v: string): Inline => ({ t: "text", v });
const p = (...c: Inline[]): Block => ({ t: "p", c });

/** Every string anywhere in the blocks, to assert that nothing became markup or a live target. */
function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

function allHrefs(blocks: readonly Block[]): string[] {
  const hrefs: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      const node = value as { t?: string; href?: string; src?: string };
      if (node.t === "link") hrefs.push(node.href!);
      if (node.t === "img") hrefs.push(node.src!);
      Object.values(value).forEach(visit);
    }
  };
  visit(blocks);
  return hrefs;
}

describe("renderMarkdown: structure", () => {
  it("turns paragraphs, emphasis, strong and code into inline data", () => {
    expect(renderMarkdown("Hello *you* and **them** with `code`.\n\nSecond.")).toEqual([
      p(text("Hello "), { t: "em", c: [text("you")] }, text(" and "), { t: "strong", c: [text("them")] }, text(" with "), { t: "code", v: "code" }, text(".")),
      p(text("Second.")),
    ]);
  });

  it("joins soft line breaks with a space and keeps hard breaks", () => {
    expect(renderMarkdown("one\ntwo\\\nthree")).toEqual([p(text("one two"), { t: "br" }, text("three"))]);
  });

  it("maps every heading level to 3 or 4, below the player's section headings", () => {
    const levels = renderMarkdown("# a\n\n## b\n\n### c\n\n#### d\n\n##### e\n\n###### f").map((b) => (b.t === "h" ? b.level : 0));
    expect(levels).toEqual([3, 3, 3, 4, 4, 4]);
  });

  it("keeps lists (tight or loose alike), nested lists and quotes", () => {
    const tight = renderMarkdown("- a\n- b\n  1. x\n  2. y");
    const loose = renderMarkdown("- a\n\n- b\n\n  1. x\n  2. y");
    const expected: Block[] = [{ t: "ul", items: [[p(text("a"))], [p(text("b")), { t: "ol", items: [[p(text("x"))], [p(text("y"))]] }]] }];
    expect(tight).toEqual(expected);
    expect(loose).toEqual(expected);
    expect(renderMarkdown("> quoted\n>\n> - item")).toEqual([{ t: "quote", c: [p(text("quoted")), { t: "ul", items: [[p(text("item"))]] }] }]);
  });

  it("splits a paragraph around an image, trimming the edges", () => {
    expect(renderMarkdown("Look: ![A hoist](images/hoist.png) then rest")).toEqual([
      p(text("Look:")),
      { t: "img", src: "images/hoist.png", alt: "A hoist" },
      p(text("then rest")),
    ]);
  });

  it("gives image paths as file paths: decoded, relative", () => {
    expect(renderMarkdown("![Café *sign*](<images/café sign.png>)")).toEqual([{ t: "img", src: "images/café sign.png", alt: "Café sign" }]);
  });

  it("drops thematic breaks and turns code blocks into lines of code", () => {
    expect(renderMarkdown("a\n\n---\n\n```\nline 1\n\nline 2\n```")).toEqual([
      p(text("a")),
      p({ t: "code", v: "line 1" }, { t: "br" }, { t: "code", v: "line 2" }),
    ]);
  });

  it("gives nothing for empty text", () => {
    expect(renderMarkdown("")).toEqual([]);
    expect(renderMarkdown("   \n\n")).toEqual([]);
  });
});

describe("renderMarkdown: safety", () => {
  const payloads = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<iframe src=//evil.example></iframe>",
    "<svg onload=alert(1)>",
    "<!-- comment --><style>body{}</style>",
  ];

  it.each(payloads)("keeps raw HTML as literal text: %s", (html) => {
    const blocks = renderMarkdown(html);
    expect(blocks).toEqual([p(text(html))]);
  });

  it("keeps an HTML block as text, even on its own lines", () => {
    expect(renderMarkdown("<div>\n<script>alert(1)</script>\n</div>")).toEqual([
      p(text("<div> <script>alert(1)</script> </div>")),
    ]);
  });

  const badLinks = [
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](<javascript:alert(1)>)",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD4=)",
    "[click](file:///etc/passwd)",
    "[click](//evil.example/x)",
    "[click](  javascript:alert(1))",
    "[click](java\u0000script:alert(1))",
    "<javascript:alert(1)>",
    "[click](javascript&colon;alert(1))",
    "[click](javascript:alert(1) \"title\")",
    "[click][ref]\n\n[ref]: javascript:alert(1)",
    "[click](%6Aavascript:alert(1))",
    "![click](javascript:alert(1))",
  ];

  it.each(badLinks)("never yields a link a browser would run or send off-site: %s", (md) => {
    const blocks = renderMarkdown(md);
    // What a browser would do with each href inside a package served from course.example.
    for (const href of allHrefs(blocks)) {
      const url = new URL(href, "https://course.example/pkg/index.html");
      expect(url.origin, href).toBe("https://course.example");
    }
    if (md.startsWith("[")) expect(allStrings(blocks).join(" ")).toContain("click");
  });

  it("drops a javascript: link outright and keeps its words as text", () => {
    expect(renderMarkdown("Do [click here](javascript:alert(1)) now")).toEqual([p(text("Do click here now"))]);
  });

  it("keeps http(s), mailto and relative links, percent-encoded", () => {
    const blocks = renderMarkdown("[a](https://example.org/x?y=1) [b](http://e.org) [c](mailto:a@b.org) [d](handout.pdf) [e](#top) [f](<a b.pdf>)");
    expect(allHrefs(blocks)).toEqual(["https://example.org/x?y=1", "http://e.org", "mailto:a@b.org", "handout.pdf", "#top", "a%20b.pdf"]);
  });

  it("refuses images from URLs, absolute paths or above the folder, keeping the alt text", () => {
    for (const src of ["https://evil.example/a.png", "/etc/a.png", "../a.png", "a/../../b.png", "javascript:alert(1)", "data:image/png;base64,AAAA", "//evil.example/a.png"]) {
      expect(renderMarkdown(`![Alt](${src})`), src).toEqual([p(text("Alt"))]);
    }
  });

  it("makes an image inside a link or heading its alt text, never a block", () => {
    expect(renderMarkdown("[![Logo](logo.png)](https://e.org)")).toEqual([p({ t: "link", href: "https://e.org", c: [text("Logo")] })]);
    expect(renderMarkdown("### ![Logo](logo.png) Title")).toEqual([{ t: "h", level: 3, c: [text("Logo Title")] }]);
  });

  it("decodes entities to text, so `&lt;script&gt;` is the characters, not a tag", () => {
    expect(renderMarkdown("&lt;script&gt; &amp; &#60;b&#62;")).toEqual([p(text("<script> & <b>"))]);
  });
});

describe("markdownTargets", () => {
  it("lists every link and image target, refused ones included", () => {
    expect(markdownTargets("[a](javascript:x) ![b](../up.png) [c](https://e.org) ![d](<images/my pic.png>)")).toEqual([
      { kind: "link", target: "javascript:x", nested: false },
      { kind: "image", target: "../up.png", nested: false },
      { kind: "link", target: "https://e.org", nested: false },
      { kind: "image", target: "images/my pic.png", nested: false },
    ]);
  });

  it("marks images inside emphasis, links or headings as nested", () => {
    const nested = (md: string): boolean[] => markdownTargets(md).filter((t) => t.kind === "image").map((t) => t.nested);
    expect(nested("*![a](a.png)* [![b](b.png)](https://e.org) ![c](c.png)\n\n## ![d](d.png)")).toEqual([true, true, false, true]);
  });
});
