/**
 * Small steps a learner takes between the ones `learner.take()` makes, for tests that stop at any point of a
 * course: tick a choice without checking it, press a section's Continue, read what the header says about
 * saving. Like the learner, only through what is on screen.
 */
import type { Course, Question } from "@coursepack/course-model";
import { EN_GB } from "@coursepack/player";
import type { Frame } from "playwright-core";
import type { Plan } from "./learner.ts";
import { assessmentOrder, picks } from "./learner.ts";

const PRESS = { force: true } as const;
const SCREEN_TIMEOUT_MS = 20_000;

/** What the header says about saving, in the player's own words. */
export const SAVE_TEXT = { saved: EN_GB["save.saved"], saving: EN_GB["save.saving"], notSaved: EN_GB["save.notSaved"] } as const;
/** The tracker retries 1 s after a failure, so a save state can take that long to show, longer when busy. */
export const SAVE_WAIT_MS = 8_000;
export const STANDALONE_TEXT = EN_GB.standalone;
export const RESUME_NOTE = EN_GB["welcome.resumeNote"];

/** The heading of the screen on show. */
export async function screenOf(frame: Frame): Promise<string> {
  return ((await frame.locator("cp-course main h1").first().textContent({ timeout: SCREEN_TIMEOUT_MS })) ?? "").trim();
}

/** The save state line of the header, as shown (icon left out), or "" while none is visible. */
export async function saveText(frame: Frame): Promise<string> {
  const line = frame.locator("cp-header p.save");
  if (!(await line.isVisible())) return "";
  return ((await line.textContent()) ?? "").replace(/^\s*\S\s+/, "").trim();
}

/** What the header's status region last announced to screen readers. */
export async function saveAnnouncement(frame: Frame): Promise<string> {
  return ((await frame.locator("cp-header [role=status]").textContent()) ?? "").trim();
}

/** Ticks `question`'s choices (right or wrong, as the learner would) on the current screen, without Check. */
export async function tickOnly(frame: Frame, question: Question, right: boolean): Promise<void> {
  const host = frame.locator("cp-course main cp-question").filter({ has: frame.getByText(question.prompt, { exact: true }) });
  const role = question.type === "multiple" ? "checkbox" : "radio";
  for (const choice of picks(question, right)) await host.getByRole(role, { name: choice.text, exact: true }).check(PRESS);
}

/** Presses a section's Continue (or Finish) and waits for the next screen. */
export async function continueSection(frame: Frame): Promise<string> {
  const from = await screenOf(frame);
  await frame.locator("cp-section").getByRole("button", { name: /^(Continue|Finish)$/ }).click(PRESS);
  return waitForScreenChange(frame, from);
}

export async function waitForScreenChange(frame: Frame, from: string): Promise<string> {
  const deadline = Date.now() + SCREEN_TIMEOUT_MS;
  for (;;) {
    const now = await screenOf(frame);
    if (now !== from) return now;
    if (Date.now() > deadline) throw new Error(`the screen stayed "${from}"`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The number of questions of each outcome's section, in course order. */
export function sectionSizes(course: Course): number[] {
  return course.outcomes.map((o) => course.questions.filter((q) => q.outcomeId === o.id).length);
}

/** The choice ids the plan gives the first `count` questions, in the order the course asks them. */
export function answersGiven(course: Course, plan: Plan, count: number): Record<string, string[]> {
  const given = assessmentOrder(course).slice(0, count);
  return Object.fromEntries(given.map((q) => [q.id, picks(q, plan(q, course.questions.indexOf(q))).map((c) => c.id)]));
}
