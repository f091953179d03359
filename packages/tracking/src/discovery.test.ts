import { describe, expect, it } from "vitest";
import type { ApiWindow } from "./index.ts";
import { findApi } from "./index.ts";

// Fake windows: a top window is its own parent, as in browsers.
type FakeWindow = { parent: FakeWindow; top: FakeWindow; opener?: FakeWindow | null; API?: unknown; API_1484_11?: unknown };

function topWindow(props: Partial<FakeWindow> = {}): FakeWindow {
  const win = { ...props } as FakeWindow;
  win.parent = win;
  win.top = win;
  return win;
}

function childOf(parent: FakeWindow, props: Partial<FakeWindow> = {}): FakeWindow {
  return { ...props, parent, top: parent.top } as FakeWindow;
}

function chain(top: FakeWindow, depth: number): FakeWindow {
  let win = top;
  for (let i = 0; i < depth; i++) win = childOf(win);
  return win;
}

/** A cross-origin ancestor: its `parent` can be read, anything else throws SecurityError. */
function crossOrigin(parent: FakeWindow): FakeWindow {
  const error = () => {
    throw new DOMException("Blocked a frame with origin from accessing a cross-origin frame.", "SecurityError");
  };
  return Object.defineProperties({ parent, top: parent.top } as FakeWindow, {
    API: { get: error },
    API_1484_11: { get: error },
    opener: { get: error },
  });
}

const api12 = { LMSInitialize: () => "true" };
const api2004 = { Initialize: () => "true" };

describe("findApi", () => {
  it("finds the API on the window itself", () => {
    expect(findApi(topWindow({ API: api12 }), "1.2")?.api).toBe(api12);
  });

  it("climbs at most 7 parents for SCORM 1.2", () => {
    expect(findApi(chain(topWindow({ API: api12 }), 7), "1.2")?.api).toBe(api12);
    expect(findApi(chain(topWindow({ API: api12 }), 8), "1.2")).toBeNull();
  });

  it("climbs up to 500 parents for SCORM 2004", () => {
    expect(findApi(chain(topWindow({ API_1484_11: api2004 }), 500), "2004-4")?.api).toBe(api2004);
    expect(findApi(chain(topWindow({ API_1484_11: api2004 }), 501), "2004-3")).toBeNull();
  });

  it("looks only for the object of the package's version", () => {
    const both = topWindow({ API: api12, API_1484_11: api2004 });
    expect(findApi(both, "1.2")).toEqual({ version: "1.2", api: api12 });
    expect(findApi(both, "2004-3")).toEqual({ version: "2004", api: api2004 });
    expect(findApi(topWindow({ API: api12 }), "2004-4")).toBeNull();
    expect(findApi(topWindow({ API_1484_11: api2004 }), "1.2")).toBeNull();
  });

  it("ignores an unrelated global named API and keeps climbing", () => {
    const top = topWindow({ API: api12 });
    const frame = childOf(top, { API: { fetch: () => null } });
    expect(findApi(frame, "1.2")?.api).toBe(api12);
  });

  it("keeps climbing past cross-origin ancestors that throw SecurityError", () => {
    const top = topWindow({ API_1484_11: api2004 });
    const sco = childOf(crossOrigin(crossOrigin(top)));
    expect(findApi(sco, "2004-4")?.api).toBe(api2004);
  });

  it("finds Moodle's player one level up (iframe#scorm_object)", () => {
    const player = topWindow({ API: api12 });
    expect(findApi(childOf(player), "1.2")?.api).toBe(api12);
  });

  it("then searches the opener and the opener's parents (new-window mode)", () => {
    const lmsTop = topWindow({ API: api12 });
    const player = childOf(lmsTop);
    const popup = topWindow({ opener: player });
    expect(findApi(popup, "1.2")?.api).toBe(api12);
  });

  it("uses the top window's opener for a SCO in a frame of a pop-up", () => {
    const player = topWindow({ API_1484_11: api2004 });
    const popup = topWindow({ opener: player });
    const sco = childOf(childOf(popup));
    expect(findApi(sco, "2004-3")?.api).toBe(api2004);
  });

  it("returns null, never throws, when nothing is found or every access throws", () => {
    expect(findApi(chain(topWindow(), 3), "1.2")).toBeNull();
    const hostile = new Proxy({}, { get: () => { throw new DOMException("denied", "SecurityError"); } });
    expect(findApi(topWindow({ opener: hostile as FakeWindow }), "1.2")).toBeNull();
    expect(findApi(hostile as ApiWindow, "2004-4")).toBeNull();
  });
});
