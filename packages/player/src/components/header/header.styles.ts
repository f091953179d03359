import { css } from "lit";
import { base } from "../../styles.ts";

export const headerStyles = [
  base,
  css`
    :host {
      display: block;
    }
    header {
      border-bottom: 4px solid var(--cp-primary, #1d4f91);
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding: 0.5rem 1rem;
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-width: 0;
    }
    .brand img {
      max-height: 2.5rem;
      max-width: 10rem;
    }
    .organisation {
      font-weight: 700;
      color: var(--cp-primary, #1d4f91);
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .status p {
      margin: 0;
    }
    .progress {
      font-weight: 600;
    }
    .save-not-saved {
      font-weight: 700;
      padding-left: 0.5rem;
      border-left: 4px solid #b3261e;
    }
    .standalone {
      margin: 0;
      padding: 0.5rem 1rem;
      border-top: 1px solid #6b6b6b;
    }
    button {
      min-height: 2.5rem;
      padding-block: 0.25rem;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
