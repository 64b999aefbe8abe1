import { shareCode, shareLink } from '../../app/shareLink';
import type { Replays } from '../../store/replays';
import type { Session } from '../../store/session';
import { uiStatus } from '../uiStatus';
import { FlywheelScene, type Control } from '../sceneBase';
import { SERIES, THEME } from '../view/palette';
import { watchView, type WatchView } from '../view/watch';
import { watchDom } from '../dom/watchDom';
import { Button } from '../widgets/Button';
import { Dashboard } from '../widgets/Dashboard';
import { fitLines } from '../widgets/fitText';
import { LineChart } from '../widgets/LineChart';
import { ShareField } from '../widgets/ShareField';
import { Timeline } from '../widgets/Timeline';
import { openPanelLayer, type PanelLayer } from '../widgets/PanelLayer';
import { addText, drawPanel } from '../widgets/theme';

const RIGHT = { x: 368, width: 896 };

/** A replay year by year: what was decided, why or how it differs from history, and the figures. */
export class WatchScene extends FlywheelScene {
  private shareField: ShareField | null = null;
  private dom: (() => Node[]) | null = null;

  constructor(session: Session, private readonly replays: Replays) {
    super('Watch', session);
  }

  protected override showsHistory(): boolean {
    const watched = this.replays.get().watching;
    if (!watched) return false;
    return watched.kind === 'history' || watchView(watched, 0).charts.some((c) => c.ghost !== null);
  }

