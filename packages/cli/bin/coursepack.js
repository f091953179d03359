#!/usr/bin/env node
// The sources are TypeScript run in place through tsx's loader: no compile step between an edit and a build.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2));
