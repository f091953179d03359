import { z } from "zod";
import { DEFAULT_BRANDING, DEFAULT_LANGUAGE, DEFAULT_PASS_MARK } from "../defaults.ts";
import type { ScormVersion } from "../types.ts";
import { COURSE_ID_PATTERN, ID_PATTERN, SCORM_VERSIONS } from "../types.ts";

/**
 * The one definition of course.yaml. parseCourseSource validates with it, write-schema.ts turns it into
 * schema/course.schema.json for editors, and the docs table follows it: change a key here and nowhere else.
 * Every object is strict (an unknown key is an error) and every key has a description, which editors show as
 * help. Ranges and patterns live here too, so editors flag them as the author types.
 */

import { LIMITS } from "../limits.ts";

export { LIMITS };

/** BCP 47 as LMSs and browsers accept it: language, then optional script / region / variant subtags. */
export const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;

const MARKDOWN_HELP = "Markdown: paragraphs, *emphasis*, **strong**, lists, > quotes, ### headings, links, images from the course folder. Raw HTML is shown as text.";
const ID_HELP = `Letters, digits, \`_\`, \`-\` and \`.\`, starting with a letter or \`_\`; at most ${LIMITS.idLength} characters. Keep it stable: it is what the LMS records.`;

const text = (max: number = LIMITS.textLength) => z.string().trim().min(1).max(max);
const markdown = (what: string) => z.string().max(LIMITS.textLength).describe(`${what} ${MARKDOWN_HELP}`);
const id = (what: string) => z.string().max(LIMITS.idLength).regex(ID_PATTERN).describe(`${what} ${ID_HELP}`);
const colour = (what: string, fallback: string) =>
  z.string().regex(COLOUR_PATTERN).meta({ description: `${what} as #rrggbb. Default ${fallback}.`, default: fallback });

export const frameworkDefinition = z
  .strictObject({
    name: text().describe("The standard, e.g. `Care certificate`, `QCF`."),
    refs: z.array(text()).describe('Its parts the course covers, as written and quoted: ["1", "3"].'),
  })
  .describe("A standard the course supports.");

export const outcomeDefinition = z
  .strictObject({
    id: id("Unique outcome id, e.g. `what-is-a-key-worker`: becomes the SCORM objective id."),
    text: text().describe("The outcome as the profile words it."),
    days: z
      .array(z.number().positive())
      .min(1)
      .optional()
      .describe("Only in these course lengths, e.g. [2, 3]. Default: every day count of `duration`. Makes one package per distinct outcome set."),
    content: markdown("The section that teaches this outcome.").optional(),
  })
  .describe("A learning outcome and the section that teaches it.");

export const choiceDefinition = z
  .strictObject({
    text: text().describe("The answer as the learner sees it."),
    correct: z.boolean().optional().describe("`true` for a right answer; leave out for a wrong one."),
  })
  .describe("One answer of a `single` or `multiple` question; ids a, b, c... follow the order.");

export const questionDefinition = z
  .strictObject({
    id: id("Unique question id, e.g. `q-key-worker-role`: becomes the SCORM interaction id."),
    outcome: z.string().describe("The id of the outcome this question evidences."),
    type: z.enum(["single", "multiple", "true-false"]).describe("`single`: one right choice; `multiple`: several; `true-false`: use `answer`."),
    scenario: markdown("A short case shown before the prompt.").optional(),
    prompt: text().describe("The question itself."),
    choices: z
      .array(choiceDefinition)
      .min(LIMITS.minChoices)
      .max(LIMITS.maxChoices)
      .optional()
      .describe(`${LIMITS.minChoices}-${LIMITS.maxChoices} choices for \`single\` and \`multiple\` questions.`),
    answer: z.boolean().optional().describe("`true-false` questions only: whether the prompt is true."),
    feedback: z
      .strictObject({
        correct: markdown("Shown when the answer is right: why it is right."),
        incorrect: markdown("Shown when the answer is wrong: what to remember."),
      })
      .describe("What the learner reads after answering."),
  })
  .describe("A knowledge-check question, tied to one outcome.");

