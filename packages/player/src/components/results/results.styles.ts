import { css } from "lit";
import { base, richText } from "../../styles.ts";

export const resultsStyles = [
  base,
  richText,
  css`
    :host {
      display: block;
    }
    .score {
      font-size: 1.5rem;
      font-weight: 700;
      margin-bottom: 0.25rem;
    }
    .verdict {
      font-weight: 700;
      padding-left: 0.75rem;
      border-left: 6px solid;
    }
    .verdict.passed {
      border-left-color: #0b6b2e;
    }
    .verdict.failed {
      border-left-color: #b3261e;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      max-width: 48rem;
      margin: 1rem 0;
    }
    caption {
      text-align: left;
      font-weight: 700;
      margin-bottom: 0.5rem;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.5rem;
      border-bottom: 1px solid #6b6b6b;
    }
    th[scope="row"] {
      font-weight: 400;
    }
    td {
      white-space: nowrap;
    }
    ul.revisit {
      list-style: none;
      padding: 0;
    }
    ul.revisit > li {
      margin-bottom: 1.5rem;
    }
    .missed {
      margin: 0.75rem 0 0;
      padding-left: 1rem;
      border-left: 4px solid var(--cp-accent, #0b7a75);
    }
    .missed p:first-child {
      font-weight: 600;
    }
  `,
];
