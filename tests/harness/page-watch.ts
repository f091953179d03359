/**
 * What the security tests watch in a page and its frames: every request, every Content-Security-Policy
 * violation, whether a payload ran (`window.__xss`), and what the DOM holds, shadow roots included: the text
 * a person sees, and anything course text could have turned into (scripts, event handlers, SVG, frames,
 * links and images that leave the package).
 */
import type { Frame, Page } from "playwright-core";

export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
  readonly url: string;
}

export interface PageWatch {
  /** Every URL the page and its frames asked for, in order (Chromium reports some that CSP then blocks). */
  readonly requests: string[];
  /** Requests that failed, as "url error" (e.g. `net::ERR_BLOCKED_BY_CSP`). */
  readonly failed: string[];
  /** The violations every frame of the page reported, as they came. */
  readonly violations: CspViolation[];
}

/**
 * Starts watching `page` before it loads (use it as `LaunchOptions.setup`). Plain JavaScript in a string: a
 * serialised TypeScript function would carry the transpiler's helpers with it.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const requests: string[] = [];
  const violations: CspViolation[] = [];
  const failed: string[] = [];
  page.on("request", (request) => void requests.push(request.url()));
  page.on("requestfailed", (request) => void failed.push(`${request.url()} ${request.failure()?.errorText ?? ""}`));
  // A binding, not a page variable: the record outlives the page (violations on pagehide count too).
  await page.exposeBinding("__cspViolation", (_source, v: CspViolation) => void violations.push(v));
  await page.addInitScript({
    content: `document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolation({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, url: e.documentURI });
    });`,
  });
  return { requests, violations, failed };
}

/** True when a payload ran in this frame or page (`window.__xss` set). */
export async function payloadRan(frame: Frame): Promise<boolean> {
  return (await frame.evaluate("window.__xss !== undefined")) as boolean;
}

export interface DomReport {
  /** The visible text of the page, shadow roots included: its text nodes joined, whitespace folded. */
  readonly text: string;
  /** What course text must never become, each with where it was found. */
  readonly hazards: readonly string[];
}

/**
 * Looks through the document and every open shadow root. `ownScripts` are the src (or id) of the page's own
 * script elements in the document itself; any other script, any `on*` attribute, any SVG, MathML, frame,
 * object, embed, form or base element, a link to anything but http(s), mail or the package, and an image
 * from outside the package (or data: images) are hazards.
 */
export async function inspectDom(frame: Frame, ownScripts: readonly string[]): Promise<DomReport> {
  return (await frame.evaluate(`(${INSPECT})(${JSON.stringify(ownScripts)})`)) as DomReport;
}

const INSPECT = `(ownScripts) => {
  const hazards = [];
  const texts = [];
  const here = new URL(document.baseURI);
  const foreign = ["svg", "math", "iframe", "frame", "frameset", "object", "embed", "form", "base"];
  const visit = (root, where) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !["SCRIPT", "STYLE", "NOSCRIPT"].includes(parent.tagName) && parent.checkVisibility()) texts.push(node.data);
    }
    for (const el of root.querySelectorAll("*")) {
      const tag = el.localName;
      const at = where + " <" + tag + ">";
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) hazards.push(at + " " + attr.name + "=" + attr.value);
      if (el.hasAttribute("srcdoc")) hazards.push(at + " srcdoc");
      if (foreign.includes(tag)) hazards.push(at);
      if (tag === "script" && !(root === document && (ownScripts.includes(el.getAttribute("src")) || ownScripts.includes("#" + el.id)))) hazards.push(at + " " + el.outerHTML.slice(0, 80));
      if (tag === "a" && el.hasAttribute("href")) {
        const url = new URL(el.getAttribute("href"), here);
        if (!["http:", "https:", "mailto:", "tel:"].includes(url.protocol)) hazards.push(at + " href=" + el.getAttribute("href"));
      }
      if (tag === "img") {
        const url = new URL(el.getAttribute("src") ?? "", here);
        const inPackage = url.origin === here.origin && url.pathname.startsWith(here.pathname.replace(/[^/]*$/, ""));
        if (!inPackage && !/^data:image\\//.test(url.href)) hazards.push(at + " src=" + el.getAttribute("src"));
      }
      if (el.shadowRoot) visit(el.shadowRoot, where + " > " + tag);
    }
  };
  visit(document, "document");
  return { text: texts.join("").replace(/\\s+/g, " "), hazards };
}`;
