import { css } from "lit";
import { base } from "../../styles.ts";

export const certificateStyles = [
  base,
  css`
    :host {
      display: block;
    }
    .certificate {
      max-width: 48rem;
      margin: 0 auto;
      padding: 2rem 1.5rem;
      border: 6px double var(--cp-primary, #1d4f91);
      text-align: center;
    }
    .certificate img {
      max-height: 4rem;
      max-width: 12rem;
    }
    .name,
    .course {
      font-size: 1.5rem;
      font-weight: 700;
      margin: 0.5rem 0 1rem;
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
      gap: 1rem;
      margin: 1.5rem 0;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
    .actions {
      justify-content: center;
    }
    @media print {
      .certificate {
        border-color: #000000;
        max-width: none;
        break-inside: avoid;
      }
      h1 {
        color: #000000;
      }
    }
  `,
];
