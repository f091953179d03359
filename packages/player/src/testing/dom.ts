import axe from "axe-core";
import type { LitElement } from "lit";

/**
 * Browser-side helpers for the player's tests (vitest browser mode, Chromium). Components render into
 * shadow roots, so these walk them the way assistive technology sees the flattened tree.
 */

/**
 * Mount `el` as the page's only content. "main" wraps it in a main landmark under headings down to level
 * `depth`, as on a real screen (a question sits under the section's h1 and "Check your understanding" h2).
 * "beside" puts it before a main landmark with an h1, as the header and the contents sit beside a screen.
 */
export async function mount<T extends LitElement>(el: T, wrap: "main" | "beside" = "main", depth = 1): Promise<T> {
  document.body.replaceChildren();
  document.documentElement.lang = "en-GB";
  document.title = "Component test";
  if (wrap === "main") {
    const main = document.createElement("main");
    for (let level = 1; level <= depth; level++) {
      const h = document.createElement(`h${level}`);
      h.textContent = `Component test, level ${level}`;
      main.append(h);
    }
    main.append(el);
    document.body.append(main);
  } else {
    const main = document.createElement("main");
    main.append(Object.assign(document.createElement("h1"), { textContent: "Component test" }));
    document.body.append(el, main);
  }
  await settle(el);
  return el;
}

/** Waits for `el` to render and for the child components it created to render too. */
export async function settle(el: LitElement): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Every element matching `selector` in `root` and in every shadow root below it, in tree order. */
export function queryAllDeep<E extends Element = HTMLElement>(selector: string, root: ParentNode = document): E[] {
  const found: E[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll("*")) {
      if (el.matches(selector)) found.push(el as E);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

export function queryDeep<E extends Element = HTMLElement>(selector: string, root: ParentNode = document): E | null {
  return queryAllDeep<E>(selector, root)[0] ?? null;
}

/** The focused element itself, inside however many shadow roots. */
export function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Visible, enabled buttons whose trimmed text is exactly `label`. */
export function buttonsLabelled(label: string, root: ParentNode = document): HTMLButtonElement[] {
  return queryAllDeep<HTMLButtonElement>("button", root).filter(
    (b) => b.textContent?.trim() === label && isVisible(b) && b.getAttribute("aria-disabled") !== "true" && !b.disabled,
  );
}

export function isVisible(el: Element): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
}

/** Text of the h1 that has focus, or null when focus is elsewhere. */
export function focusedHeading(): string | null {
  const el = deepActiveElement();
  return el?.tagName === "H1" ? (el.textContent?.trim() ?? "") : null;
}

/** Wait until `check` passes (Lit renders asynchronously; events hop through microtasks). */
export async function until(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Runs axe-core (WCAG 2.2 A/AA and best practice) on the page; returns readable violations, [] when clean. */
export async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, { runOnly: { type: "tag", values: AXE_TAGS } });
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
  );
}
