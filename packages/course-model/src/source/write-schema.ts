/**
 * Writes schema/course.schema.json from the zod definition: `npx tsx packages/course-model/src/source/write-schema.ts`.
 * A unit test fails while the committed file differs from what this would write.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { courseJsonSchemaText, SCHEMA_PATH } from "./json-schema.ts";

const target = fileURLToPath(new URL(`../../../../${SCHEMA_PATH}`, import.meta.url));
writeFileSync(target, courseJsonSchemaText());
console.log(`wrote ${target}`);
