import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { PackageData } from "@coursepack/course-model";

/** A page the learner asked for, and the shell's message to show there. */
export interface Move {
  readonly pageId: string;
  readonly notice: string;
}

/** The shell as the loader sees it: where the rest of the course comes from, and what to do when it is here. */
export interface ContentHost extends ReactiveControllerHost {
  /** Brings the whole package data; undefined once it has (or when the course was whole from the start). */
  readonly loadContent: (() => Promise<PackageData>) | undefined;
  /** The whole course is here; `waiting` is where the learner asked to go meanwhile, if anywhere. */
  contentArrived(data: PackageData, waiting: Move | null): void;
}

/**
 * The rest of the course for a shell started from the outline (course-content.ts). It is fetched in the
 * frame after the first screen is painted, so it never competes with it; a move the learner makes before
 * it arrives waits (the welcome screen shows it is busy) and happens on arrival. After a failure the next
 * move fetches again, and a failure while the learner waited is shown (`problem`).
 */
export class ContentLoader implements ReactiveController {
  /** Where the learner asked to go before the content arrived. */
  waiting: Move | null = null;
  /** The content failed to arrive while the learner was waiting for it. */
  problem = false;
  private loading = false;
  private scheduled = false;

  constructor(private readonly host: ContentHost) {
    host.addController(this);
  }

  get ready(): boolean {
    return this.host.loadContent === undefined;
  }

  hostUpdated(): void {
    if (this.scheduled || this.ready) return;
    this.scheduled = true;
    requestAnimationFrame(() => setTimeout(() => void this.load()));
  }

  /** Makes `move` once the content is here, fetching it now unless it is already on its way. */
  wait(move: Move): void {
    this.waiting = move;
    this.host.requestUpdate();
    void this.load();
  }

  private async load(): Promise<void> {
    const loadContent = this.host.loadContent;
    if (!loadContent || this.loading) return;
    this.loading = true;
    this.problem = false;
    let data: PackageData | null = null;
    try {
      data = await loadContent();
    } catch (error) {
      console.error("coursepack: the course content could not be loaded", error);
    }
    this.loading = false;
    const waiting = this.waiting;
    this.waiting = null;
    this.problem = !data && waiting !== null;
    this.host.requestUpdate();
    if (data) this.host.contentArrived(data, waiting);
  }
}
