import { describe, expect, it } from "vitest";
import type { BuildEvent, CourseReport, ResolvedConfig } from "@coursepack/builder";
import type { Io } from "./io.ts";
import { progressPrinter } from "./progress.ts";

function fakeIo(tty: boolean): Io & { errText: () => string } {
  let err = "";
  return { out: () => {}, err: (t) => void (err += t), tty, cwd: "/", errText: () => err };
}

const config = (courses: number) => ({ courses: Array.from({ length: courses }, (_, i) => `/c/${i}`) }) as unknown as ResolvedConfig;
const courseDone = (done: number, total: number): BuildEvent => ({ type: "course", report: {} as CourseReport, done, total });

describe("progressPrinter", () => {
  it("draws a bar on stderr, redrawn in place, ending with a newline, when many courses build on a terminal", () => {
    const io = fakeIo(true);
    const print = progressPrinter(io, config(4))!;
    print({ type: "start", courses: 4 });
    for (let done = 1; done <= 4; done++) print(courseDone(done, 4));
    const text = io.errText();
    expect(text.split("\r").filter(Boolean)).toHaveLength(4);
    expect(text).toContain(`[${"#".repeat(15)}${".".repeat(15)}] 2/4 courses`);
    expect(text.endsWith(`[${"#".repeat(30)}] 4/4 courses\n`)).toBe(true);
  });

  it("stays quiet when stdout is not a terminal (CI logs) or when there are only a few courses", () => {
    expect(progressPrinter(fakeIo(false), config(10))).toBeUndefined();
    expect(progressPrinter(fakeIo(true), config(3))).toBeUndefined();
  });
});
