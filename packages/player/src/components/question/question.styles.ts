import { css } from "lit";
import { base, notice, richText } from "../../styles.ts";

export const questionStyles = [
  base,
  richText,
  notice,
  css`
    :host {
      display: block;
      margin: 2rem 0;
    }
    .number {
      margin-top: 0;
      font-size: 1rem;
      text-transform: none;
    }
    .scenario {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--cp-accent, #0b7a75);
      background: color-mix(in srgb, var(--cp-accent, #0b7a75) 6%, var(--cp-background, #ffffff));
    }
    .scenario-label {
      font-weight: 700;
      margin-bottom: 0.25rem;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    legend {
      padding: 0;
      margin-bottom: 0.75rem;
      font-weight: 600;
      font-size: 1.0625rem;
    }
    .hint {
      display: block;
      font-weight: 400;
      font-size: 1rem;
    }
    .choices {
      display: grid;
      gap: 0.5rem;
    }
    label {
      display: flex;
      align-items: flex-start;
      gap: 0.75rem;
      min-height: 2.75rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid #6b6b6b;
      border-radius: 0.25rem;
      cursor: pointer;
    }
    label:has(input:checked) {
      border: 2px solid var(--cp-primary, #1d4f91);
    }
    label:has(input:focus-visible) {
      outline: 3px solid var(--cp-text, #1b1b1b);
      outline-offset: 2px;
    }
    input {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--cp-primary, #1d4f91);
    }
    input:focus-visible {
      outline: none;
    }
    input:disabled {
      cursor: default;
    }
    label:has(input:disabled) {
      cursor: default;
    }
    .mark {
      display: inline-block;
      margin-left: 0.5rem;
      font-weight: 700;
    }
    .feedback {
      margin-top: 1rem;
      padding: 0.75rem 1rem;
      border-left: 6px solid;
    }
    .feedback.correct {
      border-left-color: #0b6b2e;
    }
    .feedback.incorrect {
      border-left-color: #b3261e;
    }
    .verdict {
      font-weight: 700;
      margin-bottom: 0.5rem;
    }
    .actions {
      margin-top: 1rem;
    }
  `,
];
