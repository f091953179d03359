import { css } from "lit";
import { base } from "../../styles.ts";

export const courseStyles = [
  base,
  css`
    :host {
      display: block;
      min-height: 100vh;
      background: var(--cp-background, #ffffff);
      font-size: 1rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 2rem;
      max-width: 76rem;
      margin: 0 auto;
      padding: 1.5rem 1rem 3rem;
    }
    /* Side by side only where there is room; at 320 px and at 200% zoom the contents follow the screen. */
    @media (min-width: 60rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr) 18rem;
      }
    }
    main {
      min-width: 0;
    }
    @media print {
      .layout {
        display: block;
        padding: 0;
      }
      cp-menu,
      cp-header {
        display: none;
      }
    }
  `,
];
