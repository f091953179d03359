import { describe, expect, it } from "vitest";
import { namespaceAt } from "./xml-query.ts";
import { scanXml } from "./xml-scan.ts";

describe("scanXml", () => {
  it("keeps literal names, attributes, lines and decoded text", () => {
    const xml = `<?xml version="1.0"?>\n<!-- c -->\n<m xmlns="urn:a" xmlns:p='urn:b'>\n  <p:x a="1 &amp; 2">t &lt;<![CDATA[<raw>]]>&#65;&#x42;</p:x>\n  <y/>\n</m>\n`;
    const scan = scanXml(xml);
    if (!scan.ok) throw new Error(scan.message);
    const [x, y] = scan.root.children;
    expect(scan.root.name).toBe("m");
    expect(x?.name).toBe("p:x");
    expect(x?.line).toBe(4);
    expect(x?.attributes).toEqual([{ name: "a", value: "1 & 2" }]);
    expect(x?.text).toBe("t <<raw>AB");
    expect(y?.line).toBe(5);
    expect(x && namespaceAt(x, "p")).toBe("urn:b");
    expect(y && namespaceAt(y, null)).toBe("urn:a");
  });

  it.each([
    ['<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<m>&x;</m>', 1],
    ['<?xml version="1.0"?>\n\n<!ENTITY x "y"><m/>', 3],
  ])("stops at a document type or entity declaration: %s", (xml, line) => {
    expect(scanXml(xml)).toMatchObject({ ok: false, reason: "doctype", line });
  });

  it.each([
    ["<m><a></m>", "does not match"],
    ["<m>", "never closed"],
    ["<m a=1/>", "attribute"],
    ["<m/><n/>", "more than one root"],
    ["text", "outside the root"],
    ["<m><!-- open</m>", "unterminated comment"],
    ["<a>".repeat(300) + "</a>".repeat(300), "nested deeper than 256"],
  ])("reports malformed XML: %s", (xml, message) => {
    const scan = scanXml(xml);
    expect(scan.ok).toBe(false);
    if (!scan.ok) expect(scan.message).toContain(message);
  });

  it("leaves unknown entity references as written (libxml2 reports them)", () => {
    const scan = scanXml("<m>&nope; &#0;</m>");
    expect(scan.ok && scan.root.text).toBe("&nope; &#0;");
  });
});
