import type { Branding } from "@coursepack/course-model";

const COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * The course's colours as the custom properties every component reads (--cp-primary, --cp-accent,
 * --cp-text, --cp-background). Set through the CSSOM, which the launch page's CSP (style-src 'self')
 * allows, unlike a style attribute. A value that is not #rrggbb is skipped: the default stays.
 */
export function applyBranding(el: HTMLElement, branding: Branding): void {
  for (const [name, value] of Object.entries(branding.colours)) {
    if (COLOUR.test(value)) el.style.setProperty(`--cp-${name}`, value);
  }
}
