import { html } from "lit";
import type { TemplateResult } from "lit";
import type { Course } from "@coursepack/course-model";
import type { TrackerSnapshot } from "@coursepack/tracking";
import * as flow from "../../flow.ts";
import type { Translate } from "../../strings.ts";
import "../assessment/assessment.ts";
import { outcomesAchieved } from "../certificate/certificate.ts";
import "../results/results.ts";
import "../section/section.ts";
import "../welcome/welcome.ts";

export interface ScreenContext {
  readonly course: Course;
  readonly snap: TrackerSnapshot;
  readonly page: string;
  /** A message for the learner from the shell, shown on a section screen. */
  readonly notice: string;
  readonly strings: Translate;
  readonly today: Date;
  readonly welcome: WelcomeState;
}

export interface WelcomeState {
  /** The estimate from the build (a course cut to its outline); else worked out from the course. */
  readonly minutes: number | undefined;
  /** The learner pressed Start (or a page in the contents) before the content arrived. */
  readonly busy: boolean;
  /** The content did not arrive: Start tries again. */
  readonly problem: boolean;
}

/** The screen for the shell's current page: data down, events up; none of them sees the tracker. */
export function renderScreen(ctx: ScreenContext): TemplateResult {
  const { course, snap, page, strings } = ctx;
  switch (flow.pageKind(course, page)) {
    case "section":
      return renderSection(ctx);
    case "assessment":
      return html`<cp-assessment .course=${course} .answers=${snap.answers} .submitted=${snap.submitted} .strings=${strings}></cp-assessment>`;
    case "results":
      return html`<cp-results .course=${course} .snapshot=${snap} .strings=${strings}></cp-results>`;
    case "certificate":
      return html`<cp-certificate
        .course=${course}
        .learnerName=${snap.learnerName}
        .score=${snap.score}
        .achieved=${outcomesAchieved(course, snap)}
        .date=${ctx.today}
        .strings=${strings}
      ></cp-certificate>`;
    default:
      return html`<cp-welcome
        .course=${course}
        .minutes=${ctx.welcome.minutes ?? flow.estimateMinutes(course)}
        .resumable=${snap.resumed}
        .busy=${ctx.welcome.busy}
        .problem=${ctx.welcome.problem}
        .strings=${strings}
      ></cp-welcome>`;
  }
}

function renderSection({ course, snap, page, notice, strings }: ScreenContext): TemplateResult {
  const index = course.outcomes.findIndex((o) => o.id === page);
  const last = index === course.outcomes.length - 1 && !flow.hasEndAssessment(course);
  return html`<cp-section
    .outcome=${course.outcomes[index]}
    .questions=${flow.questionsOf(course, page)}
    .answers=${snap.answers}
    .feedback=${course.assessment.feedback}
    .last=${last}
    .notice=${notice}
    .strings=${strings}
  ></cp-section>`;
}
