/**
 * The events components send up to the course shell (`cp-course`), the only element that talks to the
 * tracker. Every event bubbles and is composed, so it crosses shadow roots on its way up; nothing listens
 * on `window` and there is no event bus: a component tells its parent, the shell decides.
 */

/** Welcome screen: the learner starts, or resumes where they left off. */
export interface StartDetail {
  readonly resume: boolean;
}

/** The learner asks to go to a page: "welcome", an outcome id, "assessment", "results", "certificate". */
export interface NavigateDetail {
  readonly pageId: string;
}

/** The learner checked (per-question feedback) or changed (end-of-module assessment) an answer. */
export interface AnswerDetail {
  readonly questionId: string;
  readonly choiceIds: readonly string[];
}

/** The learner has read (and, per-question mode, answered) the section of one learning outcome. */
export interface SectionCompleteDetail {
  readonly outcomeId: string;
}

/** Typed map of every event the player's components dispatch. */
export interface CpEventMap {
  "cp-start": CustomEvent<StartDetail>;
  "cp-navigate": CustomEvent<NavigateDetail>;
  "cp-answer": CustomEvent<AnswerDetail>;
  "cp-section-complete": CustomEvent<SectionCompleteDetail>;
  /** The knowledge check is answered and the learner submits it. */
  "cp-submit": CustomEvent<Record<string, never>>;
  /** The learner starts a new attempt at the knowledge check. */
  "cp-retry": CustomEvent<Record<string, never>>;
  /** The learner's Exit button. */
  "cp-exit": CustomEvent<Record<string, never>>;
}

export type CpEventName = keyof CpEventMap;
export type CpEventDetail<K extends CpEventName> = CpEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  // Lets `element.addEventListener("cp-answer", (e) => e.detail.questionId)` type-check everywhere.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CpEventMap {}
  // The events are composed and bubble to the document too.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends CpEventMap {}
}

/** Dispatch a player event from `from`: bubbling and composed, so it reaches the shell. */
export function emit<K extends CpEventName>(from: EventTarget, name: K, detail: CpEventDetail<K>): void {
  from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
