import type { LitElement } from "lit";

/** A screen the course shell shows in its main area; it takes focus on its heading when shown. */
export interface Screen extends HTMLElement {
  focusHeading(): Promise<void>;
}

/**
 * WCAG 2.4.3: after a screen change focus goes to the new screen's h1 (tabindex=-1), so keyboard and
 * screen reader users start reading at the top of what just appeared instead of wherever focus fell.
 */
export async function focusHeading(el: LitElement): Promise<void> {
  await el.updateComplete;
  el.renderRoot.querySelector<HTMLElement>("h1")?.focus();
}
