/**
 * One package: a course variant for one SCORM version, from its data to its zip bytes, in memory.
 * Nothing is written here: build-course.ts writes a course's packages only when every one of them built.
 */
import type { CourseVariant, Diagnostic, PackageData, Result, ScormVersion } from "@coursepack/course-model";
import { error, hasErrors, SCORM_VERSIONS } from "@coursepack/course-model";
import { withPackagedAssets } from "./assets.ts";
import { buildId } from "./build-id.ts";
import { CODES } from "./codes.ts";
import { packageName, TRACKING_SHEET_NAME } from "./package-name.ts";
import type { BuildTools, PlayerBundle } from "./tools.ts";
import { trackingSheet } from "./tracking-sheet.ts";
import type { PackageFile } from "./zip.ts";
import { MANIFEST_NAME, zipFiles } from "./zip.ts";

export const LAUNCH_PAGE = "index.html";
export const PLAYER_DIR = "player";

/** One package to make. */
export interface PackagePlan {
  /** The zip's file name. */
  readonly name: string;
  readonly version: ScormVersion;
  readonly variant: CourseVariant;
}

export interface BuiltPackage {
  readonly plan: PackagePlan;
  readonly buildId: string;
  readonly zip: Uint8Array;
  /** The tracking sheet, also inside the zip. */
  readonly sheet: string;
  /** Time to make this package, in milliseconds. */
  readonly ms: number;
}

/** What every package of a build shares. */
export interface PackageInputs {
  readonly tools: BuildTools;
  readonly player: PlayerBundle;
  /** Course assets, already named under `assets/`. */
  readonly assets: readonly PackageFile[];
}

/**
 * Every variant × every SCORM version both the build and the course ask for. The variant part of the name
 * only when the course has more than one variant.
 */
export function planPackages(variants: readonly CourseVariant[], wanted: readonly ScormVersion[]): PackagePlan[] {
  const first = variants[0];
  if (!first) return [];
  const versions = SCORM_VERSIONS.filter((v) => wanted.includes(v) && first.course.scorm.includes(v));
  const named = variants.length > 1;
  return variants.flatMap((variant) => {
    if (named && variant.key === null) throw new Error(`variant without a key in ${first.course.id}`);
    return versions.map((version) => ({ name: packageName(variant.course.id, named ? variant.key : null, version), version, variant }));
  });
}

/** The steps of one package, in order: data, launch page, sheet, manifest, validation, zip. */
export async function packageCourse(plan: PackagePlan, inputs: PackageInputs): Promise<Result<BuiltPackage>> {
  const started = performance.now();
  const data = packageData(plan, inputs);
  const sheet = trackingSheet({ data, packageName: plan.name });
  const content = contentFiles(inputs, inputs.tools.renderLaunchPage(data), sheet);
  const schemas = await inputs.tools.schemaFiles(plan.version);
  const request = { course: data.course, variant: data.variant, buildId: data.buildId, launch: LAUNCH_PAGE, files: names([...content, ...schemas]) } as const;
  const manifestFiles = inputs.tools.manifestFiles(plan.version, request);
  const files = [...manifestFiles, ...content, ...schemas];
  const problems = await checkManifest(plan, manifestFiles, files, inputs.tools);
  if (hasErrors(problems)) return { ok: false, diagnostics: problems };
  const zip = await zipFiles(files);
  return { ok: true, value: { plan, buildId: data.buildId, zip, sheet, ms: performance.now() - started }, warnings: problems };
}

/** What the player reads from the launch page; asset paths point into the package. */
export function packageData(plan: PackagePlan, inputs: Pick<PackageInputs, "player" | "assets">): PackageData {
  const { key, label, days } = plan.variant;
  const data = { format: 1 as const, scorm: plan.version, variant: { key, label, days }, course: withPackagedAssets(plan.variant.course) };
  return { ...data, buildId: buildId({ data, playerHash: inputs.player.hash, assets: inputs.assets }) };
}

function contentFiles(inputs: PackageInputs, launchPage: string, sheet: string): PackageFile[] {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  return [
    { name: LAUNCH_PAGE, bytes: encode(launchPage) },
    { name: TRACKING_SHEET_NAME, bytes: encode(sheet) },
    ...inputs.player.files.map((f) => ({ name: `${PLAYER_DIR}/${f.name}`, bytes: f.bytes })),
    ...inputs.assets,
  ];
}

/** A manifest that fails validation is a build error: the package is never zipped, let alone written. */
async function checkManifest(plan: PackagePlan, manifestFiles: readonly PackageFile[], files: readonly PackageFile[], tools: BuildTools): Promise<Diagnostic[]> {
  const manifest = manifestFiles.find((f) => f.name === MANIFEST_NAME);
  if (!manifest) throw new Error(`the manifest step made no ${MANIFEST_NAME} for ${plan.name}`);
  const xml = new TextDecoder().decode(manifest.bytes);
  // Six packages of one course share the name imsmanifest.xml: say which package's manifest it is.
  const problems = (await tools.validateManifest(xml, plan.version, names(files))).map((d) =>
    d.file === MANIFEST_NAME ? { ...d, file: `${plan.name}/${MANIFEST_NAME}` } : d,
  );
  if (!hasErrors(problems)) return problems;
  return [...problems, error(CODES.manifestInvalid, `the manifest of \`${plan.name}\` is not valid: the package was not written`, { file: plan.name },
    "This is a bug in coursepack, not in the course: please report it with the messages above.")];
}

function names(files: readonly PackageFile[]): string[] {
  return files.map((f) => f.name).sort();
}
