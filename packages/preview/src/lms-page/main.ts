/**
 * The preview LMS page: fetches the course state, launches the module in `iframe#scorm_object` under the
 * preview LMS, and keeps the panel, the log and the controls up to date. Test hooks on `window.__preview`.
 */
import type { PreviewState } from "../protocol.ts";
import type { Controller, FrameHost } from "./controller.ts";
import { createController } from "./controller.ts";
import { bindControls, updateControls } from "./controls.ts";
import { byId, el, fill } from "./dom.ts";
import { createLogView } from "./log-view.ts";
import { renderPanel } from "./panel.ts";
import { fetchState, onCourseReload } from "./server-link.ts";
import { moduleStatusText, renderDiagnostics, storeText } from "./status-view.ts";

const frameHost: FrameHost = {
  open(src, title) {
    const frame = el("iframe", { id: "scorm_object", name: "scorm_object", title: `Course module: ${title}`, src });
    fill(byId("frame-host"), frame);
  },
  close() {
    document.getElementById("scorm_object")?.remove();
    fill(byId("frame-host"), el("p", { class: "empty" }, "The module is closed. Resume launches it again with what the LMS stored; New attempt starts afresh."));
  },
};

function render(controller: Controller, state: PreviewState, log: ReturnType<typeof createLogView>): void {
  const title = controller.variant?.course.title ?? state.source;
  byId("page-title").textContent = `Preview: ${title}`;
  document.title = `Preview: ${title} · coursepack`;
  setText(byId("module-status"), moduleStatusText(controller));
  renderDiagnostics(byId("errors"), byId("warnings"), state);
  updateControls(controller, state);
  setText(byId("store-status"), storeText(controller));
  const stored = byId<HTMLInputElement>("show-stored").checked;
  const current = controller.current;
  const course = controller.variant?.course;
  if (!course) fill(byId("frame-host"), el("p", { class: "empty" }, "The module appears here once the course loads without errors."));
  else {
    renderPanel(byId("model"), stored
      ? { version: controller.version, course, cmi: controller.stored?.cmi ?? null, totalTime: controller.stored?.totalTime ?? "", empty: "Nothing is stored yet: the module has not committed in this attempt." }
      : { version: controller.version, course, cmi: current?.data() ?? null, totalTime: current?.totalTime() ?? "", empty: "No launch yet." });
  }
  log.update(controller.log);
}

/** Only real changes reach the live region, so screen readers hear each status once. */
function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

async function start(): Promise<void> {
  let state = await fetchState();
  const log = createLogView(byId<HTMLOListElement>("log"));
  let queued = false;
  const schedule = (): void => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      render(controller, state, log);
    });
  };
  const controller = createController({
    frame: frameHost,
    window: window as unknown as Record<string, unknown>,
    state,
    changed: schedule,
    forgetStandalone: (id) => localStorage.removeItem(`coursepack:${id}`),
  });
  bindControls(controller, schedule);
  onCourseReload((next) => {
    state = next;
    controller.courseChanged(next);
    schedule();
  });
  (window as unknown as { __preview: unknown }).__preview = {
    data: () => controller.current?.data() ?? null,
    stored: () => controller.stored,
    log: () => controller.log,
    state: () => state,
  };
  if (state.variants.length > 0) controller.resume();
  schedule();
}

void start();
