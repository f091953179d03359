import type { Branding } from "@coursepack/course-model";

/** WCAG 2.x contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.replace(/^#/, ""), 16);
  const channels = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (channels[0] ?? 0) + 0.7152 * (channels[1] ?? 0) + 0.0722 * (channels[2] ?? 0);
}

/** White: the text colour on primary-coloured buttons and the header bar. */
export const ON_PRIMARY = "#ffffff";

/** The colour pairs the player draws text or controls with, and the ratio WCAG 2.2 AA asks of each. */
export function brandingPairs(branding: Branding): { name: string; fg: string; bg: string; min: number }[] {
  const { primary, accent, text, background } = branding.colours;
  return [
    { name: "text on background", fg: text, bg: background, min: 4.5 },
    { name: "button text on primary", fg: ON_PRIMARY, bg: primary, min: 4.5 },
    { name: "links and headings (primary) on background", fg: primary, bg: background, min: 4.5 },
    { name: "accent marks (ticks, borders) on background", fg: accent, bg: background, min: 3 },
  ];
}
