/** Course text on its way into the launch page and the content module: it must stay text. */

/** Text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON inside <script type="application/json">: `<` (and `>`, `&`) escaped as \u003c etc., so no course
 * text can close the script element or open a comment; U+2028/2029 escaped for old JSON-in-JS readers.
 * Given a string, the result is also a double-quoted JavaScript string literal of it.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
