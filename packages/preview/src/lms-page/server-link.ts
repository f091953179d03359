/// <reference types="vite/client" />
/**
 * The page's line to the preview server: the course state as JSON, fetched when the page opens and again
 * whenever the server says the course was reloaded (a custom event on Vite's dev-server socket).
 */
import type { PreviewState } from "../protocol.ts";
import { COURSE_EVENT, STATE_PATH } from "../protocol.ts";

export async function fetchState(): Promise<PreviewState> {
  const response = await fetch(STATE_PATH, { cache: "no-store" });
  if (!response.ok) throw new Error(`the preview server answered ${response.status} for its state`);
  return (await response.json()) as PreviewState;
}

/** Calls `changed` with the new state after every reload of the course on the server. */
export function onCourseReload(changed: (state: PreviewState) => void): void {
  import.meta.hot?.on(COURSE_EVENT, () => {
    fetchState().then(changed, (e: unknown) => console.error("coursepack preview:", e));
  });
}
