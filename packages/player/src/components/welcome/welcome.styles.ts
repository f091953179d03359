import { css } from "lit";
import { base, richText } from "../../styles.ts";

export const welcomeStyles = [
  base,
  richText,
  css`
    :host {
      display: block;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: 0.75rem;
      margin: 1.5rem 0;
      padding: 0;
    }
    .facts > div {
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--cp-accent, #0b7a75);
      background: color-mix(in srgb, var(--cp-accent, #0b7a75) 6%, var(--cp-background, #ffffff));
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
    ol.outcomes li {
      margin-bottom: 0.25rem;
    }
    /* Beside Start: "Loading the course…" when it is pressed before the course has arrived. */
    .status {
      margin: 0;
      align-self: center;
    }
    .actions button {
      font-size: 1.125rem;
      padding-inline: 2rem;
    }
  `,
];
