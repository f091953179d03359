import { userEvent } from "vitest/browser";
import type { Course } from "@coursepack/course-model";
import type { TrackerSnapshot } from "@coursepack/tracking";
import "../components/course/course.ts";
import { CpCourse } from "../components/course/course.ts";
import { buttonsLabelled, deepActiveElement, focusedHeading, mount, queryAllDeep, queryDeep, until } from "./dom.ts";
import { FakeTracker } from "./fake-tracker.ts";
import { packageData, rightAnswer } from "./fixtures.ts";

/** The whole player on the page, as main.ts mounts it, over a FakeTracker. */
export async function mountCourse(course: Course, start: Partial<TrackerSnapshot> = {}) {
  const tracker = new FakeTracker(course, start);
  const el = new CpCourse();
  el.data = packageData(course);
  el.tracker = tracker;
  el.today = new Date(2025, 10, 22);
  await mount(el, "beside");
  // The course shell brings its own landmarks: drop the test page's.
  document.querySelector("body > main")?.remove();
  return { el, tracker };
}

/** The screen element on show inside the shell's main. */
export function currentScreen(): Element | null {
  return queryDeep("cp-course")?.shadowRoot?.querySelector("main")?.firstElementChild ?? null;
}

/** The h1 of the screen on show. */
export function screenTitle(): string {
  const main = queryDeep("cp-course")?.shadowRoot?.querySelector("main");
  const h1 = currentScreen()?.shadowRoot?.querySelector("h1") ?? main?.querySelector("h1");
  return h1?.textContent?.trim() ?? "";
}

/** Rows of the contents, as text. */
export function menuRows(): string[] {
  const menu = queryDeep("cp-menu")?.shadowRoot;
  return menu ? [...menu.querySelectorAll("li")].map((li) => li.textContent?.replace(/\s+/g, " ").trim() ?? "") : [];
}

/** Wait for a screen change to land: the new screen's heading has focus. */
export async function untilHeadingFocused(title: string): Promise<void> {
  await until(() => focusedHeading() === title, `focus on the heading "${title}" (focus is on ${describe(deepActiveElement())})`);
}

export function describe(el: Element | null): string {
  if (!el) return "nothing";
  return `${el.tagName.toLowerCase()} "${el.textContent?.replace(/\s+/g, " ").trim().slice(0, 60)}"`;
}

/** Keyboard only: Tab (or Shift+Tab) until `match` has focus. */
export async function tabTo(match: (el: Element) => boolean, what: string, backwards = false, max = 80): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const el = deepActiveElement();
    if (el && match(el)) return el;
    await userEvent.keyboard(backwards ? "{Shift>}{Tab}{/Shift}" : "{Tab}");
  }
  throw new Error(`Tab never reached ${what}; focus is on ${describe(deepActiveElement())}`);
}

export const isButton = (label: string) => (el: Element) => el.tagName === "BUTTON" && el.textContent?.trim() === label;

/** The inputs of the question with this id (inside its cp-question). */
export function choiceInputs(questionId: string): HTMLInputElement[] {
  const host = queryAllDeep<HTMLElement & { question?: { id: string } }>("cp-question").find((q) => q.question?.id === questionId);
  return host ? [...(host.shadowRoot?.querySelectorAll("input") ?? [])] : [];
}

export async function press(label: string): Promise<void> {
  const [button] = buttonsLabelled(label);
  if (!button) throw new Error(`no button "${label}" on "${screenTitle()}"`);
  await userEvent.click(button);
}

/** Picks the right (or a wrong) answer of a question on screen, and Checks it in per-question mode. */
export async function answer(course: Course, questionId: string, right = true): Promise<void> {
  const ids = right ? rightAnswer(course, questionId) : [course.questions.find((q) => q.id === questionId)!.choices.find((c) => !c.correct)!.id];
  for (const input of choiceInputs(questionId)) if (ids.includes(input.value)) await userEvent.click(input);
  const host = queryAllDeep<HTMLElement & { question?: { id: string } }>("cp-question").find((q) => q.question?.id === questionId);
  const check = host?.shadowRoot?.querySelector("button");
  if (check) await userEvent.click(check);
}
