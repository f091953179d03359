import { describe, expect, test } from "vitest";
import { makeCourse } from "@coursepack/tracking/testing";
import type { PreviewState } from "../protocol.ts";
import { renderDiagnostics } from "./status-view.ts";

const state = (over: Partial<PreviewState>): PreviewState => ({ generation: 2, source: "c", ok: true, diagnostics: [], variants: [], versions: ["1.2"], startVersion: "1.2", ...over });

describe("renderDiagnostics", () => {
  test("errors: where, what, and how to fix, as text; the page says the module is the last good version", () => {
    const errors = document.createElement("div");
    const warnings = document.createElement("div");
    const diagnostics = [{ code: "CP401", severity: "error" as const, message: "`<b>` is wrong", file: "course.yaml", line: 3, column: 7, hint: "Write it <i>so</i>." }];
    renderDiagnostics(errors, warnings, state({ ok: false, diagnostics, variants: [{ segment: "all", label: null, course: makeCourse() }] }));
    expect(errors.querySelector("h2")?.textContent).toBe("The course has 1 error");
    expect(errors.textContent).toContain("last version that loaded");
    expect(errors.querySelector("li")?.textContent).toBe("course.yaml:3:7 error CP401: `<b>` is wrong" + "Hint: Write it <i>so</i>.");
    expect(errors.querySelectorAll("b, i")).toHaveLength(0);
    expect(warnings.hidden).toBe(true);
  });

  test("fixed: the errors go; warnings stay out of the way in a details", () => {
    const errors = document.createElement("div");
    const warnings = document.createElement("div");
    renderDiagnostics(errors, warnings, state({ diagnostics: [{ code: "CP520", severity: "warning", message: "m", file: "f" }] }));
    expect(errors.textContent).toBe("");
    expect(warnings.hidden).toBe(false);
    expect(warnings.querySelector("summary")?.textContent).toBe("1 warning");
  });
});
