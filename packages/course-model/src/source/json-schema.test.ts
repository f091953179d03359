import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { courseJsonSchema } from "@coursepack/course-model";
import { courseJsonSchemaText, SCHEMA_PATH } from "./json-schema.ts";

type Schema = { description?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; additionalProperties?: unknown };

/** Every object schema in the tree, with a dotted place name, so failures say where. */
function objects(schema: Schema, where = "(root)"): [string, Schema][] {
  const own: [string, Schema][] = schema.properties ? [[where, schema]] : [];
  const children = [
    ...Object.entries(schema.properties ?? {}).map(([k, s]) => [`${where}.${k}`, s] as const),
    ...(schema.items ? [[`${where}[]`, schema.items] as const] : []),
    ...(schema.anyOf ?? []).map((s) => [where, s] as const),
  ];
  return [...own, ...children.flatMap(([w, s]) => objects(s, w))];
}

describe("schema/course.schema.json", () => {
  it("is what write-schema.ts writes from the zod definition (run `npx tsx packages/course-model/src/source/write-schema.ts`)", () => {
    const committed = readFileSync(new URL(`../../../../${SCHEMA_PATH}`, import.meta.url), "utf8");
    expect(committed).toBe(courseJsonSchemaText());
  });

  it("is draft-07 and rejects unknown keys in every object", () => {
    const schema = courseJsonSchema() as Schema & { $schema: string };
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    for (const [where, object] of objects(schema)) expect(object.additionalProperties, where).toBe(false);
  });

  it("describes every key, so editors show help for it", () => {
    const missing = objects(courseJsonSchema() as Schema).flatMap(([where, object]) =>
      Object.entries(object.properties ?? {})
        .filter(([, property]) => !property.description)
        .map(([key]) => `${where}.${key}`),
    );
    expect(missing).toEqual([]);
  });

  it("knows the limits and defaults the parser applies", () => {
    const schema = courseJsonSchema() as { properties: Record<string, Record<string, unknown>>; required: string[] };
    expect(schema.required).toEqual(["title", "duration", "description", "outcomes"]);
    expect(schema.properties.title).toMatchObject({ maxLength: 200 });
    expect(schema.properties.language).toMatchObject({ default: "en-GB" });
  });
});
