import { LitElement, html, nothing } from "lit";
import type { Course, LearningOutcome, Question } from "@coursepack/course-model";
import type { TrackerSnapshot } from "@coursepack/tracking";
import { emit } from "../../events.ts";
import { focusHeading } from "../../focus.ts";
import type { Screen } from "../../focus.ts";
import { wholePercent } from "../../format.ts";
import { renderBlocks } from "../../rich-text.ts";
import { createStrings } from "../../strings.ts";
import type { Translate } from "../../strings.ts";
import { resultsStyles } from "./results.styles.ts";

/**
 * The results: overall score against the pass mark, a score for every learning outcome, and for each
 * outcome not fully met the section to revisit and what the missed questions teach. Retry while attempts
 * remain; the certificate once the module is completed (and passed, where there is a pass mark).
 *
 * @event cp-navigate - `{pageId}`: revisit a section, or open the certificate.
 * @event cp-retry - start a new attempt at the knowledge check.
 */
export class CpResults extends LitElement implements Screen {
  static override styles = resultsStyles;

  static override properties = {
    course: { attribute: false },
    snapshot: { attribute: false },
    strings: { attribute: false },
  };

  declare course: Course;
  declare snapshot: TrackerSnapshot;
  declare strings: Translate;

  constructor() {
    super();
    this.strings = createStrings();
  }

  focusHeading(): Promise<void> {
    return focusHeading(this);
  }

  protected override render() {
    const t = this.strings;
    const assessed = this.course.questions.length > 0;
    return html`
      <h1 tabindex="-1">${t("results.title")}</h1>
      ${assessed ? this.renderScores() : html`<p class="verdict">${t(this.snapshot.completed ? "results.completed" : "results.notCompleted")}</p>`}
      ${this.renderActions()}
    `;
  }

  private renderScores() {
    const t = this.strings;
    const s = this.snapshot;
    const passMark = this.course.assessment.passMark;
    const limit = this.course.assessment.attempts;
    return html`
      ${s.score !== null ? html`<p class="score">${t("results.score", { score: wholePercent(s.score) })}</p>` : nothing}
      ${passMark !== null ? html`<p>${t("results.passMark", { passMark })}</p>` : nothing}
      ${s.passed === null
        ? html`<p class="verdict">${t(s.completed ? "results.completed" : "results.notCompleted")}</p>`
        : html`<p class="verdict ${s.passed ? "passed" : "failed"}">
            <span aria-hidden="true">${s.passed ? "✓" : "✗"}</span> ${t(s.passed ? "results.passed" : "results.failed")}
          </p>`}
      ${limit > 0 ? html`<p>${t("results.attempts", { used: s.attemptsUsed, max: limit })}</p>` : nothing}
      ${this.renderTable()} ${this.renderRevisit()}
    `;
  }

  private renderTable() {
    const t = this.strings;
    return html`<table>
      <caption>${t("results.outcomes")}</caption>
      <thead>
        <tr><th scope="col">${t("results.outcome")}</th><th scope="col">${t("results.outcomeScore")}</th></tr>
      </thead>
      <tbody>
        ${this.course.outcomes.map((o) => {
          const score = this.snapshot.outcomeScores[o.id];
          return html`<tr><th scope="row">${o.text}</th><td>${typeof score === "number" ? t("percent", { value: wholePercent(score) }) : t("results.noQuestions")}</td></tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderRevisit() {
    const t = this.strings;
    const toRevisit = this.course.outcomes.filter((o) => {
      const score = this.snapshot.outcomeScores[o.id];
      return typeof score === "number" && score < 100;
    });
    return html`<h2>${t("results.revisit")}</h2>
      ${toRevisit.length === 0
        ? html`<p>${t("results.revisitNone")}</p>`
        : html`<ul class="revisit">
            ${toRevisit.map((o) => this.renderRevisitItem(o))}
          </ul>`}`;
  }

  private renderRevisitItem(outcome: LearningOutcome) {
    const number = this.course.outcomes.indexOf(outcome) + 1;
    const missed = this.course.questions.filter(
      (q) => q.outcomeId === outcome.id && this.snapshot.answers[q.id]?.correct !== true,
    );
    return html`<li>
      <button type="button" class="secondary" @click=${() => emit(this, "cp-navigate", { pageId: outcome.id })}>
        ${this.strings("results.revisitSection", { number, outcome: outcome.text })}
      </button>
      ${missed.map((q) => this.renderMissed(q))}
    </li>`;
  }

  private renderMissed(question: Question) {
    return html`<div class="missed">
      <p>${this.strings("results.missed", { prompt: question.prompt })}</p>
      ${renderBlocks(question.feedback.incorrect, this.strings)}
    </div>`;
  }

  private renderActions() {
    const t = this.strings;
    const s = this.snapshot;
    const retry = s.submitted && s.canRetry;
    const certificate = s.completed && s.passed !== false;
    const noRetry = s.passed === false && !s.canRetry;
    return html`${noRetry ? html`<p>${t("results.noRetry")}</p>` : nothing}
      <div class="actions">
        ${retry ? html`<button type="button" @click=${() => emit(this, "cp-retry", {})}>${t("results.retry")}</button>` : nothing}
        ${certificate
          ? html`<button type="button" @click=${() => emit(this, "cp-navigate", { pageId: "certificate" })}>${t("results.certificate")}</button>`
          : nothing}
      </div>`;
  }
}

customElements.define("cp-results", CpResults);

declare global {
  interface HTMLElementTagNameMap {
    "cp-results": CpResults;
  }
}
