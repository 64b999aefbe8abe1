import type Phaser from 'phaser';
import type { Luck, LuckData } from '../../store/luck';
import { LUCK_WORLDS } from '../../store/luck';
import type { Replays } from '../../store/replays';
import type { Session } from '../../store/session';
import { FlywheelScene } from '../sceneBase';
import { debriefView, type DebriefView } from '../view/debrief';
import { endingView } from '../view/ending';
import { ghostScore, historyGhost } from '../view/ghost';
import { luckView, progressText } from '../view/luck';
import { formatLevel } from '../view/format';
import { headline } from '../view/figures';
import { css, OKABE_ITO, SERIES, THEME } from '../view/palette';
import { Button } from '../widgets/Button';
import { FanChart } from '../widgets/FanChart';
import { drawScoreSpread } from '../widgets/ScoreSpread';
import { attachCompetitionResult } from '../widgets/CompetitionResult';
import { fitText } from '../widgets/fitText';
import { Pager } from '../widgets/Pager';
import { quickText } from '../widgets/quickText';
import { LineChart } from '../widgets/LineChart';
import { addText, drawPanel } from '../widgets/theme';
import { announce } from '../dom/announce';
import { endingDom, endingNews } from '../dom/endingDom';

const ROWS_PER_PAGE = 10;

type Page = 'scorecard' | 'debrief' | 'luck';
const PAGE_TITLES = { debrief: 'Debrief: your run against history\u2019s', luck: 'Luck or skill: the same calls in 500 worlds' } as const;


/** The end of the run: the scorecard and turning points, then a debrief against history's path. */
export class EndingScene extends FlywheelScene {
  private pages = new Map<Page, Phaser.GameObjects.GameObject[]>();
  private page: Page = 'scorecard';
  private rowsPager: Pager | null = null;
  private debriefPage = 0;
  private showDebriefRows: ((page: number) => void) | null = null;

  constructor(session: Session, private readonly replays?: Replays, private readonly luck?: Luck) {
    super('Ending', session);
  }

  /** whether history is drawn: its lines on the charts, or the debrief against it */
  private historyDrawn = false;

  protected override showsHistory(): boolean {
    return this.historyDrawn;
  }

