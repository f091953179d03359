import { describe, expect, test } from "vitest";
import { QUIET_LMS, Scorm12API, Scorm2004API } from "@coursepack/tracking/testing/scorm-again";
import { NONE, readModel } from "./model-view.ts";

type Api = Record<string, (...a: string[]) => string> & { renderCMIToJSONObject(): { cmi: Record<string, unknown> } };

/** The data model as scorm-again renders it after the calls given: the shape the panel really reads. */
function modelAfter(version: "1.2" | "2004-4", values: Record<string, string>) {
  const api = (version === "1.2" ? new Scorm12API(QUIET_LMS) : new Scorm2004API(QUIET_LMS)) as unknown as Api;
  api[version === "1.2" ? "LMSInitialize" : "Initialize"]!("");
  for (const [element, value] of Object.entries(values)) api[version === "1.2" ? "LMSSetValue" : "SetValue"]!(element, value);
  return api.renderCMIToJSONObject().cmi;
}

const fact = (view: ReturnType<typeof readModel>, label: string) => view.facts.find((f) => f.label === label)?.value;

describe("readModel", () => {
  test("SCORM 1.2: status, score, location, times, every objective and interaction", () => {
    const cmi = modelAfter("1.2", {
      "cmi.core.lesson_status": "passed", "cmi.core.score.raw": "85", "cmi.core.score.min": "0", "cmi.core.score.max": "100",
      "cmi.core.lesson_location": "results", "cmi.core.session_time": "0000:02:03",
      "cmi.objectives.0.id": "outcome-1", "cmi.objectives.0.score.raw": "100", "cmi.objectives.0.status": "passed",
      "cmi.objectives.1.id": "outcome-2", "cmi.objectives.1.status": "incomplete",
      "cmi.interactions.0.id": "q-1", "cmi.interactions.0.type": "choice", "cmi.interactions.0.student_response": "b", "cmi.interactions.0.result": "correct",
      "cmi.suspend_data": "v1|x",
    });
    const view = readModel("1.2", cmi, "00:05:00");
    expect([fact(view, "Status"), fact(view, "Score"), fact(view, "Location"), fact(view, "Total time")]).toEqual(["passed", "85 (0-100)", "results", "00:05:00"]);
    expect(view.objectives).toEqual([
      { id: "outcome-1", score: "100 (max 100)", status: "passed" },
      { id: "outcome-2", score: NONE, status: "incomplete" },
    ]);
    expect(view.interactions).toEqual([{ id: "q-1", type: "choice", response: "b", result: "correct" }]);
    expect([view.suspendData, view.suspendLimit]).toEqual(["v1|x", 4096]);
  });

  test("SCORM 2004: completion and success, raw and scaled scores, objectives' statuses", () => {
    const cmi = modelAfter("2004-4", {
      "cmi.completion_status": "completed", "cmi.success_status": "passed", "cmi.score.raw": "90", "cmi.score.min": "0", "cmi.score.max": "100", "cmi.score.scaled": "0.9",
      "cmi.location": "results",
      "cmi.objectives.0.id": "outcome-1", "cmi.objectives.0.score.scaled": "1", "cmi.objectives.0.score.raw": "100", "cmi.objectives.0.success_status": "passed", "cmi.objectives.0.completion_status": "completed",
      "cmi.interactions.0.id": "q-1", "cmi.interactions.0.type": "choice", "cmi.interactions.0.learner_response": "b", "cmi.interactions.0.result": "incorrect",
    });
    const view = readModel("2004-4", cmi, "PT5M");
    expect([fact(view, "Status"), fact(view, "Score"), fact(view, "Location")]).toEqual(["completed, passed", "90 (0-100) · scaled 0.9", "results"]);
    expect(view.objectives).toEqual([{ id: "outcome-1", score: "100 · scaled 1", status: "completed, passed" }]);
    expect(view.interactions).toEqual([{ id: "q-1", type: "choice", response: "b", result: "incorrect" }]);
    expect(view.suspendLimit).toBe(64000);
  });

  test("a fresh session shows dashes, not blanks", () => {
    const view = readModel("1.2", modelAfter("1.2", {}), "");
    expect([fact(view, "Score"), fact(view, "Location"), fact(view, "Total time")]).toEqual([NONE, NONE, NONE]);
    expect(view.objectives).toEqual([]);
  });
});
