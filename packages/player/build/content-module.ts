import type { CourseContent } from "../src/course-content.ts";

/**
 * The content module's source: `export default JSON.parse('...')`, the content's JSON as one single-quoted
 * JavaScript string. Data, never code: course text sits inside a string literal in which `\` and `'` are
 * escaped, and control characters, U+2028, U+2029, `<`, `>` and `&` are written as \uXXXX, so nothing can
 * end the string (or, were the file ever inlined, close a script element); backticks and `${` mean nothing
 * inside '...'. Single quotes because JSON is full of double ones; JSON.parse of one string is also how V8
 * reads a large object fastest.
 */
export function renderContentModule(content: CourseContent): string {
  return `export default JSON.parse(${singleQuoted(JSON.stringify(content))});\n`;
}

/** A single-quoted JavaScript string literal of `text`, with only the escapes readContentModule reads back. */
export function singleQuoted(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must not appear raw
  const escaped = text.replace(/[\\']/g, "\\$&").replace(/[\u0000-\u001f<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `'${escaped}'`;
}

// eslint-disable-next-line no-control-regex -- a raw control character or line break means it is not ours
const MODULE = /^export default JSON\.parse\('((?:[^'\\\u0000-\u001f\u2028\u2029]|\\\\|\\'|\\u[0-9a-f]{4})*)'\);\n?$/;

/** The content back from a module renderContentModule wrote, without running it; null for anything else. */
export function readContentModule(source: string): unknown {
  const body = MODULE.exec(source)?.[1];
  if (body === undefined) return null;
  const text = body.replace(/\\(u[0-9a-f]{4}|.)/g, (_, e: string) => (e.length === 5 ? String.fromCharCode(Number.parseInt(e.slice(1), 16)) : e));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