  create(): void {
    this.begin();
    this.debriefPage = 0;
    this.rowsPager = null;
    const game = this.session.get().game;
    if (!game) {
      this.ready();
      return;
    }
    const rules = game.rules;
    const span = rules.scoreSpan;
    const view = endingView(game.scenario, game.start, game.state, game.decisions, game.reports,
      span ? { ...span, showHistory: rules.history } : undefined);
    const g = this.add.graphics();
    drawPanel(g, { x: 0, y: 0, width: 1280, height: 52 }, THEME.panel, THEME.panel, 0, 0);
    const title = addText(this, 16, 10, view.title, 26, { bold: true });
    const ghostAllowed = rules.history;

    this.pages = new Map();
    this.page = 'scorecard';
    this.historyDrawn = ghostAllowed || view.charts.some((c) => c.history !== null);
    this.pages.set('scorecard', this.built(() => this.buildScorecard(view)));
    if (ghostAllowed) {
      this.pages.set('debrief', this.built(() => this.buildDebrief(debriefView(game.scenario, game.seed, game.start.last!, game.reports, game.decisions))));
      this.pages.set('luck', []);
    }

    const again = new Button(this, { id: 'new', x: 16, y: 664, width: 200, height: 46, label: 'New game', hotkey: 'N', size: 17,
      onActivate: () => this.session.newGame(game.scenario.id, game.seed), onHover: () => this.focus('new') });
    const toTitle = new Button(this, { id: 'title', x: 228, y: 664, width: 200, height: 46, label: 'Title screen', hotkey: 'T', size: 17,
      onActivate: () => this.session.quitToTitle(), onHover: () => this.focus('title') });
    const watch = new Button(this, { id: 'watch', x: 440, y: 664, width: 250, height: 46, label: rules.sharing ? 'Watch and share' : 'Watch your run', hotkey: 'W', size: 17,
      onActivate: () => this.replays?.openOwn(), onHover: () => this.focus('watch') });
    this.controls = [
      { id: 'new', ...again.bounds, activate: () => again.activate() },
      { id: 'title', ...toTitle.bounds, activate: () => toTitle.activate() },
      { id: 'watch', ...watch.bounds, activate: () => watch.activate() },
    ];
    const rowsPager = this.rowsPager as Pager | null;
    if (rowsPager) {
      for (const b of [rowsPager.previous, rowsPager.next]) this.controls.push({ id: b.id, ...b.bounds, activate: () => b.activate(), enabled: false });
    }
    const tabs = new Map<Page, Button>();
    const show = (page: Page) => {
      if (!this.pages.has(page)) return;
      this.page = page;
      for (const [name, objects] of this.pages) for (const o of objects) (o as unknown as Phaser.GameObjects.Components.Visible).setVisible(name === page);
      for (const [name, tab] of tabs) tab.setEnabled(name !== page);
      for (const control of this.controls) if (control.id.startsWith('page:')) control.enabled = control.id !== `page:${page}`;
      this.syncRowControls();
      title.setText(page === 'scorecard' ? view.title : PAGE_TITLES[page]);
      if (page === 'debrief') this.showDebriefRows?.(this.debriefPage);
      if (page === 'luck') this.luck?.run();
      this.drawFocus();
    };
    if (ghostAllowed) {
      const specs: { page: Page; label: string; hotkey: string; x: number; width: number }[] = [
        { page: 'scorecard', label: 'Scorecard', hotkey: 'S', x: 664, width: 176 },
        { page: 'debrief', label: 'Debrief', hotkey: 'D', x: 852, width: 176 },
        { page: 'luck', label: 'Luck or skill', hotkey: 'L', x: 1040, width: 224 },
      ];
      for (const spec of specs) {
        const tab = new Button(this, { id: `page:${spec.page}`, x: spec.x, y: 8, width: spec.width, height: 36, label: spec.label, hotkey: spec.hotkey, size: 16,
          onActivate: () => show(spec.page), onHover: () => this.focus(`page:${spec.page}`) });
        tabs.set(spec.page, tab);
        this.controls.push({ id: `page:${spec.page}`, ...tab.bounds, activate: () => tab.activate() });
      }
      if (this.luck) {
        this.luck.prepare();
        this.onCleanup(this.watchLuck(this.luck, game, () => this.page === 'luck'));
      }
    }
    const flip = (page: Page) => show(page);
    show('scorecard');
    // A class competition's result (code and file); nothing in an ordinary game.
    attachCompetitionResult(this, this.session, {
      controls: () => this.controls,
      setControls: (controls) => { this.controls = controls; },
      focus: (id) => this.focus(id),
    });
    this.onKeys((name) => {
      switch (name) {
        case 'n': again.activate(); return true;
        case 't': case 'escape': toTitle.activate(); return true;
        case 'w': watch.activate(); return true;
        case 's': flip('scorecard'); return true;
        case 'd': flip('debrief'); return true;
        case 'l': flip('luck'); return true;
        case 'PageDown': case '.': this.pageRows(1); return true;
        case 'PageUp': case ',': this.pageRows(-1); return true;
        case 'enter': this.focused()?.activate?.(); return true;
        default: return false;
      }
    });
    this.focus('new');
    this.fadeIn(300);
    this.ready();
    this.drawFocus();
    announce(endingNews(game));
  }

  protected override domContent(): Node[] | null {
    const game = this.session.get().game;
    return game?.state.finished ? endingDom(this.session, game, this.page, this.luck?.get() ?? null, (id) => this.activateFromDom(id)) : null;
  }

  /** The game objects a builder adds to the scene, so a page can be shown or hidden as a whole. */
  private built(build: () => void): Phaser.GameObjects.GameObject[] {
    const before = new Set(this.children.getChildren());
    build();
    return this.children.getChildren().filter((o) => !before.has(o));
  }

  /** The rows' page buttons take the focus only on the debrief page, and only where they can turn. */
  private syncRowControls(): void {
    const pager = this.rowsPager;
    for (const control of this.controls) {
      if (control.id === 'rows:previous') control.enabled = this.page === 'debrief' && !!pager?.previous.isEnabled();
      if (control.id === 'rows:next') control.enabled = this.page === 'debrief' && !!pager?.next.isEnabled();
    }
  }

  private pageRows(step: number): void {
    if (!this.showDebriefRows || this.page !== 'debrief') return;
    this.showDebriefRows(this.debriefPage + step);
  }

