import { describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import type { NavigateDetail } from "../../events.ts";
import { axeViolations, deepActiveElement, mount } from "../../testing/dom.ts";
import { CpMenu } from "./menu.ts";
import type { MenuItem } from "./menu.ts";

const ITEMS: MenuItem[] = [
  { id: "welcome", label: "Introduction", done: false, current: false, locked: false },
  { id: "one", label: "1. What is a key worker", done: true, current: false, locked: false },
  { id: "two", label: "2. Boundaries", done: false, current: true, locked: false },
  { id: "three", label: "3. Confidentiality", done: false, current: false, locked: true },
];

async function menu(set: Partial<CpMenu> = {}): Promise<CpMenu> {
  const el = new CpMenu();
  el.items = ITEMS;
  el.summary = "Contents: 1 of 3 sections completed";
  el.open = true;
  Object.assign(el, set);
  return mount(el, "beside");
}

function navigations(): NavigateDetail[] {
  const seen: NavigateDetail[] = [];
  document.addEventListener("cp-navigate", (e) => seen.push(e.detail));
  return seen;
}

const rows = (el: CpMenu) => [...el.renderRoot.querySelectorAll("li")].map((li) => li.textContent?.replace(/\s+/g, " ").trim());

describe("cp-menu", () => {
  test("lists every page with its state in marks and words, not colour", async () => {
    const el = await menu();
    expect(el.renderRoot.querySelector("nav")?.getAttribute("aria-label")).toBe("Contents");
    expect(rows(el)).toEqual([
      "Introduction",
      "✓ 1. What is a key worker (completed)",
      "2. Boundaries",
      "○ 3. Confidentiality (not yet available)",
    ]);
    const current = el.renderRoot.querySelector("[aria-current=page]");
    expect(current?.textContent).toContain("2. Boundaries");
    expect(el.renderRoot.querySelectorAll("button").length).toBe(3);
    expect(await axeViolations()).toEqual([]);
  });

  test("open pages are buttons that send cp-navigate; back is always possible by keyboard", async () => {
    const seen = navigations();
    const el = await menu();
    el.renderRoot.querySelector<HTMLElement>("summary")!.focus();
    await userEvent.keyboard("{Tab}{Tab}");
    expect(deepActiveElement()?.textContent).toContain("1. What is a key worker");
    await userEvent.keyboard("{Enter}");
    expect(seen).toEqual([{ pageId: "one" }]);
  });

  test("folds away behind its summary and opens with the keyboard", async () => {
    const el = await menu({ open: false });
    const details = el.renderRoot.querySelector("details")!;
    expect(details.open).toBe(false);
    expect(el.renderRoot.querySelector("summary")?.textContent).toBe("Contents: 1 of 3 sections completed");
    el.renderRoot.querySelector<HTMLElement>("summary")!.focus();
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(details.open).toBe(true);
    expect(el.open).toBe(true);
    expect(await axeViolations()).toEqual([]);
  });
});