export const assessmentDefinition = z
  .strictObject({
    pass_mark: z
      .number()
      .min(0)
      .max(100)
      .nullable()
      .optional()
      .describe(`Percentage needed to pass, 0-100; null for a completion-only course. Default ${DEFAULT_PASS_MARK} when there are questions, else null.`),
    feedback: z.enum(["per-question", "end"]).optional().describe("`per-question`: check each question in its section (default); `end`: one assessment at the end."),
    attempts: z.int().min(0).optional().describe("How many times the knowledge check may be submitted; 0 (default) = no limit."),
  })
  .describe("How the knowledge check is scored.");

export const brandingDefinition = z
  .strictObject({
    organisation: text(LIMITS.titleLength).optional().describe("The organisation shown in the player. Default: none."),
    colours: z
      .strictObject({
        primary: colour("Buttons and headings", DEFAULT_BRANDING.colours.primary),
        accent: colour("Highlights", DEFAULT_BRANDING.colours.accent),
        text: colour("Body text", DEFAULT_BRANDING.colours.text),
        background: colour("Page background", DEFAULT_BRANDING.colours.background),
      })
      .partial()
      .describe("Colours; text on background and white on primary need a contrast of 4.5:1."),
    logo: z.string().nullable().optional().describe("An image file in the course folder, e.g. `images/logo.png`. Default: none."),
  })
  .partial()
  .describe("How the player looks.");

export const courseDefinition = z
  .strictObject({
    id: z
      .string()
      .max(LIMITS.idLength)
      .regex(COURSE_ID_PATTERN)
      .optional()
      .describe("Lower-case slug naming the packages (`dist/<id>-scorm12.zip`). Default: the slug of `title`."),
    title: text(LIMITS.titleLength).describe(`The course title, at most ${LIMITS.titleLength} characters.`),
    duration: text(LIMITS.titleLength).meta({ description: "The course lengths it runs for.", examples: ["Half Day", "1 Day", "2 Days", "1-3 Days"] }),
    description: z.array(text()).describe("The course description, one item per paragraph."),
    frameworks: z.array(frameworkDefinition).optional().describe("Standards the course supports. Default: none."),
    audience: z.string().trim().max(LIMITS.textLength).optional().describe("Who the course is for."),
    statements: z.array(text()).optional().describe("Other statements, e.g. that it helps meet the CQC Fundamental Standards."),
    methods: z.array(text()).optional().describe("Training methods of the classroom course."),
    notes: z.array(text()).optional().describe("Profile lines the importer could not place."),
    language: z.string().regex(LANGUAGE_PATTERN).meta({ description: `BCP 47 language tag. Default ${DEFAULT_LANGUAGE}.`, default: DEFAULT_LANGUAGE }).optional(),
    outcomes: z.array(outcomeDefinition).min(1).describe("The learning outcomes, at least one, in teaching order."),
    questions: z.array(questionDefinition).optional().describe("Knowledge-check questions. Default: none (a completion-only course)."),
    assessment: assessmentDefinition.optional(),
    completion: z
      .enum(["sections-and-assessment", "sections", "assessment"])
      .optional()
      .describe("When the course counts as completed. Default `sections-and-assessment` with questions, else `sections`."),
    scorm: z.array(z.enum(SCORM_VERSIONS as unknown as [ScormVersion, ...ScormVersion[]])).min(1).optional().describe('SCORM versions to package: "1.2", "2004-3", "2004-4" (quoted). Default: all three.'),
    branding: brandingDefinition.optional(),
    strings: z.record(z.string(), z.string().max(LIMITS.textLength)).optional().describe("Overrides of the player's en-GB UI strings, by key."),
  })
  .meta({ title: "coursepack course", description: "A coursepack course: courses/<id>/course.yaml. See docs/course-format.md." });

/** course.yaml as written (snake_case keys, optional keys absent), after validation. */
export type CourseSource = z.infer<typeof courseDefinition>;
export type QuestionSource = z.infer<typeof questionDefinition>;
export type OutcomeSource = z.infer<typeof outcomeDefinition>;