  private buildScorecard(view: ReturnType<typeof endingView>): void {
    const g = this.add.graphics();
    drawPanel(g, { x: 16, y: 64, width: 540, height: 290 }, THEME.panel, THEME.panelBorder, 10);
    const total = addText(this, 36, 70, view.totalText, 72, { bold: true, colour: OKABE_ITO.orange });
    addText(this, 36 + total.width + 10, 112, '/ 1000', 24, { colour: THEME.muted });
    addText(this, 36, 152, view.verdict, 22, { bold: true, wrap: 500, maxLines: 1 });
    addText(this, 36, 180, view.comparison, 16, { colour: THEME.muted, wrap: 500, maxLines: 2 });
    // Five parts fit between the comparison's two lines and the panel's foot (y 354).
    view.parts.forEach((part, i) => {
      const y = 226 + i * 25;
      addText(this, 36, y, part.label, 17, { bold: true });
      addText(this, 536, y, part.text, 17, { bold: true }).setOrigin(1, 0);
      const bar = this.add.graphics();
      const x = 120;
      const width = 300;
      const progress = { value: 0 };
      const draw = () => {
        bar.clear();
        bar.fillStyle(THEME.panelRaised, 1);
        bar.fillRoundedRect(x, y + 4, width, 14, 6);
        bar.fillStyle(OKABE_ITO.skyBlue, 1);
        bar.fillRoundedRect(x, y + 4, Math.max(8, width * Math.min(1, part.value / part.max) * progress.value), 14, 6);
      };
      this.tweens.add({ targets: progress, value: 1, duration: 900, delay: 200 + i * 120, ease: 'Cubic.easeOut', onUpdate: draw, onComplete: draw });
      draw();
    });

    drawPanel(g, { x: 572, y: 64, width: 692, height: 290 }, THEME.panel, THEME.panelBorder, 10);
    addText(this, 592, 74, 'Turning points', 20, { bold: true });
    view.turningPoints.forEach((point, i) => {
      const y = 108 + i * 30;
      addText(this, 592, y, String(point.year), 17, { bold: true, colour: OKABE_ITO.orange });
      fitText(addText(this, 648, y, '', 17), point.text, 600);
    });

    const slots = view.years.length;
    view.charts.forEach((c, i) => {
      const h = headline(c.key);
      const chart = new LineChart(this, { x: 16 + i * 316, y: 366, width: 300, height: 286 }, c.label, h.unit);
      const series = [];
      if (c.history) series.push({ values: c.history, colour: SERIES.history, width: 2 });
      series.push({ values: c.yours, colour: c.colour, width: 3 });
      chart.setData(series, view.years, slots, formatLevel(h.unit, c.yours[c.yours.length - 1] ?? 0), true);
    });
    this.legend('your run', view.charts.some((c) => c.history !== null));
  }

  /** The charts' legend; history's line is named only where it is drawn (a competition may hide it). */
  private legend(yours: string, withHistory: boolean): void {
    const legend = this.add.graphics();
    legend.fillStyle(OKABE_ITO.skyBlue, 1);
    legend.fillRect(710, 685, 14, 4);
    legend.fillStyle(OKABE_ITO.orange, 1);
    legend.fillRect(726, 685, 14, 4);
    addText(this, 750, 676, yours, 16, { colour: THEME.muted });
    if (!withHistory) return;
    legend.fillStyle(SERIES.history, 1);
    legend.fillRect(850, 686, 28, 2);
    addText(this, 886, 676, 'history\u2019s decisions, same world', 16, { colour: THEME.muted });
  }

  private buildDebrief(view: DebriefView): void {
    const width = (1248 - 4 * 8) / 5;
    view.charts.forEach((c, i) => {
      const chart = new LineChart(this, { x: 16 + i * (width + 8), y: 64, width, height: 226 }, c.label, c.unit);
      const series = [];
      if (c.history) series.push({ values: c.history, colour: SERIES.history, width: 2 });
      series.push({ values: c.yours, colour: c.colour, width: 3 });
      chart.setData(series, view.years, view.years.length, c.latest, false);
    });
    const g = this.add.graphics();
    drawPanel(g, { x: 16, y: 300, width: 1248, height: 356 }, THEME.panel, THEME.panelBorder, 10);
    addText(this, 32, 308, 'Where you parted from history', 20, { bold: true });
    // The gap and how it is split, in two lines at most; the rows start below them.
    addText(this, 32, 336, view.summary, 16, { colour: THEME.muted, wrap: 1210, maxLines: 2 });
    const lines = Array.from({ length: ROWS_PER_PAGE }, (_, i) => {
      const y = 382 + i * 27;
      return {
        year: addText(this, 32, y, '', 17, { bold: true, colour: OKABE_ITO.orange }),
        text: addText(this, 90, y, '', 17),
        effect: addText(this, 1248, y, '', 17, { bold: true }).setOrigin(1, 0),
      };
    });
    const pages = Math.max(1, Math.ceil(view.rows.length / ROWS_PER_PAGE));
    // The rows' pages turn with the buttons, the wheel, a swipe, and PgUp/PgDn.
    const pager = new Pager(this, {
      id: 'rows', area: { x: 16, y: 370, width: 1248, height: 286 }, right: 1248, top: 304,
      onPage: (page) => this.showDebriefRows?.(page), onHover: (id) => this.focus(id), active: () => this.page === 'debrief',
    });
    this.rowsPager = pages > 1 ? pager : null;
    this.showDebriefRows = (page) => {
      const p = Math.min(Math.max(0, page), pages - 1);
      this.debriefPage = p;
      pager.set(p, pages);
      this.syncRowControls();
      lines.forEach((line, i) => {
        const row = view.rows[p * ROWS_PER_PAGE + i];
        line.year.setText(row ? String(row.year) : '');
        line.effect.setText(row ? row.effect : '');
        const colour = !row ? THEME.text : row.direction === 'up' ? THEME.good : row.direction === 'down' ? THEME.bad : THEME.muted;
        line.effect.setColor(css(colour));
        fitText(line.text, row ? row.text : '', 1248 - 90 - line.effect.width - 24);
      });
    };
    this.showDebriefRows(0);
    this.legend('your run', view.charts.some((c) => c.history !== null));
  }

