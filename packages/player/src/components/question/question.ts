import { LitElement, html, nothing } from "lit";
import type { PropertyValues } from "lit";
import type { Choice, Question } from "@coursepack/course-model";
import type { AnswerRecord } from "@coursepack/tracking";
import { emit } from "../../events.ts";
import { renderBlocks } from "../../rich-text.ts";
import { createStrings } from "../../strings.ts";
import type { Translate } from "../../strings.ts";
import { questionStyles } from "./question.styles.ts";

/**
 * One knowledge-check question: optional scenario, then a fieldset whose legend is the prompt, with radio
 * buttons (single, true/false) or checkboxes (multiple). Feedback appears in a live region.
 *
 * - mode "check" (feedback per question): a Check button; once the answer is recorded the question locks
 *   and shows why the answer is right or wrong.
 * - mode "choose" (one assessment at the end): every change is reported; feedback shows once `revealed`.
 *
 * @event cp-answer - `{questionId, choiceIds}`: on Check ("check" mode) or on every change ("choose" mode).
 * @csspart scenario - the scenario box.
 * @csspart feedback - the feedback box once shown.
 */
export class CpQuestion extends LitElement {
  static override styles = questionStyles;

  static override properties = {
    question: { attribute: false },
    number: { type: Number },
    total: { type: Number },
    mode: {},
    record: { attribute: false },
    revealed: { type: Boolean },
    strings: { attribute: false },
    selected: { state: true },
    message: { state: true },
  };

  declare question: Question;
  declare number: number;
  declare total: number;
  declare mode: "check" | "choose";
  /** The tracker's record of this question's answer in the current attempt, if any. */
  declare record: AnswerRecord | undefined;
  declare revealed: boolean;
  declare strings: Translate;
  declare private selected: readonly string[];
  declare private message: string;

  constructor() {
    super();
    this.number = 1;
    this.total = 1;
    this.mode = "check";
    this.revealed = false;
    this.strings = createStrings();
    this.selected = [];
    this.message = "";
  }

  /** Feedback shows (and the answer locks) once checked, or in "choose" mode once the assessment is in. */
  get showsFeedback(): boolean {
    return this.record !== undefined && (this.mode === "check" || this.revealed);
  }

  /** Puts focus on the first choice: used when the learner tries to move on with this question open. */
  focusChoices(): void {
    this.renderRoot.querySelector<HTMLInputElement>("input:checked, input")?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("record")) this.selected = this.record?.choiceIds ?? [];
  }

  protected override render() {
    const t = this.strings;
    const q = this.question;
    const hint = q.type === "multiple" ? t("question.multiple") : t("question.single");
    return html`
      <h3 class="number">${t("question.label", { current: this.number, total: this.total })}</h3>
      ${q.scenario?.length
        ? html`<div class="scenario" part="scenario">
            <p class="scenario-label">${t("question.scenario")}</p>
            ${renderBlocks(q.scenario, t)}
          </div>`
        : nothing}
      <fieldset>
        <legend><span class="prompt">${q.prompt}</span> <span class="hint">${hint}</span></legend>
        <div class="choices">${q.choices.map((c) => this.renderChoice(c))}</div>
      </fieldset>
      ${this.mode === "check" ? this.renderCheck() : nothing}
      <div class="live" role="status">
        ${this.message ? html`<p class="notice">${this.message}</p>` : nothing}
        ${this.showsFeedback ? this.renderFeedback() : nothing}
      </div>
    `;
  }

  private renderChoice(choice: Choice) {
    const reveal = this.showsFeedback;
    const chosen = this.selected.includes(choice.id);
    const type = this.question.type === "multiple" ? "checkbox" : "radio";
    return html`<label>
      <input
        type=${type}
        name="choice"
        value=${choice.id}
        .checked=${chosen}
        ?disabled=${reveal}
        @change=${this.onChange}
      />
      <span
        >${this.choiceText(choice)}${reveal && choice.correct
          ? html`<span class="mark"><span aria-hidden="true">✓</span> (${this.strings("question.rightAnswer")})</span>`
          : nothing}${reveal && chosen ? html`<span class="mark">(${this.strings("question.yourAnswer")})</span>` : nothing}</span
      >
    </label>`;
  }

  private choiceText(choice: Choice): string {
    if (choice.text) return choice.text;
    if (this.question.type === "true-false") return this.strings(choice.id === "true" ? "question.true" : "question.false");
    return choice.id;
  }

  private renderCheck() {
    const locked = this.record !== undefined;
    return html`<div class="actions">
      <button type="button" aria-disabled=${locked ? "true" : "false"} @click=${this.onCheck}>
        ${locked ? this.strings("question.checked") : this.strings("question.check")}
      </button>
    </div>`;
  }

  private renderFeedback() {
    const correct = this.record?.correct === true;
    const blocks = correct ? this.question.feedback.correct : this.question.feedback.incorrect;
    return html`<div class="feedback ${correct ? "correct" : "incorrect"}" part="feedback">
      <p class="verdict">
        <span aria-hidden="true">${correct ? "✓" : "✗"}</span>
        ${this.strings(correct ? "question.correct" : "question.incorrect")}
      </p>
      ${renderBlocks(blocks, this.strings)}
    </div>`;
  }

  private onChange(): void {
    const inputs = [...this.renderRoot.querySelectorAll<HTMLInputElement>("input")];
    this.selected = inputs.filter((i) => i.checked).map((i) => i.value);
    this.message = "";
    if (this.mode === "choose") emit(this, "cp-answer", { questionId: this.question.id, choiceIds: this.selected });
  }

  private onCheck(): void {
    if (this.record !== undefined) return;
    if (this.selected.length === 0) {
      this.message = this.strings("question.choose");
      return;
    }
    emit(this, "cp-answer", { questionId: this.question.id, choiceIds: this.selected });
  }
}

customElements.define("cp-question", CpQuestion);

declare global {
  interface HTMLElementTagNameMap {
    "cp-question": CpQuestion;
  }
}
