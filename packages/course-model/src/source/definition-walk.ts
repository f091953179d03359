import { z } from "zod";
import { courseDefinition } from "./definition.ts";
import type { Path } from "./yaml-locate.ts";

/**
 * Reading the zod definition back, so messages can name what is allowed at a place (`did you mean`), what a
 * missing key is for (its description) and where a key misplaced at the wrong level belongs.
 */
export function definitionAt(path: Path): z.ZodType | undefined {
  let schema: z.ZodType | undefined = courseDefinition;
  for (const segment of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(segment)];
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else return undefined;
  }
  return schema;
}

/** The keys a mapping at `path` may have. */
export function keysAt(path: Path): string[] {
  const schema = unwrap(definitionAt(path));
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** The description of the key or value at `path` (what editors show as help). */
export function descriptionAt(path: Path): string | undefined {
  const schema = definitionAt(path);
  return schema?.description ?? unwrap(schema)?.description;
}

/** Every place a key may appear, as dotted paths of its mapping (`assessment`, `questions[]`). */
export function placesOfKey(key: string): string[] {
  const places: string[] = [];
  const visit = (schema: z.ZodType | undefined, where: string): void => {
    const inner = unwrap(schema);
    if (inner instanceof z.ZodArray) visit(inner.element as z.ZodType, `${where}[]`);
    if (!(inner instanceof z.ZodObject)) return;
    const shape = inner.shape as Record<string, z.ZodType>;
    if (key in shape) places.push(where);
    for (const [name, child] of Object.entries(shape)) visit(child, where ? `${where}.${name}` : name);
  };
  visit(courseDefinition, "");
  return places;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  return inner;
}
