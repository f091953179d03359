import { LitElement, html, nothing } from "lit";
import { emit } from "../../events.ts";
import { createStrings } from "../../strings.ts";
import type { Translate } from "../../strings.ts";
import { menuStyles } from "./menu.styles.ts";

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  readonly done: boolean;
  readonly current: boolean;
  readonly locked: boolean;
}

/**
 * The contents: every page with its state shown by a mark and in words (✓ completed, ○ not yet available),
 * never by colour alone. Open pages are buttons; pages the completion rule keeps closed are plain text.
 * A native details/summary, so it folds away on a phone without any script.
 *
 * @event cp-navigate - `{pageId}`: the learner chose a page.
 */
export class CpMenu extends LitElement {
  static override styles = menuStyles;

  static override properties = {
    items: { attribute: false },
    summary: {},
    open: { type: Boolean },
    strings: { attribute: false },
  };

  declare items: readonly MenuItem[];
  /** The line that opens and closes the list, e.g. "Contents: 2 of 4 sections completed". */
  declare summary: string;
  declare open: boolean;
  declare strings: Translate;

  constructor() {
    super();
    this.items = [];
    this.summary = "";
    this.open = false;
    this.strings = createStrings();
  }

  protected override render() {
    return html`<nav aria-label=${this.strings("menu.label")}>
      <details ?open=${this.open} @toggle=${this.onToggle}>
        <summary>${this.summary || this.strings("menu.label")}</summary>
        <ol>
          ${this.items.map((item) => html`<li>${item.locked ? this.renderLocked(item) : this.renderOpen(item)}</li>`)}
        </ol>
      </details>
    </nav>`;
  }

  private renderOpen(item: MenuItem) {
    return html`<button
      type="button"
      class="item"
      aria-current=${item.current ? "page" : nothing}
      @click=${() => emit(this, "cp-navigate", { pageId: item.id })}
    >
      <span class="mark" aria-hidden="true">${item.done ? "✓" : ""}</span>
      <span>${item.label}${item.done ? html`<span class="visually-hidden"> (${this.strings("menu.done")})</span>` : nothing}</span>
    </button>`;
  }

  private renderLocked(item: MenuItem) {
    return html`<span class="item locked">
      <span class="mark" aria-hidden="true">○</span>
      <span>${item.label}<span class="visually-hidden"> (${this.strings("menu.locked")})</span></span>
    </span>`;
  }

  private onToggle(event: Event): void {
    this.open = (event.target as HTMLDetailsElement).open;
  }
}

customElements.define("cp-menu", CpMenu);

declare global {
  interface HTMLElementTagNameMap {
    "cp-menu": CpMenu;
  }
}
