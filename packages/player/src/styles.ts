import { css } from "lit";

/**
 * Styles every component shares. Colours come from the course's branding through custom properties set on
 * `cp-course` (they inherit into every shadow root); the fallbacks are coursepack's default branding, whose
 * contrast is checked in contrast.test.ts. Sizes are in rem so 200% zoom and large text settings scale them.
 */
export const base = css`
  :host {
    box-sizing: border-box;
    color: var(--cp-text, #1b1b1b);
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 1.5rem 0 0.75rem;
  }
  h1 {
    font-size: 1.75rem;
    margin-top: 0;
    color: var(--cp-primary, #1d4f91);
  }
  h2 {
    font-size: 1.375rem;
  }
  h3 {
    font-size: 1.125rem;
  }
  /* Headings take focus on every screen change (tabindex=-1): a reading position, not a control. */
  [tabindex="-1"]:focus {
    outline: none;
  }
  :focus-visible {
    outline: 3px solid var(--cp-text, #1b1b1b);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--cp-primary, #1d4f91);
    border-radius: 0.25rem;
    background: var(--cp-primary, #1d4f91);
    color: #ffffff;
    cursor: pointer;
    text-align: center;
  }
  button:hover {
    text-decoration: underline;
  }
  button.secondary {
    background: transparent;
    color: var(--cp-primary, #1d4f91);
  }
  button[aria-disabled="true"] {
    border-style: dashed;
    background: transparent;
    color: var(--cp-text, #1b1b1b);
    cursor: default;
    text-decoration: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1.5rem;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    button,
    .actions {
      display: none !important;
    }
  }
`;

/** Course content rendered from Block[] (rich-text.ts). */
export const richText = css`
  p,
  ul,
  ol,
  blockquote {
    margin: 0 0 1rem;
    max-width: 70ch;
  }
  li > p {
    margin-bottom: 0.25rem;
  }
  blockquote {
    padding-left: 1rem;
    border-left: 4px solid var(--cp-accent, #0b7a75);
  }
  img {
    max-width: 100%;
    height: auto;
  }
  a {
    color: var(--cp-primary, #1d4f91);
    text-decoration: underline;
  }
  code {
    font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
`;

/** A message the learner must notice (a blocked Continue), marked by an icon and a border, not colour alone. */
export const notice = css`
  .notice:not(:empty) {
    margin: 1rem 0;
    padding: 0.75rem 1rem;
    border-left: 4px solid #b3261e;
    font-weight: 600;
  }
  .notice:not(:empty)::before {
    content: "! ";
  }
`;
