import { css } from "lit";

/**
 * The page around the course: applied to the document as a constructed stylesheet, which the launch page's
 * CSP (style-src 'self', no inline styles) allows, so the player needs no CSS file of its own.
 */
export const pageStyles = css`
  html {
    background: var(--cp-background, #ffffff);
    color: var(--cp-text, #1b1b1b);
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
    line-height: 1.5;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  body {
    margin: 0;
  }
  #cp-root {
    max-width: 48rem;
    margin: 0 auto;
    padding: 1.5rem 1rem;
  }
`;
