import { z } from "zod";
import { courseDefinition } from "./definition.ts";

/** Where the committed schema lives, relative to the repository root; course.yaml files point at it. */
export const SCHEMA_PATH = "schema/course.schema.json";

/**
 * course.yaml's JSON Schema, derived from the zod definition. Draft-07, the draft every YAML-aware editor
 * (yaml-language-server in VS Code, JetBrains) understands.
 */
export function courseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(courseDefinition, { target: "draft-7" });
  return { ...schema, $comment: "Generated from packages/course-model/src/source/definition.ts by write-schema.ts: do not edit." };
}

/** The exact text of schema/course.schema.json. */
export function courseJsonSchemaText(): string {
  return `${JSON.stringify(courseJsonSchema(), null, 2)}\n`;
}
