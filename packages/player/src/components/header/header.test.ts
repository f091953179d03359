import { describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import { axeViolations, mount } from "../../testing/dom.ts";
import { CpHeader } from "./header.ts";

// A 1x1 PNG: logos are files in the package or data: URLs, never remote.
const LOGO = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

async function header(set: Partial<CpHeader> = {}): Promise<CpHeader> {
  const el = new CpHeader();
  el.organisation = "Example Care Training";
  Object.assign(el, set);
  return mount(el, "beside");
}

const text = (el: CpHeader, selector: string) => el.renderRoot.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim();
const live = (el: CpHeader) => text(el, "[role=status]");

describe("cp-header", () => {
  test("shows the organisation, its logo, the section and the save state", async () => {
    const el = await header({ logo: LOGO, progress: { current: 3, total: 16 } });
    expect(text(el, ".organisation")).toBe("Example Care Training");
    const img = el.renderRoot.querySelector("img")!;
    expect(img.getAttribute("src")).toBe(LOGO);
    expect(img.alt).toBe("");
    expect(text(el, ".progress")).toBe("Section 3 of 16");
    expect(text(el, ".save")).toBe("✓ Saved");
    expect(el.renderRoot.querySelector("header")).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  test("a logo without a name gets one; a remote logo is never loaded", async () => {
    const el = await header({ organisation: "", logo: LOGO });
    expect(el.renderRoot.querySelector("img")?.alt).toBe("Training provider's logo");
    el.logo = "https://cdn.example/logo.png";
    await el.updateComplete;
    expect(el.renderRoot.querySelector("img")).toBeNull();
  });

  test("saving is shown quietly; a failure to save, and the recovery, are announced", async () => {
    const el = await header();
    el.saveState = "saving";
    await el.updateComplete;
    expect(text(el, ".save")).toBe("↻ Saving…");
    expect(live(el)).toBe("");
    el.saveState = "not-saved";
    await el.updateComplete;
    expect(text(el, ".save")).toBe("! Not saved: your progress will be kept when the connection returns");
    expect(live(el)).toBe("Not saved: your progress will be kept when the connection returns");
    expect(await axeViolations()).toEqual([]);
    el.saveState = "saved";
    await el.updateComplete;
    expect(live(el)).toBe("Saved");
  });

  test("says when no LMS was found and progress stays in this browser", async () => {
    const el = await header({ lms: "standalone" });
    expect(text(el, ".standalone")).toContain("No learning management system found: your progress is kept in this browser only.");
    expect(await axeViolations()).toEqual([]);
  });

  test("Exit sends cp-exit; once finished there is no Exit", async () => {
    let exits = 0;
    document.addEventListener("cp-exit", () => exits++);
    const el = await header();
    const exit = el.renderRoot.querySelector("button")!;
    expect(exit.textContent?.trim()).toBe("Exit");
    await userEvent.click(exit);
    expect(exits).toBe(1);
    el.finished = true;
    await el.updateComplete;
    expect(el.renderRoot.querySelector("button")).toBeNull();
  });
});
