import { isScalar, LineCounter, parseDocument, visit } from "yaml";
import type { YAMLError } from "yaml";
import { error, warning } from "../diagnostics.ts";
import type { Diagnostic } from "../types.ts";
import { SOURCE_CODES as C } from "./codes.ts";
import { EMPTY_FILE_HINT } from "./text-input.ts";
import type { SourceDoc } from "./yaml-locate.ts";
import { offsetLocation } from "./yaml-locate.ts";

export type ReadYaml =
  | { readonly ok: true; readonly src: SourceDoc; readonly data: unknown; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * YAML text to data, keeping positions. Every syntax error is reported with the yaml library's position; after
 * one, the data is not trusted (the parser's recovery guesses), so checking stops there. Duplicate keys are the
 * exception: the rest of the file is still sound, so checking goes on and finds the other mistakes too.
 */
export function readYaml(text: string, file: string): ReadYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const src: SourceDoc = { file, text, doc, lines };
  const diagnostics = [...yamlErrors(src, doc.errors), ...doc.warnings.map((w) => yamlWarning(src, w))];
  const fail = (...more: Diagnostic[]): ReadYaml => ({ ok: false, diagnostics: [...diagnostics, ...more] });
  if (diagnostics.some((d) => d.severity === "error" && d.code !== C.duplicateKey)) return fail();
  const start = { file, line: 1, column: 1 };
  if (doc.contents === null) return fail(error(C.emptyFile, "the file has only comments, no course", start, EMPTY_FILE_HINT));
  const complexKeys = complexKeyErrors(src);
  if (complexKeys.length > 0) return fail(...complexKeys);
  try {
    return { ok: true, src, data: doc.toJS({ maxAliasCount: 1000 }), diagnostics };
  } catch (e) {
    // Only aliases expanding beyond the limit throw here (a "billion laughs" file).
    return fail(error(C.yamlSyntax, `the file cannot be read: ${(e as Error).message}`, start, "write the values out instead of using `*aliases`"));
  }
}

function yamlErrors(src: SourceDoc, errors: readonly YAMLError[]): Diagnostic[] {
  if (errors.length === 0) return [];
  const tabLines = tabIndentedLines(src);
  const tabHint = "indent with spaces (set your editor to insert spaces for Tab)";
  const out = [...tabLines].map((line) => error(C.tabIndent, "a tab indents this line; YAML allows only spaces", { file: src.file, line, column: 1 }, tabHint));
  for (const e of errors) {
    const at = offsetLocation(src, e.pos[0]);
    // A tab throws the parser off on its line or the one before: those follow-on errors would only add noise.
    if (e.code === "TAB_AS_INDENT" || tabLines.has(at.line!) || tabLines.has(at.line! + 1)) continue;
    if (e.code === "DUPLICATE_KEY") {
      const message = `the key ${keyAt(src, e.pos[0])} appears twice in the same mapping`;
      out.push(error(C.duplicateKey, message, at, "keep one of them: YAML would silently use only the last"));
    } else {
      out.push(error(C.yamlSyntax, yamlMessage(e), at, syntaxHint(e.code)));
    }
  }
  return out;
}

/** Lines whose indentation holds a tab, outside block scalars (where a tab is just text). */
function tabIndentedLines(src: SourceDoc): Set<number> {
  const blocks: [number, number][] = [];
  visit(src.doc, {
    Scalar(_, node) {
      if ((node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") && node.range) blocks.push([node.range[0], node.range[1]]);
    },
  });
  const lines = new Set<number>();
  let offset = 0;
  src.text.split("\n").forEach((text, i) => {
    const inBlock = blocks.some(([start, end]) => offset > start && offset < end);
    if (/^[ ]*\t/.test(text) && text.trim() !== "" && !inBlock) lines.add(i + 1);
    offset += text.length + 1;
  });
  return lines;
}

function yamlWarning(src: SourceDoc, w: YAMLError): Diagnostic {
  return warning(C.yamlSyntax, yamlMessage(w), offsetLocation(src, w.pos[0]), syntaxHint(w.code));
}

/** The yaml library's message, without its own position suffix (ours is in the location). */
function yamlMessage(e: YAMLError): string {
  const first = e.message.split("\n")[0] ?? e.message;
  return `YAML: ${first.replace(/ at line \d+, column \d+:?$/, "")}`;
}

function syntaxHint(code: string): string {
  switch (code) {
    case "MISSING_CHAR":
      return "a quote or bracket opened before this point is never closed";
    case "BAD_INDENT":
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "check the indentation: keys of one mapping line up, list items start with `- ` under their key";
    case "MULTIPLE_DOCS":
      return "a course.yaml holds one course: remove the `---` line";
    default:
      return "put text containing `: `, `#` or a leading `-`, `[`, `{`, `*` or `&` in quotes";
  }
}

function keyAt(src: SourceDoc, offset: number): string {
  const key = /^[^:\n]*/.exec(src.text.slice(offset))?.[0].trim();
  return key ? `\`${key}\`` : "here";
}

/** Keys must be plain words: a list or mapping used as a key has no place in a course. */
function complexKeyErrors(src: SourceDoc): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(src.doc, {
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        const at = offsetLocation(src, (pair.key as { range?: [number, number, number] }).range?.[0] ?? 0);
        const hint = "write `key: value`; quote the key if it holds `[`, `{` or `?`";
        out.push(error(C.yamlSyntax, "a key must be a plain word, not a list or mapping", at, hint));
      }
    },
  });
  return out;
}