  create(): void {
    this.begin();
    this.dom = null;
    const watched = this.replays.get().watching;
    if (!watched) {
      this.ready();
      return;
    }
    const first = watchView(watched, this.replays.get().index);
    const g = this.add.graphics();
    drawPanel(g, { x: 0, y: 0, width: 1280, height: 52 }, THEME.panel, THEME.panel, 0, 0);
    addText(this, 16, 10, first.title, 26, { bold: true });
    const position = addText(this, 1060, 17, '', 16, { colour: THEME.muted }).setOrigin(1, 0);
    const close = new Button(this, { id: 'close', x: 1076, y: 8, width: 188, height: 36, label: 'Close', hotkey: 'Esc', size: 16,
      onActivate: () => this.replays.close(), onHover: () => this.focus('close') });

    const dashboard = new Dashboard(this, { x: 16, y: 64, width: 336, height: 592 }, 8);
    drawPanel(g, { x: RIGHT.x, y: 64, width: RIGHT.width, height: 92 }, THEME.panel, THEME.panelBorder, 10);
    const heading = addText(this, RIGHT.x + 16, 72, '', 20, { bold: true });
    const score = addText(this, RIGHT.x + RIGHT.width - 16, 75, '', 16, { colour: THEME.muted }).setOrigin(1, 0);
    const decided = addText(this, RIGHT.x + 16, 102, '', 17, { wrap: RIGHT.width - 32 });
    drawPanel(g, { x: RIGHT.x, y: 164, width: RIGHT.width, height: 124 }, THEME.panel, THEME.panelBorder, 10);
    const noteTitle = addText(this, RIGHT.x + 16, 172, first.noteTitle, 18, { bold: true, colour: THEME.accent });
    const note = addText(this, RIGHT.x + 16, 200, '', 17, { wrap: RIGHT.width - 32 });

    const chartWidth = (RIGHT.width - 3 * 8) / 4;
    const charts = first.charts.map((c, i) => new LineChart(this, { x: RIGHT.x + i * (chartWidth + 8), y: 296, width: chartWidth, height: 224 }, c.label, c.unit));
    const legend = this.add.graphics();
    if (first.charts[0]?.ghost) {
      legend.fillStyle(SERIES.history, 1);
      legend.fillRect(RIGHT.x + 4, 537, 28, 2);
      addText(this, RIGHT.x + 40, 528, 'grey line: history\u2019s decisions played in this same world', 16, { colour: THEME.muted });
    } else {
      addText(this, RIGHT.x + 4, 528, 'Click a year or use \u2190 \u2192, Home and End to move through the run.', 16, { colour: THEME.muted });
    }

    const timeline = new Timeline(this, { x: RIGHT.x, y: 556, width: RIGHT.width, height: 40 }, first.years, (i) => this.replays.jump(i), () => this.focus('timeline'));
    const y = 604;
    const back = new Button(this, { id: 'back', x: RIGHT.x, y, width: 150, height: 44, label: 'Back', hotkey: '\u2190', size: 17,
      onActivate: () => this.replays.step(-1), onHover: () => this.focus('back') });
    const forward = new Button(this, { id: 'forward', x: RIGHT.x + 162, y, width: 170, height: 44, label: 'Forward', hotkey: '\u2192', size: 17,
      onActivate: () => this.replays.step(1), onHover: () => this.focus('forward') });
    const fork = new Button(this, { id: 'fork', x: RIGHT.x + 344, y, width: 270, height: 44, label: '', hotkey: 'P', size: 17, primary: true,
      onActivate: () => this.replays.fork(), onHover: () => this.focus('fork') });
    const controls: Control[] = [
      { id: 'back', ...back.bounds, activate: () => back.activate() },
      { id: 'forward', ...forward.bounds, activate: () => forward.activate() },
      { id: 'fork', ...fork.bounds, activate: () => fork.activate() },
    ];

    const code = watched.kind === 'history' || watched.classGame ? null : shareCode(watched);
    const status = addText(this, RIGHT.x + 626, y + 12, '', 16, { colour: THEME.muted, wrap: 270, maxLines: 2 });
    let copy: Button | null = null;
    if (code) {
      const link = shareLink(window.location.href, code);
      addText(this, 16, 670, 'Share link', 17, { bold: true });
      this.shareField = new ShareField(this, { x: 130, y: 662, width: 950, height: 40 }, link);
      copy = new Button(this, { id: 'copy', x: 1092, y: 660, width: 172, height: 44, label: 'Copy link', hotkey: 'C', size: 17,
        onActivate: () => this.copy(link, status), onHover: () => this.focus('copy') });
      controls.push({ id: 'copy', ...copy.bounds, activate: () => copy!.activate() });
      this.onCleanup(() => { this.shareField?.destroy(); this.shareField = null; });
    } else {
      addText(this, 16, 672, watched.classGame
        ? 'No share link during a class competition: your result code goes to your instructor.'
        : 'Play on from any year to take over from there, in the same world (same seed).', 16, { colour: THEME.muted });
    }
    controls.push(
      { id: 'timeline', x: RIGHT.x, y: 556, width: RIGHT.width, height: 40, activate: () => this.replays.step(1) },
      { id: 'close', ...close.bounds, activate: () => this.replays.close() },
    );
    this.controls = controls;

    const render = (view: WatchView) => {
      this.dom = () => watchDom(view, watched.scenario.firstYear);
      position.setText(view.position);
      heading.setText(`${view.year}: what was decided`);
      score.setText(view.score);
      fitLines(decided, view.decisions, 2);
      noteTitle.setText(view.noteTitle);
      fitLines(note, view.note, 4);
      dashboard.update(view.rows, view.ghosts ?? undefined);
      view.charts.forEach((c, i) => {
        const series = [];
        if (c.ghost) series.push({ values: c.ghost, colour: SERIES.history, width: 2 });
        series.push({ values: c.values, colour: c.colour, width: 3 });
        charts[i]!.setData(series, [watched.scenario.firstYear - 1], view.slots, c.latest, false);
      });
      timeline.show(view.index);
      back.setEnabled(view.canBack);
      forward.setEnabled(view.canForward);
      fork.setEnabled(view.canFork).setLabel(view.forkLabel);
      for (const control of this.controls) {
        if (control.id === 'back') control.enabled = view.canBack;
        if (control.id === 'forward') control.enabled = view.canForward;
        if (control.id === 'fork') control.enabled = view.canFork;
      }
    };
    this.onCleanup(this.replays.store.subscribe((s, before) => {
      if (s.watching && (s.index !== before.index || s.watching !== before.watching)) render(watchView(s.watching, s.index));
      if (s.askFork !== before.askFork) this.showForkQuestion(s.askFork, controls);
    }));
    render(first);

    this.onKeys((name) => {
      if (this.forkQuestion) {
        switch (name) {
          case 'k': this.replays.fork('keepBoth'); return true;
          case 'r': this.replays.fork('replace'); return true;
          case 'escape': this.replays.cancelFork(); return true;
          case 'enter': this.focused()?.activate?.(); return true;
          default: return true;
        }
      }
      switch (name) {
        case 'left': this.replays.step(-1); return true;
        case 'right': this.replays.step(1); return true;
        case 'Home': this.replays.jump(0); return true;
        case 'End': this.replays.jump(Number.MAX_SAFE_INTEGER); return true;
        case 'PageUp': this.replays.step(-5); return true;
        case 'PageDown': this.replays.step(5); return true;
        case 'p': this.replays.fork(); return true;
        case 'c': copy?.activate(); return true;
        case 'escape': this.replays.close(); return true;
        case 'enter': this.focused()?.activate?.(); return true;
        default: return false;
      }
    });
    this.focus(first.canForward ? 'forward' : first.canFork ? 'fork' : 'back');
    this.fadeIn(200);
    this.ready();
    this.drawFocus();
  }

