/**
 * The author's controls, bound to the controller: native, labelled form controls only, so they work with a
 * keyboard and a screen reader without any extra code.
 */
import type { ScormVersion } from "@coursepack/course-model";
import type { PreviewState } from "../protocol.ts";
import type { Controller } from "./controller.ts";
import { byId, el, fill } from "./dom.ts";
import type { Faults } from "./lms.ts";

const FAULTS: Readonly<Record<string, keyof Faults>> = {
  "fault-commit": "commitFails",
  "fault-throws": "throws",
  "fault-slow": "slow",
  "fault-nolms": "noLms",
};

export function bindControls(controller: Controller, rerender: () => void): void {
  byId<HTMLSelectElement>("version").addEventListener("change", (e) => controller.setVersion((e.target as HTMLSelectElement).value as ScormVersion));
  byId<HTMLSelectElement>("variant").addEventListener("change", (e) => controller.setVariant((e.target as HTMLSelectElement).value));
  const learner = byId<HTMLInputElement>("learner");
  learner.value = controller.learnerName;
  learner.addEventListener("change", () => (controller.learnerName = learner.value.trim() || controller.learnerName));
  byId("new-attempt").addEventListener("click", () => controller.newAttempt());
  byId("leave").addEventListener("click", () => controller.leave());
  byId("resume").addEventListener("click", () => controller.resume());
  for (const [id, fault] of Object.entries(FAULTS)) {
    const box = byId<HTMLInputElement>(id);
    box.addEventListener("change", () => controller.setFault(fault, box.checked));
  }
  for (const id of ["show-live", "show-stored"]) byId(id).addEventListener("change", rerender);
  const log = byId<HTMLOListElement>("log");
  byId<HTMLInputElement>("hide-reads").addEventListener("change", (e) => log.classList.toggle("hide-reads", (e.target as HTMLInputElement).checked));
  byId("clear-log").addEventListener("click", () => controller.clearLog());
}

/** Options and enabled states follow the course and the launch. */
export function updateControls(controller: Controller, state: PreviewState): void {
  const version = byId<HTMLSelectElement>("version");
  const versions = state.versions.join(",");
  if (version.dataset.versions !== versions) {
    fill(version, state.versions.map((v) => el("option", { value: v }, `SCORM ${v}`)));
    version.dataset.versions = versions;
  }
  version.value = controller.version;
  const variants = state.variants.map((v) => `${v.segment}=${v.label ?? ""}`).join(",");
  const variant = byId<HTMLSelectElement>("variant");
  if (variant.dataset.variants !== variants) {
    fill(variant, state.variants.map((v) => el("option", { value: v.segment }, v.label ?? v.segment)));
    variant.dataset.variants = variants;
  }
  variant.value = controller.variant?.segment ?? "";
  byId("variant-field").hidden = state.variants.length < 2;
  const loaded = controller.variant !== null;
  for (const id of ["new-attempt", "resume"]) byId<HTMLButtonElement>(id).disabled = !loaded;
  byId<HTMLButtonElement>("leave").disabled = !controller.open;
}
