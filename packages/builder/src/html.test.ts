import { describe, expect, it } from "vitest";
import { escapeHtml, html, SafeHtml } from "./html.ts";

describe("html template", () => {
  it("escapes every interpolated string, including quotes for attributes", () => {
    const title = `<script>alert("x")</script> & 'more'`;
    expect(html`<h1 title="${title}">${title}</h1>`.value).toBe(
      `<h1 title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;</h1>`,
    );
  });

  it("keeps nested templates as HTML and joins arrays", () => {
    const items = ["a<b", "c"].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe("<ul><li>a&lt;b</li><li>c</li></ul>");
  });

  it("renders numbers, and nothing for null, undefined and false", () => {
    expect(html`${0}|${null}|${undefined}|${false}|${42}`.value).toBe("0||||42");
  });

  it("does not trust a plain string that looks like markup", () => {
    expect(html`${"<b>bold</b>"}`.value).toBe("&lt;b&gt;bold&lt;/b&gt;");
    expect(html`${new SafeHtml("<b>bold</b>")}`.value).toBe("<b>bold</b>");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});
