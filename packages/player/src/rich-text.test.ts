import { describe, expect, test } from "vitest";
import { safeHref, safeImageSrc } from "./rich-text.ts";

describe("links and images from course text", () => {
  test.each([
    ["https://www.cqc.org.uk/", true],
    ["http://example.org/a?b#c", true],
    ["mailto:training@example.org", true],
    ["tel:+441234567890", true],
    ["handouts/policy.pdf", true],
    ["javascript:window.__xss=1", false],
    ["JavaScript:window.__xss=1", false],
    [" javascript:window.__xss=1", false],
    ["java\tscript:window.__xss=1", false],
    ["java\nscript:window.__xss=1", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["vbscript:msgbox(1)", false],
    ["/etc/passwd", false],
    ["", false],
  ])("link %j allowed: %s", (href, allowed) => {
    expect(safeHref(href) !== null).toBe(allowed);
  });

  test.each([
    ["assets/team.png", true],
    ["data:image/png;base64,iVBORw0KGgo=", true],
    ["data:image/svg+xml,%3Csvg%3E%3C/svg%3E", true],
    ["https://tracker.example/pixel.png", false],
    ["//tracker.example/pixel.png", false],
    ["\\\\tracker.example\\pixel.png", false],
    ["/assets/team.png", false],
    ["data:text/html,hello", false],
    ["javascript:alert(1)", false],
  ])("image %j allowed: %s", (src, allowed) => {
    expect(safeImageSrc(src) !== null).toBe(allowed);
  });
});
