/**
 * Page lifecycle: the moments a SCO can still save before it goes away.
 * - `visibilitychange` to hidden: the last moment that reliably fires on mobile and when a tab is closed;
 *   commit there.
 * - `pagehide`: the page is being unloaded (or put in the back/forward cache): finish there, once.
 * - never `unload`: Chrome blocks it in Moodle's SCORM frame (Permissions Policy) and it breaks the
 *   back/forward cache; browsers also refuse synchronous XHR while it runs. See SCORM-FIELD-NOTES.md.
 */

type Listener = () => void;

export interface LifecycleDocument {
  readonly visibilityState: string;
  addEventListener(type: "visibilitychange", listener: Listener): void;
  removeEventListener(type: "visibilitychange", listener: Listener): void;
}

export interface LifecycleWindow {
  readonly document: LifecycleDocument;
  addEventListener(type: "pagehide", listener: Listener): void;
  removeEventListener(type: "pagehide", listener: Listener): void;
}

export interface LifecycleHandlers {
  /** Commit now: the page may never come back. */
  hidden(): void;
  /** Finish the session (the handler makes sure this happens only once). */
  pagehide(): void;
}

/** Wires the handlers to the page; returns a function that unwires them. */
export function wireLifecycle(win: LifecycleWindow, handlers: LifecycleHandlers): () => void {
  const onVisibility = () => {
    if (win.document.visibilityState === "hidden") handlers.hidden();
  };
  const onPageHide = () => handlers.pagehide();
  win.document.addEventListener("visibilitychange", onVisibility);
  win.addEventListener("pagehide", onPageHide);
  return () => {
    win.document.removeEventListener("visibilitychange", onVisibility);
    win.removeEventListener("pagehide", onPageHide);
  };
}
