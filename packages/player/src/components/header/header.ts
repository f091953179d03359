import { LitElement, html, nothing } from "lit";
import type { PropertyValues } from "lit";
import type { LmsKind, SaveState } from "@coursepack/tracking";
import { emit } from "../../events.ts";
import { safeImageSrc } from "../../rich-text.ts";
import { createStrings } from "../../strings.ts";
import type { StringKey, Translate } from "../../strings.ts";
import { headerStyles } from "./header.styles.ts";

const SAVE_TEXT: Record<SaveState, { key: StringKey; icon: string }> = {
  saved: { key: "save.saved", icon: "✓" },
  saving: { key: "save.saving", icon: "↻" },
  "not-saved": { key: "save.notSaved", icon: "!" },
};

/**
 * The bar above every screen: the organisation's name and logo, "Section 3 of 16", whether progress is
 * saved, and Exit. Saving and saved are shown, not announced (they change on every answer); only a failure
 * to save, and the recovery from one, are announced to screen readers.
 *
 * @event cp-exit - the learner pressed Exit.
 * @csspart logo - the organisation's logo.
 */
export class CpHeader extends LitElement {
  static override styles = headerStyles;

  static override properties = {
    organisation: {},
    logo: {},
    progress: { attribute: false },
    saveState: {},
    lms: {},
    finished: { type: Boolean },
    strings: { attribute: false },
    announcement: { state: true },
  };

  declare organisation: string;
  declare logo: string | null;
  declare progress: { current: number; total: number } | null;
  declare saveState: SaveState;
  declare lms: LmsKind;
  /** The attempt is over: no Exit button any more. */
  declare finished: boolean;
  declare strings: Translate;
  private declare announcement: string;

  constructor() {
    super();
    this.organisation = "";
    this.logo = null;
    this.progress = null;
    this.saveState = "saved";
    this.lms = "scorm12";
    this.finished = false;
    this.strings = createStrings();
    this.announcement = "";
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has("saveState")) return;
    const before = changed.get("saveState");
    if (this.saveState === "not-saved") this.announcement = this.strings("save.notSaved");
    else if (before === "not-saved" && this.saveState === "saved") this.announcement = this.strings("save.saved");
  }

  protected override render() {
    const t = this.strings;
    const save = SAVE_TEXT[this.saveState];
    return html`
      <header>
        <div class="bar">
          <div class="brand">${this.renderLogo()}${this.organisation ? html`<span class="organisation">${this.organisation}</span>` : nothing}</div>
          <div class="status">
            ${this.progress ? html`<p class="progress">${t("header.progress", this.progress)}</p>` : nothing}
            <p class="save save-${this.saveState}"><span aria-hidden="true">${save.icon}</span> ${t(save.key)}</p>
            ${this.finished ? nothing : html`<button type="button" @click=${this.onExit}>${t("header.exit")}</button>`}
          </div>
        </div>
        ${this.lms === "standalone" ? html`<p class="standalone">${t("standalone")}</p>` : nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </header>
    `;
  }

  private renderLogo() {
    const src = this.logo ? safeImageSrc(this.logo) : null;
    if (!src) return nothing;
    // Beside the organisation's name the logo repeats it, so it is decorative; alone it needs a name.
    const alt = this.organisation ? "" : this.strings("header.logoAlt");
    return html`<img part="logo" src=${src} alt=${alt} />`;
  }

  private onExit(): void {
    emit(this, "cp-exit", {});
  }
}

customElements.define("cp-header", CpHeader);

declare global {
  interface HTMLElementTagNameMap {
    "cp-header": CpHeader;
  }
}
