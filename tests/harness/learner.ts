/**
 * A learner taking a package in the LMS's frame, through the screens only: it reads the heading to know
 * where it is, ticks the radios and checkboxes whose visible text the course data says are right (or
 * wrong), and presses the buttons a person would (Start/Resume, Check, Continue/Finish, Submit). It never
 * calls the tracker or reads the player's state: what it can do is what a person can do.
 */
import type { Choice, Course, LearningOutcome, Question } from "@coursepack/course-model";
import type { Frame, Locator } from "playwright-core";

/** Which questions the learner gets right: by question and its index in the course. */
export type Plan = (question: Question, index: number) => boolean;
export const allRight: Plan = () => true;
export const allWrong: Plan = () => false;

export const RESULTS_TITLE = "Your results";
export const ASSESSMENT_TITLE = "Knowledge check";
const STEP_LIMIT = 300;
/**
 * A real mouse click at the control's place, without Playwright's wait for two steady animation frames
 * (that wait is most of a suite's time). Nothing is lost: a click that lands on anything else leaves the
 * choice unticked or the answer unchecked, and the learner checks both before moving on.
 */
const PRESS = { force: true } as const;
const SCREEN_TIMEOUT_MS = 20_000;

/**
 * The choices picked: every correct one, or, to be wrong, the first wrong one alone (single, true-false) or
 * every correct one plus the first wrong one (multiple: "nearly right" is wrong, there is no partial credit).
 */
export function picks(question: Question, right: boolean): Choice[] {
  const correct = question.choices.filter((c) => c.correct);
  if (right) return correct;
  const wrong = question.choices.find((c) => !c.correct);
  if (!wrong) throw new Error(`${question.id} has no wrong choice`);
  if (question.type !== "multiple") return [wrong];
  return question.choices.filter((c) => c.correct || c === wrong);
}

/** The questions in the order the assessment screen shows them: grouped under their outcomes. */
export function assessmentOrder(course: Course): Question[] {
  return course.outcomes.flatMap((o) => course.questions.filter((q) => q.outcomeId === o.id));
}

export interface TakeOptions {
  /** Leave off (press nothing more) once this many questions were answered in this call. */
  readonly stopAfter?: number;
}

export interface TakeResult {
  readonly answered: number;
  /** True when `stopAfter` ended the walk before the results. */
  readonly stopped: boolean;
  /** The screen the learner was on at the end (its heading). */
  readonly screen: string;
}

export interface QuestionOnScreen {
  readonly prompt: string;
  /** Ids (input values) of the ticked choices. */
  readonly picked: string[];
  /** Inputs disabled: the answer is checked (per question) or revealed after submission. */
  readonly locked: boolean;
}

export interface Learner {
  /** The heading of the screen on show ("" while none is). */
  screen(): Promise<string>;
  /** On the welcome screen: presses Start, or Resume when the LMS kept an earlier session. */
  start(): Promise<void>;
  /** From wherever the learner is to the results (or until `stopAfter`). */
  take(plan: Plan, options?: TakeOptions): Promise<TakeResult>;
  /** The questions on the current screen, as shown. */
  questionsOnScreen(): Promise<QuestionOnScreen[]>;
  /** The results screen's verdict, overall score and score per outcome text, as shown. */
  results(): Promise<{ score: string; verdict: string; outcomes: Record<string, string> }>;
  /** The header's Exit button. */
  exit(): Promise<void>;
}

export function learner(frame: Frame, course: Course): Learner {
  return new CourseLearner(frame, course);
}

class CourseLearner implements Learner {
  private readonly heading: Locator;
  private readonly hosts: Locator;

  constructor(private readonly frame: Frame, private readonly course: Course) {
    this.heading = frame.locator("cp-course main h1").first();
    this.hosts = frame.locator("cp-course main cp-question");
  }

  async screen(): Promise<string> {
    return ((await this.heading.textContent({ timeout: SCREEN_TIMEOUT_MS })) ?? "").trim();
  }

  async start(): Promise<void> {
    await this.leave(this.course.title, this.frame.locator("cp-welcome").getByRole("button", { name: /^(Start|Resume)$/ }));
  }

  async take(plan: Plan, options: TakeOptions = {}): Promise<TakeResult> {
    const budget = new Budget(options.stopAfter ?? Infinity);
    for (let step = 0; step < STEP_LIMIT; step++) {
      const title = await this.screen();
      const outcome = this.course.outcomes.find((o) => o.text === title);
      let going = true;
      if (title === RESULTS_TITLE) return { answered: budget.count, stopped: false, screen: title };
      if (title === this.course.title) await this.start();
      else if (outcome) going = await this.section(outcome, plan, budget);
      else if (title === ASSESSMENT_TITLE) going = await this.assessment(plan, budget);
      else throw new Error(`the learner does not know the screen "${title}"`);
      if (!going) return { answered: budget.count, stopped: true, screen: title };
    }
    throw new Error(`no results after ${STEP_LIMIT} screens`);
  }

  questionsOnScreen(): Promise<QuestionOnScreen[]> {
    return questionsOnScreen(this.frame);
  }

