/**
 * One package: a course variant for one SCORM version, from its data to its zip bytes, in memory. The steps
 * are split where a build batches them: `preparePackage` makes every file, check-packages.ts validates the
 * manifests of many packages in one run per SCORM version while zipping them, and `finishPackage` keeps the
 * zip only when the manifest passed. Nothing is written here: build-course.ts
 * writes a course's packages only when every one of them built.
 */
import type { CourseVariant, Diagnostic, PackageData, Result, ScormVersion } from "@coursepack/course-model";
import { error, hasErrors, SCORM_VERSIONS } from "@coursepack/course-model";
import { CONTENT_MODULE, renderContentModule, splitCourse } from "@coursepack/player/build";
import { withPackagedAssets } from "./assets.ts";
import { buildId } from "./build-id.ts";
import { CODES } from "./codes.ts";
import type { CheckedPackage } from "./check-packages.ts";
import { checkPackages } from "./check-packages.ts";
import { packageName, TRACKING_SHEET_NAME } from "./package-name.ts";
import type { BuildTools, PlayerBundle } from "./tools.ts";
import { trackingSheet } from "./tracking-sheet.ts";
import type { ManifestCheck } from "./validate/validate-manifest.ts";
import type { PackageFile } from "./zip.ts";
import { MANIFEST_NAME } from "./zip.ts";

export const LAUNCH_PAGE = "index.html";
export const PLAYER_DIR = "player";

/** One package to make. */
export interface PackagePlan {
  /** The zip's file name. */
  readonly name: string;
  readonly version: ScormVersion;
  readonly variant: CourseVariant;
}

/** A package with every file made, in memory, before its manifest is checked and it is zipped. */
export interface PreparedPackage {
  readonly plan: PackagePlan;
  readonly buildId: string;
  /** The tracking sheet, also among the files. */
  readonly sheet: string;
  /** Every file of the package: the manifest and what comes with it, the content, the schemas. */
  readonly files: readonly PackageFile[];
  /** The manifest as the validator takes it, with the names of all the package's files. */
  readonly check: ManifestCheck;
  /** Time of the steps so far (data, launch page, sheet, manifest), in milliseconds. */
  readonly ms: number;
}

export interface BuiltPackage {
  readonly plan: PackagePlan;
  readonly buildId: string;
  readonly zip: Uint8Array;
  /** The tracking sheet, also inside the zip. */
  readonly sheet: string;
  /** The build's time given to this package, in milliseconds: its preparation plus its part of the check step. */
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

/**
 * The steps of one package alone, in order: prepare (data, launch page, sheet, manifest), then check
 * (validation, while zipping). A build runs the same steps for many packages at once.
 */
export async function packageCourse(plan: PackagePlan, inputs: PackageInputs): Promise<Result<BuiltPackage>> {
  const prepared = await preparePackage(plan, inputs);
  const [checked] = await checkPackages([prepared], inputs.tools);
  if (!checked) throw new Error(`no check result for ${plan.name}`);
  return finishPackage(prepared, checked);
}

/** Everything of a package but its zip: data, launch page, tracking sheet, manifest; the files in memory. */
export async function preparePackage(plan: PackagePlan, inputs: PackageInputs): Promise<PreparedPackage> {
  const started = performance.now();
  const data = packageData(plan, inputs);
  const sheet = trackingSheet({ data, packageName: plan.name });
  const content = contentFiles(inputs, launchFiles(data, inputs.tools), sheet);
  const schemas = await inputs.tools.schemaFiles(plan.version);
  const request = { course: data.course, variant: data.variant, buildId: data.buildId, launch: LAUNCH_PAGE, files: names([...content, ...schemas]) } as const;
  const manifestFiles = inputs.tools.manifestFiles(plan.version, request);
  const files = [...manifestFiles, ...content, ...schemas];
  const manifest = manifestFiles.find((f) => f.name === MANIFEST_NAME);
  if (!manifest) throw new Error(`the manifest step made no ${MANIFEST_NAME} for ${plan.name}`);
  const check = { xml: new TextDecoder().decode(manifest.bytes), version: plan.version, files: names(files) };
  return { plan, buildId: data.buildId, sheet, files, check, ms: performance.now() - started };
}

/**
 * The package once checked. A manifest that fails validation is a build error: the package fails, its zip
 * is dropped and its course writes nothing.
 */
export function finishPackage(prepared: PreparedPackage, checked: CheckedPackage): Result<BuiltPackage> {
  const { plan } = prepared;
  // Every package of a build has a manifest called imsmanifest.xml: say which package's manifest it is.
  const problems = checked.diagnostics.map((d) => (d.file === MANIFEST_NAME ? { ...d, file: `${plan.name}/${MANIFEST_NAME}` } : d));
  if (hasErrors(problems)) return { ok: false, diagnostics: [...problems, invalidManifest(plan)] };
  return { ok: true, value: { plan, buildId: prepared.buildId, zip: checked.zip, sheet: prepared.sheet, ms: prepared.ms + checked.ms }, warnings: problems };
}

function invalidManifest(plan: PackagePlan): Diagnostic {
  return error(CODES.manifestInvalid, `the manifest of \`${plan.name}\` is not valid: the package was not written`, { file: plan.name },
    "This is a bug in coursepack, not in the course: please report it with the messages above.");
}

/** What the player reads from the launch page; asset paths point into the package. */
export function packageData(plan: PackagePlan, inputs: Pick<PackageInputs, "player" | "assets">): PackageData {
  const { key, label, days } = plan.variant;
  const data = { format: 1 as const, scorm: plan.version, variant: { key, label, days }, course: withPackagedAssets(plan.variant.course) };
  return { ...data, buildId: buildId({ data, playerHash: inputs.player.hash, assets: inputs.assets }) };
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * The launch page with the course's outline inline, and beside it the module with the rest (section
 * content, choice texts, feedback), which the player imports once the first screen is up: the learner
 * loads a fraction of the course before anything shows (ADR 0004).
 */
function launchFiles(data: PackageData, tools: BuildTools): PackageFile[] {
  const { launch, content } = splitCourse(data);
  return [
    { name: LAUNCH_PAGE, bytes: encode(tools.renderLaunchPage(launch)) },
    { name: CONTENT_MODULE, bytes: encode(renderContentModule(content)) },
  ];
}

function contentFiles(inputs: PackageInputs, launch: readonly PackageFile[], sheet: string): PackageFile[] {
  return [
    ...launch,
    { name: TRACKING_SHEET_NAME, bytes: encode(sheet) },
    ...inputs.player.files.map((f) => ({ name: `${PLAYER_DIR}/${f.name}`, bytes: f.bytes })),
    ...inputs.assets,
  ];
}

function names(files: readonly PackageFile[]): string[] {
  return files.map((f) => f.name).sort();
}