  /** The luck page follows the worker: a progress bar while it runs, then the fan charts. */
  private watchLuck(luck: Luck, game: NonNullable<ReturnType<Session['get']>['game']>, visible: () => boolean): () => void {
    const progress = this.built(() => {
      const g = this.add.graphics();
      drawPanel(g, { x: 16, y: 64, width: 1248, height: 590 }, THEME.panel, THEME.panelBorder, 10);
      addText(this, 640, 250, '', 20, { bold: true }).setOrigin(0.5, 0).setName('luck:text');
      this.add.graphics().setName('luck:bar');
    });
    const text = progress.find((o) => o.name === 'luck:text') as Phaser.GameObjects.Text;
    const bar = progress.find((o) => o.name === 'luck:bar') as Phaser.GameObjects.Graphics;
    let built = false;
    const render = (data: LuckData) => {
      if (data.status === 'done' && data.outcome && !built) {
        built = true;
        const ghost = historyGhost(game.scenario, game.seed);
        const span = game.rules.scoreSpan;
        const steps = this.luckSteps(luckView(data.outcome, game, ghost ? ghostScore(ghost, span) : null, span));
        const objects: Phaser.GameObjects.GameObject[] = [];
        // One part per frame, so drawing the page never holds up a frame for long. A tween held
        // open meanwhile tells the screen is still changing (the test hook's "settled").
        const holder = { value: 0 };
        this.tweens.add({ targets: holder, value: 1, duration: 60_000 });
        const next = () => {
          const step = steps.shift();
          if (!step) {
            this.tweens.killTweensOf(holder);
            for (const o of progress) o.destroy();
            this.pages.set('luck', objects);
            return;
          }
          const added = this.built(step);
          for (const o of added) (o as unknown as Phaser.GameObjects.Components.Visible).setVisible(visible());
          objects.push(...added);
          this.time.delayedCall(1, next);
        };
        next();
        return;
      }
      if (built) return;
      bar.clear();
      bar.fillStyle(THEME.panelRaised, 1);
      bar.fillRoundedRect(240, 300, 800, 24, 10);
      bar.fillStyle(OKABE_ITO.skyBlue, 1);
      bar.fillRoundedRect(240, 300, Math.max(12, 800 * data.progress), 24, 10);
      text.setText(data.status === 'failed' ? `The worlds could not be played: ${data.error ?? 'unknown error'}` : data.status === 'idle' ? 'Open this page to replay your decisions in other worlds.' : progressText(data.progress, LUCK_WORLDS));
    };
    this.pages.set('luck', progress);
    for (const o of progress) (o as unknown as Phaser.GameObjects.Components.Visible).setVisible(visible());
    render(luck.get());
    return luck.store.subscribe((data) => render(data));
  }

  private luckSteps(view: ReturnType<typeof luckView>): (() => void)[] {
    const charts = view.panels.map((panel, i) => () => {
      const chart = new FanChart(this, { x: 16 + i * 632, y: 64, width: 616, height: 400 }, panel.label, panel.unit);
      chart.setData([panel.history, panel.yours], { values: panel.own, colour: panel.yours.colour }, panel.years, panel.note);
    });
    return [...charts, () => drawScoreSpread(this, { x: 16, y: 474, width: 616, height: 182 }, view.scores, view.scoreRange), () => this.luckText(view)];
  }

  private luckText(view: ReturnType<typeof luckView>): void {
    const g = this.add.graphics();
    drawPanel(g, { x: 648, y: 474, width: 616, height: 182 }, THEME.panel, THEME.panelBorder, 10);
    const verdict = quickText(this, 664, 484, view.verdict, 17, { bold: true, wrap: 584 });
    const detail = quickText(this, 664, verdict.y + verdict.height + 6, view.detail, 16, { wrap: 584 });
    quickText(this, 664, detail.y + detail.height + 6, 'Coloured band: your calls, 8 worlds in 10; grey band: history\u2019s. White line and diamond: your own world.', 16, { colour: THEME.muted, wrap: 584 });
    quickText(this, 664, 630, view.timing, 16, { colour: THEME.faint, wrap: 584, maxLines: 1 });
  }
}
