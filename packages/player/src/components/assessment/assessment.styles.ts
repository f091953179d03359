import { css } from "lit";
import { base, notice, richText } from "../../styles.ts";

export const assessmentStyles = [
  base,
  richText,
  notice,
  css`
    :host {
      display: block;
    }
    h2 {
      margin-top: 2.5rem;
      padding-top: 0.5rem;
      border-top: 2px solid var(--cp-accent, #0b7a75);
    }
  `,
];
