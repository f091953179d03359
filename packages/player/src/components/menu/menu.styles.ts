import { css } from "lit";
import { base } from "../../styles.ts";

export const menuStyles = [
  base,
  css`
    :host {
      display: block;
    }
    summary {
      display: flex;
      align-items: center;
      min-height: 2.75rem;
      padding: 0.5rem 0.75rem;
      font-weight: 700;
      cursor: pointer;
      border-bottom: 2px solid var(--cp-primary, #1d4f91);
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0.5rem 0;
    }
    li {
      margin: 0.125rem 0;
    }
    .item {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      width: 100%;
      min-height: 2.75rem;
      padding: 0.5rem 0.75rem;
      border: 0;
      border-left: 4px solid transparent;
      border-radius: 0;
      background: transparent;
      color: var(--cp-text, #1b1b1b);
      text-align: left;
      font-weight: 400;
    }
    button.item {
      color: var(--cp-primary, #1d4f91);
    }
    .item[aria-current="page"] {
      border-left-color: var(--cp-primary, #1d4f91);
      font-weight: 700;
    }
    .locked {
      font-style: italic;
    }
    .mark {
      flex: none;
      width: 1.25rem;
      font-style: normal;
      font-weight: 700;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
