/**
 * The learner bot: it knows nothing of the course. On every screen it ticks the first choice of each
 * question left open, then presses the first visible button with an ordinary label. It sees the page as
 * assistive technology does (ARIA roles, accessible names, hidden things left out), so a course that needs
 * anything else (a special label, a hidden control, a drag, a link styled as a button) leaves it stuck.
 */
import type { Frame, Locator } from "playwright-core";

/** In the order the bot prefers them: answer what is open before moving on. */
export const ORDINARY_LABELS = ["Start", "Resume", "Check", "Submit", "Next", "Continue", "Finish"] as const;
const ORDINARY_BUTTON = new RegExp(`^(${ORDINARY_LABELS.join("|")})$`);
const DONE = "Your results";
/** A real mouse click on a control the bot found visible, without waiting for steady animation frames. */
const PRESS = { force: true } as const;

export interface BotRun {
  /** The heading of every screen seen, in order, without repeats in a row. */
  readonly screens: readonly string[];
  /** The label of every button pressed. */
  readonly presses: readonly string[];
}

/** `onStep` runs before every step, with the screen's heading: tests look at what each step shows. */
export async function runBot(frame: Frame, maxSteps = 200, onStep?: (title: string) => Promise<void>): Promise<BotRun> {
  const screens: string[] = [];
  const presses: string[] = [];
  // The screen: the course shell's main area (the header's Exit and the contents' page list are not steps).
  const screen = frame.locator("cp-course main");
  const heading = screen.locator("h1").first();
  for (let step = 0; step < maxSteps; step++) {
    const title = ((await heading.textContent()) ?? "").trim();
    if (screens.at(-1) !== title) screens.push(title);
    await onStep?.(title);
    if (title === DONE) return { screens, presses };
    await tickOpenQuestions(frame, screen);
    presses.push(await pressOrdinaryButton(screen, title));
  }
  throw new Error(`the bot did not reach "${DONE}" in ${maxSteps} steps; it saw ${JSON.stringify(screens)}`);
}

function choices(root: Frame | Locator, options: { checked?: boolean; disabled?: boolean } = {}): Locator {
  return root.getByRole("radio", options).or(root.getByRole("checkbox", options));
}

async function tickOpenQuestions(frame: Frame, screen: Locator): Promise<void> {
  // `has` takes a locator relative to each group: one from the frame, not from the screen.
  const groups = screen.getByRole("group").filter({ has: choices(frame), visible: true });
  // One look at every group (a round trip each would dominate the run): which have nothing ticked yet.
  const open = await groups.evaluateAll((fieldsets) =>
    fieldsets.flatMap((f, i) => ([...f.querySelectorAll("input")].some((input) => input.checked) ? [] : [i])),
  );
  for (const i of open) {
    const choice = choices(groups.nth(i), { disabled: false }).filter({ visible: true }).first();
    if ((await choice.count()) > 0) await choice.check(PRESS);
  }
}

async function pressOrdinaryButton(screen: Locator, title: string): Promise<string> {
  const shown = (await screen.getByRole("button", { name: ORDINARY_BUTTON }).filter({ visible: true }).allTextContents()).map((t) => t.trim());
  const label = ORDINARY_LABELS.find((l) => shown.includes(l));
  if (!label) throw new Error(`the bot is stuck on "${title}": no ordinary button to press`);
  await screen.getByRole("button", { name: label, exact: true }).filter({ visible: true }).first().click(PRESS);
  return label;
}
