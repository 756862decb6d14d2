/**
 * One cmi5 session of the AU (one scenario): launch, then report the learner's choices
 * and the run's ending as the store saves them, then terminate. The rules it keeps
 * (cmi5 9.3): initialized first (the cmi5 client sends it once it has the auth token and
 * LMS.LaunchData), one completed per registration, passed or failed once, nothing after
 * terminated. It never stops the app: a launch it cannot use or an LRS that does not
 * answer becomes a notice, and the run is saved in the browser as always.
 */
import Cmi5, { type LaunchData } from '@xapi/cmi5';
import type { CourseIndex, CompiledScenario } from '../../contract';
import { behaviourIndex } from '../../debrief';
import type { Progress } from '../../progress';
import { scoreRun, type ScoreRule } from '../score';
import { readNew, seenAtLaunch, type Follow, type Seen } from './decisions';
import { VERBS } from './iris';
import { connectPolicy, preferredLanguages, readLaunch, webUrl } from './launch';
import { endingVerbs, type Recorded } from './move-on';
import { cmi5Notice, sentName, type Cmi5Notice, type LaunchStep, type Sent } from './notices';
import { Sender } from './sender';
import {
  answeredStatement,
  completedStatement,
  judgedStatement,
  terminatedStatement,
  type Ending,
  type SessionContext,
} from './statements';

export interface Cmi5Status {
  state: 'connecting' | 'live' | 'ended' | 'offline';
  notices: Cmi5Notice[];
  /** LMS.LaunchData's returnURL, once the session is terminated (a web address only). */
  returnUrl?: string;
}

/** The part of the app's ProgressStore a session reads. */
interface ProgressSource {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => { progress: Progress };
}

export interface Cmi5Options {
  /** `location.search` of the launch. */
  search: string;
  /** The AU's scenario (`?scenario=`). */
  scenarioId: string | null;
  store: ProgressSource;
  index: CourseIndex;
  loaders: Record<string, () => Promise<{ default: CompiledScenario | null }>>;
  rule: ScoreRule;
  document: Document;
  window: Pick<Window, 'addEventListener'>;
  /** Told the learner's languages (cmi5's comma-separated list) once the session has read them. */
  onLanguage?: (languages: string | undefined) => void;
  clock?: () => Date;
}

export class Cmi5Session {
  private status: Cmi5Status = { state: 'connecting', notices: [] };
  private readonly listeners = new Set<() => void>();
  private readonly clock: () => Date;
  private readonly seen: Seen;
  private cmi5: Cmi5 | undefined;
  private sender: Sender | undefined;
  private context: SessionContext | undefined;
  private launchData: LaunchData | undefined;
  private follow: Follow | undefined;
  private recorded: Recorded = { completed: false, judged: false };
  private lastAt: Date;
  private terminated = false;

  constructor(private readonly options: Cmi5Options) {
    this.clock = options.clock ?? (() => new Date());
    this.lastAt = this.clock();
    const id = options.scenarioId ?? '';
    this.seen = seenAtLaunch(options.store.getSnapshot().progress, id);
  }

  getSnapshot = (): Cmi5Status => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dismiss(id: string): void {
    this.set({ ...this.status, notices: this.status.notices.filter((n) => n.id !== id) });
  }

  /** Launch and follow the store; resolves once the session is live or has given up. */
  async start(): Promise<void> {
    const { options } = this;
    const launch = readLaunch(options.search);
    // Before any request: the page may connect to the LRS and the fetch URL, nothing else
    // (and with no launch, to its own origin only, as every other build).
    const meta = options.document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = connectPolicy(launch.ok ? launch.origins : ["'self'"]);
    options.document.head.append(meta);
    if (!launch.ok) {
      this.notify(
        cmi5Notice('cmi5-not-launched', { kind: 'launch', name: launch.missing.join(', ') }),
        'offline',
      );
      return;
    }

    const id = options.scenarioId ?? '';
    const entry = options.index.scenarios.find((s) => s.card?.id === id);
    const loader = entry && Object.hasOwn(options.loaders, id) ? options.loaders[id] : undefined;
    const scenario = await loader?.().then(
      (m) => m.default,
      () => null,
    );
    if (!entry?.card || !scenario) {
      this.notify(
        cmi5Notice('cmi5-no-scenario', { kind: 'launch', name: id || 'none' }),
        'offline',
      );
      return;
    }
    this.follow = {
      scenario,
      behaviours: behaviourIndex(options.index.taxonomy),
      roads: entry.card.decisions,
    };

    const cmi5 = new Cmi5(launch.parameters);
    try {
      await cmi5.initialize();
    } catch (error) {
      this.notify(
        cmi5Notice('cmi5-launch-failed', {
          kind: 'launch',
          name: failedStep(error, launch.parameters),
        }),
        'offline',
      );
      return;
    }
    this.cmi5 = cmi5;
    options.onLanguage?.(preferredLanguages(cmi5.getLearnerPreferences()));
    const launchData = cmi5.getLaunchData() as LaunchData | null;
    // The LMS's document, read as it is: without a launch mode cmi5 gives no rule to follow.
    if (!launchData || !MODES.includes(launchData.launchMode)) {
      this.notify(
        cmi5Notice('cmi5-launch-failed', { kind: 'launch', name: LAUNCH_DATA }),
        'offline',
      );
      return;
    }
    this.launchData = launchData;
    this.context = {
      actor: launch.parameters.actor,
      registration: launch.parameters.registration,
      activityId: launch.parameters.activityId,
      contextTemplate: launchData.contextTemplate ?? {},
      ...(typeof launchData.masteryScore === 'number'
        ? { masteryScore: launchData.masteryScore }
        : {}),
      initializedAt: cmi5.getInitializedDate(),
    };
    this.lastAt = this.context.initializedAt;
    this.recorded = await this.alreadyRecorded(
      cmi5,
      launch.parameters.registration,
      launch.parameters.activityId,
    );
    this.sender = new Sender(cmi5, (what) => this.sendProblem(what));
    this.set({ ...this.status, state: 'live' });
    if (launchData.launchMode !== 'Normal')
      this.notify(
        cmi5Notice('cmi5-not-recorded', {
          kind: 'launch',
          name: launchData.launchMode.toLowerCase(),
        }),
      );
    options.window.addEventListener('pagehide', () => this.leave());
    options.store.subscribe(() => void this.report());
    await this.report();
  }

