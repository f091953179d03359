import { LitElement, html } from "lit";
import type { Course, Question } from "@coursepack/course-model";
import type { AnswerRecord } from "@coursepack/tracking";
import { emit } from "../../events.ts";
import { focusHeading } from "../../focus.ts";
import type { Screen } from "../../focus.ts";
import { createStrings } from "../../strings.ts";
import type { Translate } from "../../strings.ts";
import "../question/question.ts";
import type { CpQuestion } from "../question/question.ts";
import { assessmentStyles } from "./assessment.styles.ts";

/**
 * One knowledge check after the sections (feedback "end"): every question, grouped under its learning
 * outcome. Choices are saved as they change; Submit makes them final. Once submitted the same screen shows
 * each answer with its feedback, and Continue leads to the results.
 *
 * @event cp-answer - from the questions inside, on every change.
 * @event cp-submit - the learner submits, with every question answered.
 * @event cp-navigate - `{pageId: "results"}`: after submission, Continue.
 */
export class CpAssessment extends LitElement implements Screen {
  static override styles = assessmentStyles;

  static override properties = {
    course: { attribute: false },
    answers: { attribute: false },
    submitted: { type: Boolean },
    strings: { attribute: false },
    message: { state: true },
  };

  declare course: Course;
  declare answers: Readonly<Record<string, AnswerRecord>>;
  declare submitted: boolean;
  declare strings: Translate;
  private declare message: string;

  constructor() {
    super();
    this.answers = {};
    this.submitted = false;
    this.strings = createStrings();
    this.message = "";
  }

  focusHeading(): Promise<void> {
    return focusHeading(this);
  }

  /** Questions grouped under their outcomes, in outcome order: the order they are shown and numbered. */
  private get groups() {
    return this.course.outcomes
      .map((outcome) => ({ outcome, questions: this.course.questions.filter((q) => q.outcomeId === outcome.id) }))
      .filter((g) => g.questions.length > 0);
  }

  protected override render() {
    const t = this.strings;
    const groups = this.groups;
    const all = groups.flatMap((g) => g.questions);
    return html`
      <h1 tabindex="-1">${t("assessment.title")}</h1>
      <p>${t("assessment.intro")}</p>
      ${groups.map(
        (g) => html`<h2>${g.outcome.text}</h2>
          ${g.questions.map((q) => this.renderQuestion(q, all.indexOf(q) + 1, all.length))}`,
      )}
      <p class="notice" role="status">${this.message}</p>
      <div class="actions">
        ${this.submitted
          ? html`<button type="button" @click=${this.onContinue}>${t("section.continue")}</button>`
          : html`<button type="button" @click=${this.onSubmit}>${t("assessment.submit")}</button>`}
      </div>
    `;
  }

  private renderQuestion(q: Question, number: number, total: number) {
    return html`<cp-question
      .question=${q}
      .number=${number}
      .total=${total}
      .record=${this.answers[q.id]}
      .revealed=${this.submitted}
      .strings=${this.strings}
      mode="choose"
    ></cp-question>`;
  }

  private onSubmit(): void {
    const open = this.groups.flatMap((g) => g.questions).filter((q) => !this.answers[q.id]?.choiceIds.length);
    if (open.length === 0) {
      this.message = "";
      emit(this, "cp-submit", {});
      return;
    }
    this.message = this.strings("assessment.unanswered", { count: open.length });
    const first = [...this.renderRoot.querySelectorAll<CpQuestion>("cp-question")].find((q) => q.question === open[0]);
    first?.focusChoices();
  }

  private onContinue(): void {
    emit(this, "cp-navigate", { pageId: "results" });
  }
}

customElements.define("cp-assessment", CpAssessment);

declare global {
  interface HTMLElementTagNameMap {
    "cp-assessment": CpAssessment;
  }
}