  results(): Promise<{ score: string; verdict: string; outcomes: Record<string, string> }> {
    return readResults(this.frame);
  }

  exit(): Promise<void> {
    return this.frame.locator("cp-header").getByRole("button", { name: "Exit", exact: true }).click();
  }

  /** A section: (per question) tick and Check each open question, then Continue or Finish. */
  private async section(outcome: LearningOutcome, plan: Plan, budget: Budget): Promise<boolean> {
    const course = this.course;
    const questions = course.assessment.feedback === "per-question" ? course.questions.filter((q) => q.outcomeId === outcome.id) : [];
    const shown = await this.onScreen(questions);
    for (const [i, question] of questions.entries()) {
      if (shown[i]!.locked) continue;
      if (budget.spent()) return false;
      const host = this.hosts.nth(i);
      await tick(host, question, plan(question, course.questions.indexOf(question)));
      await host.getByRole("button", { name: "Check", exact: true }).click(PRESS);
      budget.use();
    }
    const open = (await this.onScreen(questions)).filter((q) => !q.locked);
    if (open.length) throw new Error(`Check did not record ${open.map((q) => `"${q.prompt}"`).join(", ")}`);
    await this.leave(outcome.text, this.frame.locator("cp-section").getByRole("button", { name: /^(Continue|Finish)$/ }));
    return true;
  }

  /** The knowledge check at the end: tick every question not ticked yet, then Submit (Continue once submitted). */
  private async assessment(plan: Plan, budget: Budget): Promise<boolean> {
    const view = this.frame.locator("cp-assessment");
    if (!(await view.getByRole("button", { name: "Submit", exact: true }).count())) {
      await this.leave(ASSESSMENT_TITLE, view.getByRole("button", { name: "Continue", exact: true }));
      return true;
    }
    const order = assessmentOrder(this.course);
    const shown = await this.onScreen(order);
    for (const [i, question] of order.entries()) {
      if (shown[i]!.picked.length > 0) continue;
      if (budget.spent()) return false;
      await tick(this.hosts.nth(i), question, plan(question, this.course.questions.indexOf(question)));
      budget.use();
    }
    await this.leave(ASSESSMENT_TITLE, view.getByRole("button", { name: "Submit", exact: true }));
    return true;
  }

  /** Presses `button` and waits for another screen. */
  private async leave(from: string, button: Locator): Promise<void> {
    await button.click(PRESS);
    const deadline = Date.now() + SCREEN_TIMEOUT_MS;
    while ((await this.screen()) === from) {
      if (Date.now() > deadline) throw new Error(`pressing a button on "${from}" led nowhere`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** The questions as shown, checked against the ones the course says this screen asks, in order. */
  private async onScreen(expected: readonly Question[]): Promise<QuestionOnScreen[]> {
    const shown = await questionsOnScreen(this.frame);
    const prompts = shown.map((q) => q.prompt);
    const wanted = expected.map((q) => q.prompt);
    if (prompts.join("\n") !== wanted.join("\n")) throw new Error(`expected the questions ${JSON.stringify(wanted)}, the screen shows ${JSON.stringify(prompts)}`);
    return shown;
  }
}

/** Counts answers; `spent` once the learner should leave off. */
class Budget {
  count = 0;
  constructor(private readonly limit: number) {}
  spent(): boolean {
    return this.count >= this.limit;
  }
  use(): void {
    this.count += 1;
  }
}

/** Ticks the choices by their visible text, as a person reading the screen would. */
async function tick(host: Locator, question: Question, right: boolean): Promise<void> {
  const role = question.type === "multiple" ? "checkbox" : "radio";
  for (const choice of picks(question, right)) await host.getByRole(role, { name: choice.text, exact: true }).check(PRESS);
}

/** Every question on the current screen in one look (one round trip): prompt, ticked choices, locked. */
function questionsOnScreen(frame: Frame): Promise<QuestionOnScreen[]> {
  return frame.locator("cp-course main cp-question").evaluateAll((hosts) =>
    hosts.map((host) => {
      const root = host.shadowRoot;
      const inputs = [...(root?.querySelectorAll("input") ?? [])];
      return {
        prompt: root?.querySelector("legend .prompt")?.textContent?.trim() ?? "",
        picked: inputs.filter((i) => i.checked).map((i) => i.value),
        locked: inputs.length > 0 && inputs.every((i) => i.disabled),
      };
    }),
  );
}

async function readResults(frame: Frame): Promise<{ score: string; verdict: string; outcomes: Record<string, string> }> {
  const view = frame.locator("cp-results");
  const text = async (l: Locator) => ((await l.textContent()) ?? "").replace(/\s+/g, " ").trim();
  const outcomes: Record<string, string> = {};
  for (const row of await view.locator("tbody tr").all()) outcomes[await text(row.locator("th"))] = await text(row.locator("td"));
  const score = (await view.locator(".score").count()) ? await text(view.locator(".score")) : "";
  return { score, verdict: await text(view.locator(".verdict")), outcomes };
}