  /** cmi5 9.3: a relaunch in the same registration must not complete or judge it again. */
  private async alreadyRecorded(
    cmi5: Cmi5,
    registration: string,
    activity: string,
  ): Promise<Recorded> {
    const has = async (verb: string) => {
      try {
        const page = await cmi5.xapi?.getStatements({ registration, activity, verb, limit: 1 });
        return (page?.data.statements.length ?? 0) > 0;
      } catch {
        return false;
      }
    };
    const [completed, passed, failed] = await Promise.all(
      [VERBS.completed, VERBS.passed, VERBS.failed].map(has),
    );
    return { completed: !!completed, judged: !!passed || !!failed };
  }

  private async report(): Promise<void> {
    const { follow, context, sender, launchData } = this;
    if (!follow || !context || !sender || !launchData) return;
    const reading = readNew(this.options.store.getSnapshot().progress, follow, this.seen);
    if (this.terminated) {
      if (reading.decisions.length > 0)
        this.notify(cmi5Notice('cmi5-session-ended', { kind: 'statement', name: 'terminated' }));
      return;
    }
    const sends: Promise<void>[] = [];
    for (const decision of reading.decisions) {
      const at = this.clock();
      const took = at.getTime() - this.lastAt.getTime();
      this.lastAt = at;
      sends.push(
        sender.send(answeredStatement(context, { ...decision, took }, at), {
          kind: 'decision',
          number: decision.number,
          label: decision.label,
        }),
      );
    }
    const ending = reading.endings[0];
    if (ending) sends.push(this.end(ending));
    await Promise.all(sends);
  }

  private async end(ending: Ending): Promise<void> {
    const { follow, context, sender, launchData } = this;
    if (!follow || !context || !sender || !launchData) return;
    const score = scoreRun(this.options.rule, follow.scenario.id, ending);
    const at = this.clock();
    for (const verb of endingVerbs(launchData, score, this.recorded)) {
      if (verb === 'completed') {
        this.recorded.completed = true;
        void sender.send(completedStatement(context, ending, at), { kind: 'completion' });
      } else {
        this.recorded.judged = true;
        void sender.send(judgedStatement(context, verb, score, ending, at), {
          kind: 'result',
          verb,
        });
      }
    }
    this.terminated = true;
    await sender.send(terminatedStatement(context, this.clock()), { kind: 'end' });
    const returnUrl = webUrl(launchData.returnURL)?.href;
    this.set({ ...this.status, state: 'ended', ...(returnUrl ? { returnUrl } : {}) });
  }

  /** Leaving the page: terminate now if the run has not, and send what still waits. */
  private leave(): void {
    if (!this.context || !this.sender) return;
    const last = this.terminated ? undefined : terminatedStatement(this.context, this.clock());
    this.terminated = true;
    this.sender.leave(last);
  }

  private sendProblem(what: Sent | undefined): void {
    const others = this.status.notices.filter((n) => n.code !== 'cmi5-send-failed');
    if (what === undefined) {
      if (others.length !== this.status.notices.length)
        this.set({ ...this.status, notices: others });
      return;
    }
    this.set({
      ...this.status,
      notices: [
        ...others,
        cmi5Notice('cmi5-send-failed', { kind: 'statement', name: sentName(what) }, what),
      ],
    });
  }

  private notify(notice: Cmi5Notice, state?: Cmi5Status['state']): void {
    const notices = this.status.notices.some((n) => n.id === notice.id)
      ? this.status.notices
      : [...this.status.notices, notice];
    this.set({ ...this.status, notices, ...(state ? { state } : {}) });
  }

  private set(status: Cmi5Status): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}

const MODES: readonly unknown[] = ['Normal', 'Browse', 'Review'];
const LAUNCH_DATA: LaunchStep = 'launch-data';

/** Which step of the launch failed, from the URL the cmi5 client asked (an axios error's). */
function failedStep(error: unknown, parameters: { fetch: string; endpoint: string }): LaunchStep {
  const url = (error as { config?: { url?: string } } | null)?.config?.url;
  // No request failed: the client could not use what the LMS's launch data holds.
  if (url === undefined) return LAUNCH_DATA;
  if (url === parameters.fetch) return 'token';
  if (url.includes('activities/state')) return LAUNCH_DATA;
  if (url.includes('statements')) return 'start';
  return 'lrs';
}
