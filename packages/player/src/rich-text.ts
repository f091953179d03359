import { html } from "lit";
import type { TemplateResult } from "lit";
import type { Block, Inline } from "@coursepack/course-model";
import type { Translate } from "./strings.ts";

/**
 * Course text arrives as data (Block/Inline trees made from Markdown at build time) and is rendered by Lit
 * templates, which only ever set text and attribute values: course text can never become markup, so there
 * is no innerHTML or unsafeHTML anywhere in the player.
 */
export function renderBlocks(blocks: readonly Block[], t: Translate): TemplateResult[] {
  return blocks.map((block) => renderBlock(block, t));
}

function renderBlock(block: Block, t: Translate): TemplateResult {
  switch (block.t) {
    case "p":
      return html`<p>${renderInlines(block.c, t)}</p>`;
    case "h":
      // The screen's own title is the h1, so Markdown's ### and #### become h2 and h3: no skipped levels.
      return block.level === 3 ? html`<h2>${renderInlines(block.c, t)}</h2>` : html`<h3>${renderInlines(block.c, t)}</h3>`;
    case "ul":
      return html`<ul>${block.items.map((item) => html`<li>${renderBlocks(item, t)}</li>`)}</ul>`;
    case "ol":
      return html`<ol>${block.items.map((item) => html`<li>${renderBlocks(item, t)}</li>`)}</ol>`;
    case "quote":
      return html`<blockquote>${renderBlocks(block.c, t)}</blockquote>`;
    case "img": {
      const src = safeImageSrc(block.src);
      return src ? html`<img src=${src} alt=${block.alt} />` : html`<p>${block.alt}</p>`;
    }
  }
}

function renderInlines(inlines: readonly Inline[], t: Translate): (TemplateResult | string)[] {
  return inlines.map((inline) => renderInline(inline, t));
}

function renderInline(inline: Inline, t: Translate): TemplateResult | string {
  switch (inline.t) {
    case "text":
      return inline.v;
    case "em":
      return html`<em>${renderInlines(inline.c, t)}</em>`;
    case "strong":
      return html`<strong>${renderInlines(inline.c, t)}</strong>`;
    case "code":
      return html`<code>${inline.v}</code>`;
    case "br":
      return html`<br />`;
    case "link": {
      const href = safeHref(inline.href);
      if (!href) return html`${renderInlines(inline.c, t)}`;
      // Inside an LMS frame a followed link would replace the course: open it beside the course instead.
      return html`<a href=${href} target="_blank" rel="noopener noreferrer">${renderInlines(inline.c, t)}<span
          class="visually-hidden"> ${t("link.newWindow")}</span></a>`;
    }
  }
}

/** Where relative paths resolve while they are checked: any URL still on this origin stayed in the package. */
const PACKAGE = "https://package.invalid/";
const PACKAGE_ORIGIN = new URL(PACKAGE).origin;

/**
 * Lit does not vet URLs: only web, mail and phone links, and paths inside the package, are linked.
 * Checked with the same WHATWG URL parser the browser uses, so "java\tscript:" or "JAVASCRIPT:" read as
 * what they are.
 */
export function safeHref(href: string): string | null {
  const url = parseUrl(href);
  if (!url) return null;
  if (url.origin === PACKAGE_ORIGIN) return isPackagePath(href) ? href : null;
  return ["http:", "https:", "mailto:", "tel:"].includes(url.protocol) ? href : null;
}

/** Images come from the package or are data: images (the CSP allows 'self' and data: only). */
export function safeImageSrc(src: string): string | null {
  const url = parseUrl(src);
  if (!url) return null;
  if (url.protocol === "data:") return /^data:image\/[a-z0-9.+-]+[;,]/i.test(src.trim()) ? src : null;
  return url.origin === PACKAGE_ORIGIN && isPackagePath(src) ? src : null;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value, PACKAGE);
  } catch {
    return null;
  }
}

/** Relative, and not from the root of the server: the LMS serves the package under a path of its own. */
function isPackagePath(path: string): boolean {
  const trimmed = path.trim();
  return trimmed.length > 0 && !/^[/\\]/.test(trimmed);
}
