import { LitElement, html, nothing } from "lit";
import type { Course } from "@coursepack/course-model";
import { emit } from "../../events.ts";
import { focusHeading } from "../../focus.ts";
import type { Screen } from "../../focus.ts";
import { createStrings } from "../../strings.ts";
import type { Translate } from "../../strings.ts";
import { welcomeStyles } from "./welcome.styles.ts";

/**
 * The first screen: what the module is, who it is for, the standards it supports, its learning outcomes,
 * how long it takes, and one button: Start, or Resume when the LMS kept an earlier session. The screen is
 * shown from the course's outline; when Start is pressed before the rest has arrived the shell sets `busy`
 * (the button is marked disabled and a status says the course is loading) or, if it failed, `problem`.
 *
 * @event cp-start - `{resume}`: the learner starts (false) or resumes (true).
 */
export class CpWelcome extends LitElement implements Screen {
  static override styles = welcomeStyles;

  static override properties = {
    course: { attribute: false },
    minutes: { type: Number },
    resumable: { type: Boolean },
    busy: { type: Boolean },
    problem: { type: Boolean },
    strings: { attribute: false },
  };

  declare course: Course;
  /** Estimated time to take the module. */
  declare minutes: number;
  /** An earlier session can be resumed. */
  declare resumable: boolean;
  /** Start was pressed and the course is still loading. */
  declare busy: boolean;
  /** The course could not be loaded; Start tries again. */
  declare problem: boolean;
  declare strings: Translate;

  constructor() {
    super();
    this.minutes = 5;
    this.resumable = false;
    this.busy = false;
    this.problem = false;
    this.strings = createStrings();
  }

  focusHeading(): Promise<void> {
    return focusHeading(this);
  }

  protected override render() {
    const t = this.strings;
    const c = this.course;
    const passMark = c.questions.length ? c.assessment.passMark : null;
    const label = this.resumable ? "welcome.resume" : "welcome.start";
    return html`
      <h1 tabindex="-1">${c.title}</h1>
      ${c.description.map((p) => html`<p>${p}</p>`)}
      <dl class="facts">
        <div><dt>${t("welcome.time")}</dt><dd>${t("welcome.minutes", { minutes: this.minutes })}</dd></div>
        <div><dt>${t("welcome.duration")}</dt><dd>${c.duration.label}</dd></div>
        ${c.audience ? html`<div><dt>${t("welcome.audience")}</dt><dd>${c.audience}</dd></div>` : nothing}
      </dl>
      ${c.frameworks.length
        ? html`<h2>${t("welcome.standards")}</h2>
            <ul>
              ${c.frameworks.map((f) => html`<li>${f.refs.length ? `${f.name}: ${f.refs.join(", ")}` : f.name}</li>`)}
            </ul>`
        : nothing}
      ${c.statements.map((s) => html`<p>${s}</p>`)}
      <h2>${t("welcome.outcomes")}</h2>
      <p>${t("welcome.outcomesIntro")}</p>
      <ol class="outcomes">
        ${c.outcomes.map((o) => html`<li>${o.text}</li>`)}
      </ol>
      ${passMark !== null ? html`<p>${t("welcome.passMark", { passMark })}</p>` : nothing}
      ${this.resumable ? html`<p>${t("welcome.resumeNote")}</p>` : nothing}
      <div class="actions">
        <button type="button" aria-disabled=${this.busy ? "true" : "false"} @click=${this.onStart}>${t(label)}</button>
        <p class="status" role="status">${this.busy ? t("loading") : this.problem ? t("problem.content") : ""}</p>
      </div>
    `;
  }

  private onStart(): void {
    if (this.busy) return;
    emit(this, "cp-start", { resume: this.resumable });
  }
}

customElements.define("cp-welcome", CpWelcome);

declare global {
  interface HTMLElementTagNameMap {
    "cp-welcome": CpWelcome;
  }
}
