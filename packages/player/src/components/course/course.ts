import { LitElement, html, nothing } from "lit";
import type { PropertyValues } from "lit";
import { keyed } from "lit/directives/keyed.js";
import type { PackageData } from "@coursepack/course-model";
import type { Tracker, TrackerSnapshot } from "@coursepack/tracking";
import { applyBranding } from "../../branding.ts";
import type { AnswerDetail, NavigateDetail, SectionCompleteDetail, StartDetail } from "../../events.ts";
import * as flow from "../../flow.ts";
import type { Screen } from "../../focus.ts";
import { createStrings } from "../../strings.ts";
import type { Translate } from "../../strings.ts";
import "../header/header.ts";
import "../menu/menu.ts";
import type { MenuItem } from "../menu/menu.ts";
import { ContentLoader } from "./content-loader.ts";
import type { Move } from "./content-loader.ts";
import { renderScreen } from "./screens.ts";
import { courseStyles } from "./course.styles.ts";

/**
 * The course shell, and the only element that talks to the tracker: it turns the events of the screens
 * below it into tracker calls, re-renders from the tracker's snapshots, and on every screen change moves
 * focus to the new screen's heading. Which page may open, and what follows a section, is flow.ts.
 *
 * Listens for every player event (see CpEventMap in events.ts) bubbling up from its screens.
 *
 * @cssprop --cp-primary - headings, buttons, links; set from `data.course.branding.colours.primary`.
 * @cssprop --cp-accent - marks and borders; from `colours.accent`.
 * @cssprop --cp-text - body text and focus outlines; from `colours.text`.
 * @cssprop --cp-background - page background; from `colours.background`.
 */
export class CpCourse extends LitElement {
  static override styles = courseStyles;

  static override properties = {
    data: { attribute: false },
    tracker: { attribute: false },
    minutes: { attribute: false },
    loadContent: { attribute: false },
    today: { attribute: false },
    page: { state: true },
    snap: { state: true },
    notice: { state: true },
    exited: { state: true },
  };

  /** The package data: the course's outline until `loadContent` has brought the rest. */
  declare data: PackageData;
  declare tracker: Tracker;
  /** The welcome screen's estimate; worked out from `data` when not given (a whole course). */
  declare minutes: number | undefined;
  /**
   * Brings the whole package data when `data` is only the outline (boot.ts: the content module); see
   * ContentLoader for when it is called.
   */
  declare loadContent: (() => Promise<PackageData>) | undefined;
  /** The date on the certificate. */
  declare today: Date;
  declare page: string;
  private declare snap: TrackerSnapshot;
  private declare notice: string;
  private declare exited: boolean;
  private readonly content = new ContentLoader(this);
  private strings: Translate = createStrings();
  private unsubscribe: (() => void) | undefined;
  private readonly menuOpen = window.matchMedia("(min-width: 60rem)").matches;

