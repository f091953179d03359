import { LitElement, html, nothing } from "lit";
import type { Course } from "@coursepack/course-model";
import type { TrackerSnapshot } from "@coursepack/tracking";
import { emit } from "../../events.ts";
import { focusHeading } from "../../focus.ts";
import type { Screen } from "../../focus.ts";
import { wholePercent } from "../../format.ts";
import { safeImageSrc } from "../../rich-text.ts";
import { createStrings } from "../../strings.ts";
import type { Translate } from "../../strings.ts";
import { certificateStyles } from "./certificate.styles.ts";

/**
 * A printable certificate of completion: the learner's name as the LMS gives it, the module, the date, the
 * standards it supports, the score and the learning outcomes achieved (what inspectors ask a learner to show). Print styles leave only the certificate on the page.
 *
 * @event cp-navigate - `{pageId: "results"}`: back to the results.
 * @csspart certificate - the certificate itself (what is printed).
 */
export class CpCertificate extends LitElement implements Screen {
  static override styles = certificateStyles;

  static override properties = {
    course: { attribute: false },
    learnerName: {},
    score: { type: Number },
    achieved: { attribute: false },
    date: { attribute: false },
    strings: { attribute: false },
  };

  declare course: Course;
  declare learnerName: string;
  declare score: number | null;
  /** The texts of the learning outcomes achieved, in course order. */
  declare achieved: readonly string[];
  declare date: Date;
  declare strings: Translate;

  constructor() {
    super();
    this.learnerName = "";
    this.score = null;
    this.achieved = [];
    this.date = new Date();
    this.strings = createStrings();
  }

  focusHeading(): Promise<void> {
    return focusHeading(this);
  }

  protected override render() {
    const t = this.strings;
    const c = this.course;
    const logo = c.branding.logo ? safeImageSrc(c.branding.logo) : null;
    return html`
      <div class="certificate" part="certificate">
        ${logo ? html`<img src=${logo} alt="" />` : nothing}
        <h1 tabindex="-1">${t("certificate.title")}</h1>
        <p>${t("certificate.certifies")}</p>
        <p class="name">${this.learnerName || t("certificate.unknownLearner")}</p>
        <p>${t("certificate.completed")}</p>
        <p class="course">${c.title}</p>
        <dl>
          <div><dt>${t("certificate.date")}</dt><dd>${formatDate(this.date, c.language)}</dd></div>
          ${this.score !== null ? html`<div><dt>${t("certificate.score")}</dt><dd>${t("percent", { value: wholePercent(this.score) })}</dd></div>` : nothing}
          ${c.frameworks.length
            ? html`<div>
                <dt>${t("certificate.standards")}</dt>
                ${c.frameworks.map((f) => html`<dd>${f.refs.length ? `${f.name}: ${f.refs.join(", ")}` : f.name}</dd>`)}
              </div>`
            : nothing}
        </dl>
        ${this.achieved.length
          ? html`<h2>${t("certificate.outcomes")}</h2>
              <ul class="outcomes">${this.achieved.map((text) => html`<li>${text}</li>`)}</ul>`
          : nothing}
        ${c.branding.organisation ? html`<p>${t("certificate.organisation", { organisation: c.branding.organisation })}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="button" @click=${this.onPrint}>${t("certificate.print")}</button>
        <button type="button" class="secondary" @click=${this.onBack}>${t("certificate.back")}</button>
      </div>
    `;
  }

  private onPrint(): void {
    window.print();
  }

  private onBack(): void {
    emit(this, "cp-navigate", { pageId: "results" });
  }
}

/**
 * An outcome is achieved when its best score reaches the pass mark; where it has no score (no questions, or a
 * completion-only course) when its section is done.
 */
export function outcomesAchieved(course: Course, snap: Pick<TrackerSnapshot, "sectionsDone" | "outcomeScores" | "bestOutcomeScores">): string[] {
  const pass = course.assessment.passMark;
  const scores = snap.bestOutcomeScores ?? snap.outcomeScores;
  const done = new Set(snap.sectionsDone);
  return course.outcomes
    .filter((o) => {
      const score = scores[o.id];
      return pass !== null && score !== null && score !== undefined ? score >= pass : done.has(o.id);
    })
    .map((o) => o.text);
}

/** "22 November 2025" in the course's language; a malformed language tag falls back to en-GB. */
export function formatDate(date: Date, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: "long" }).format(date);
  } catch {
    return new Intl.DateTimeFormat("en-GB", { dateStyle: "long" }).format(date);
  }
}

customElements.define("cp-certificate", CpCertificate);

declare global {
  interface HTMLElementTagNameMap {
    "cp-certificate": CpCertificate;
  }
}