  private forkQuestion: PanelLayer | null = null;

  /** Asks before a fork replaces a game in progress: keep both (the one in progress joins the kept games), replace it, or stay. */
  private showForkQuestion(open: boolean, screenControls: Control[]): void {
    this.forkQuestion?.close();
    this.forkQuestion = null;
    if (!open) {
      uiStatus.panel = '';
      this.controls = screenControls;
      this.focus('fork');
      this.drawFocus();
      return;
    }
    // The screen underneath takes no clicks while the question is open.
    this.forkQuestion = openPanelLayer(this, { x: 290, y: 210, width: 700, height: 226 }, () => {
      const saved = this.session.get().saved;
      addText(this, 314, 228, 'You have a game in progress', 22, { bold: true });
      const what = saved ? `${saved.scenarioName}, next up ${saved.nextYear}, ${Math.round(saved.score)} of 1000 so far` : 'Your saved game';
      addText(this, 314, 264, `${what}. Playing on from here starts a new game in its place. Keep both, and it waits under Kept games on the title screen.`, 17, { wrap: 650, colour: THEME.muted });
      return [
        new Button(this, { id: 'keepBoth', x: 314, y: 360, width: 230, height: 56, label: 'Keep both', hotkey: 'K', primary: true, size: 17, onActivate: () => this.replays.fork('keepBoth'), onHover: () => this.focus('keepBoth') }),
        new Button(this, { id: 'replace', x: 556, y: 360, width: 230, height: 56, label: 'Replace it', hotkey: 'R', size: 17, onActivate: () => this.replays.fork('replace'), onHover: () => this.focus('replace') }),
        new Button(this, { id: 'cancelFork', x: 798, y: 360, width: 168, height: 56, label: 'Cancel', hotkey: 'Esc', size: 17, onActivate: () => this.replays.cancelFork(), onHover: () => this.focus('cancelFork') }),
      ];
    }, { depth: 10, dim: true });
    this.controls = this.forkQuestion.buttons.map((b) => ({ id: b.id, ...b.bounds, activate: () => b.activate() }));
    uiStatus.panel = 'fork';
    this.focus('keepBoth');
    this.drawFocus();
  }

  private copy(link: string, status: Phaser.GameObjects.Text): void {
    this.focus('copy');
    const fallback = () => {
      this.shareField?.select();
      status.setText('Copying is blocked here: the link is selected, press Ctrl+C.');
    };
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) { fallback(); return; }
    clipboard.writeText(link).then(() => {
      if (this.sys.isActive()) status.setText('Link copied.');
    }, () => {
      if (this.sys.isActive()) fallback();
    });
  }

  protected override domContent(): Node[] | null {
    return this.dom?.() ?? null;
  }
}