  constructor() {
    super();
    this.today = new Date();
    this.page = flow.WELCOME;
    this.notice = "";
    this.exited = false;
    this.addEventListener("cp-start", (e) => this.onStart(e.detail));
    this.addEventListener("cp-navigate", (e) => this.onNavigate(e.detail));
    this.addEventListener("cp-answer", (e) => this.onAnswer(e.detail));
    this.addEventListener("cp-section-complete", (e) => this.onSectionComplete(e.detail));
    this.addEventListener("cp-submit", () => this.onSubmit());
    this.addEventListener("cp-retry", () => this.onRetry());
    this.addEventListener("cp-exit", () => this.onExit());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.tracker && !this.unsubscribe) this.watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("tracker")) this.watch();
    if (changed.has("data")) {
      this.strings = createStrings(this.data.course.strings);
      applyBranding(this, this.data.course.branding);
    }
  }

  /** The rest of the course, from `loadContent`: on to the page the learner asked for meanwhile. */
  contentArrived(data: PackageData, waiting: Move | null): void {
    this.data = data;
    this.loadContent = undefined;
    if (waiting && !this.exited) void this.go(waiting.pageId, waiting.notice);
  }

  private watch(): void {
    this.unsubscribe?.();
    this.snap = this.tracker.snapshot();
    this.unsubscribe = this.tracker.subscribe((snap) => {
      this.snap = snap;
    });
  }

  protected override render() {
    const course = this.data.course;
    const snap = this.snap;
    return html`
      <cp-header
        .organisation=${course.branding.organisation}
        .logo=${course.branding.logo}
        .progress=${this.exited ? null : flow.sectionNumber(course, this.page)}
        .saveState=${snap.saveState}
        .lms=${snap.lms}
        .finished=${this.exited || snap.finished}
        .strings=${this.strings}
      ></cp-header>
      <div class="layout">
        <main>${this.exited ? this.renderExit() : keyed(this.page, renderScreen(this.screenContext()))}</main>
        ${this.exited ? nothing : this.renderMenu()}
      </div>
    `;
  }

  /** Keyed by page: each screen is a fresh element, so no half-typed state leaks from one page to the next. */
  private screenContext() {
    const { course } = this.data;
    const welcome = { minutes: this.minutes, busy: this.content.waiting !== null, problem: this.content.problem };
    return { course, snap: this.snap, page: this.page, notice: this.notice, strings: this.strings, today: this.today, welcome };
  }

  private renderMenu() {
    const course = this.data.course;
    const t = this.strings;
    const items: MenuItem[] = flow.pageIds(course).map((id) => ({
      id,
      label: this.pageLabel(id),
      done: flow.isDone(course, this.snap, id),
      current: id === this.page,
      locked: !flow.isUnlocked(course, this.snap, id),
    }));
    const done = course.outcomes.filter((o) => this.snap.sectionsDone.includes(o.id)).length;
    const summary = t("menu.summary", { done, total: course.outcomes.length });
    return html`<cp-menu .items=${items} .summary=${summary} .open=${this.menuOpen} .strings=${t}></cp-menu>`;
  }

  private pageLabel(id: string): string {
    const t = this.strings;
    const number = flow.sectionNumber(this.data.course, id);
    if (number) return `${number.current}. ${this.data.course.outcomes[number.current - 1]?.text ?? id}`;
    const labels: Record<string, string> = {
      [flow.WELCOME]: t("menu.welcome"),
      [flow.ASSESSMENT]: t("menu.assessment"),
      [flow.RESULTS]: t("menu.results"),
      [flow.CERTIFICATE]: t("menu.certificate"),
    };
    return labels[id] ?? id;
  }

  private renderExit() {
    const t = this.strings;
    return html`<h1 tabindex="-1">${t("exit.title")}</h1>
      <p>${t(this.snap.saveState === "not-saved" ? "exit.notSaved" : "exit.body")}</p>`;
  }

  /**
   * Show `pageId`, tell the tracker (the bookmark), then put focus on the new screen's heading. Every page
   * but the welcome screen needs the content: before it arrives the move waits for it.
   */
  private async go(pageId: string, notice = ""): Promise<void> {
    if (!this.content.ready && pageId !== flow.WELCOME) return this.content.wait({ pageId, notice });
    this.page = pageId;
    this.notice = notice;
    this.tracker.visit(pageId);
    await this.focusScreen();
  }

  private async focusScreen(): Promise<void> {
    await this.updateComplete;
    const main = this.renderRoot.querySelector("main");
    const screen = main?.firstElementChild as Screen | null | undefined;
    if (screen && "focusHeading" in screen) await screen.focusHeading();
    else main?.querySelector<HTMLElement>("h1")?.focus();
  }

  private onStart({ resume }: StartDetail): void {
    const course = this.data.course;
    void this.go(resume ? flow.resumePage(course, this.snap) : (course.outcomes[0]?.id ?? flow.RESULTS));
  }

  private onNavigate({ pageId }: NavigateDetail): void {
    if (flow.isUnlocked(this.data.course, this.snap, pageId)) void this.go(pageId);
  }

  private onAnswer({ questionId, choiceIds }: AnswerDetail): void {
    this.tracker.answer(questionId, choiceIds);
  }

  private onSectionComplete({ outcomeId }: SectionCompleteDetail): void {
    const course = this.data.course;
    this.tracker.completeSection(outcomeId);
    const snap = this.tracker.snapshot();
    const move = flow.afterSection(course, snap, outcomeId);
    if (move.submit) this.tracker.submitAssessment();
    void this.go(move.pageId, move.open ? this.strings("section.finishBlocked", { count: move.open }) : "");
  }

  private onSubmit(): void {
    this.tracker.submitAssessment();
    void this.go(flow.RESULTS);
  }

  private onRetry(): void {
    this.tracker.retry();
    void this.go(flow.retryPage(this.data.course));
  }

  private async onExit(): Promise<void> {
    this.tracker.exit();
    this.exited = true;
    await this.focusScreen();
  }
}

customElements.define("cp-course", CpCourse);

declare global {
  interface HTMLElementTagNameMap {
    "cp-course": CpCourse;
  }
}
