import { LitElement, html, nothing } from "lit";
import type { LearningOutcome, Question } from "@coursepack/course-model";
import type { AnswerRecord } from "@coursepack/tracking";
import { emit } from "../../events.ts";
import { focusHeading } from "../../focus.ts";
import type { Screen } from "../../focus.ts";
import { renderBlocks } from "../../rich-text.ts";
import { createStrings } from "../../strings.ts";
import type { Translate } from "../../strings.ts";
import "../question/question.ts";
import type { CpQuestion } from "../question/question.ts";
import { sectionStyles } from "./section.styles.ts";

/**
 * The section that teaches one learning outcome: its content, then (feedback per question) its questions.
 * Continue is always a real, enabled button; when questions are still open it says which and moves focus
 * to the first, instead of silently doing nothing.
 *
 * @event cp-section-complete - `{outcomeId}`: the learner has read the section and answered its questions.
 * @event cp-answer - from the questions inside (see cp-question).
 */
export class CpSection extends LitElement implements Screen {
  static override styles = sectionStyles;

  static override properties = {
    outcome: { attribute: false },
    questions: { attribute: false },
    answers: { attribute: false },
    feedback: {},
    last: { type: Boolean },
    notice: {},
    strings: { attribute: false },
    message: { state: true },
  };

  declare outcome: LearningOutcome;
  /** This outcome's questions, in course order. */
  declare questions: readonly Question[];
  declare answers: Readonly<Record<string, AnswerRecord>>;
  /** "per-question": questions are answered here; "end": they wait for the assessment screen. */
  declare feedback: "per-question" | "end";
  /** The last step before results: the button says Finish. */
  declare last: boolean;
  /** A message from the course shell, e.g. why the learner was brought back here. */
  declare notice: string;
  declare strings: Translate;
  private declare message: string;

  constructor() {
    super();
    this.questions = [];
    this.answers = {};
    this.feedback = "per-question";
    this.last = false;
    this.notice = "";
    this.strings = createStrings();
    this.message = "";
  }

  focusHeading(): Promise<void> {
    return focusHeading(this);
  }

  private get asked(): readonly Question[] {
    return this.feedback === "per-question" ? this.questions : [];
  }

  protected override render() {
    const t = this.strings;
    return html`
      <h1 tabindex="-1">${this.outcome.text}</h1>
      <p class="notice" role="status">${this.notice}</p>
      ${renderBlocks(this.outcome.content, t)}
      ${this.asked.length
        ? html`<div class="questions">
            <h2>${t("section.questions")}</h2>
            ${this.asked.map(
              (q, i) => html`<cp-question
                .question=${q}
                .number=${i + 1}
                .total=${this.asked.length}
                .record=${this.answers[q.id]}
                .strings=${t}
                mode="check"
              ></cp-question>`,
            )}
          </div>`
        : nothing}
      <p class="notice" role="status">${this.message}</p>
      <div class="actions">
        <button type="button" @click=${this.onContinue}>${t(this.last ? "section.finish" : "section.continue")}</button>
      </div>
    `;
  }

  private onContinue(): void {
    const open = this.asked.filter((q) => !this.answers[q.id]?.choiceIds.length);
    if (open.length === 0) {
      this.message = "";
      emit(this, "cp-section-complete", { outcomeId: this.outcome.id });
      return;
    }
    this.message = this.strings("section.unanswered", { count: open.length });
    const index = this.asked.indexOf(open[0]!);
    this.renderRoot.querySelectorAll<CpQuestion>("cp-question")[index]?.focusChoices();
  }
}

customElements.define("cp-section", CpSection);

declare global {
  interface HTMLElementTagNameMap {
    "cp-section": CpSection;
  }
}
