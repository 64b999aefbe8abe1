import type { Session } from '../../store/session';
import { scoreShown } from '../../app/result';
import { FlywheelScene } from '../sceneBase';
import { figureHistory, headline, type HeadlineKey } from '../view/figures';
import { formatLevel, scoreSoFarText, yearsPlayed } from '../view/format';
import { divergenceLine, ghostSeries, ghostText, historyGhost } from '../view/ghost';
import { OKABE_ITO, SERIES, THEME } from '../view/palette';
import { reportView } from '../view/report';
import { Button } from '../widgets/Button';
import { DriverBlock } from '../widgets/DriverBlock';
import { LineChart, type ChartSeries } from '../widgets/LineChart';
import { fitLines, fitText } from '../widgets/fitText';
import { addText, drawPanel } from '../widgets/theme';
import { announce } from '../dom/announce';
import { reportDom, reportNews } from '../dom/reportDom';

const CHARTS: readonly HeadlineKey[] = ['netSales', 'operatingIncome', 'awsRevenue', 'cloudShare'];

/** The annual report: what happened, the figures so far, and what drove each change. */
export class ReportScene extends FlywheelScene {
  private dom: (() => Node[]) | null = null;
  protected override readonly domPolls = false;
  constructor(session: Session) {
    super('Report', session);
  }

  /** whether the grey lines of history are drawn on this report */
  private ghostDrawn = false;

  protected override showsHistory(): boolean {
    return this.ghostDrawn;
  }

  create(): void {
    this.begin();
    this.dom = null;
    const game = this.session.get().game;
    const report = game?.reports[game.reports.length - 1];
    if (!game || !report) {
      this.ready();
      return;
    }
    const view = reportView(report, game.state.finished);
    const g = this.add.graphics();
    drawPanel(g, { x: 0, y: 0, width: 1280, height: 52 }, THEME.panel, THEME.panel, 0, 0);
    drawPanel(g, { x: 16, y: 60, width: 1248, height: 48 }, THEME.panelRaised, THEME.panelBorder, 8);
    addText(this, 16, 10, view.title, 26, { bold: true });
    addText(this, 340, 16, view.scoreText, 18, { colour: THEME.muted });
    const shown = scoreShown(game.state, game.reports, game.rules.scoreSpan);
    const played = yearsPlayed(game.state.year, game.scenario.firstYear, game.scenario.lastYear, game.rules.scoreSpan);
    const soFar = scoreSoFarText(shown, played.played, played.total);
    addText(this, 1064, 16, soFar, 18, { bold: true }).setOrigin(1, 0);
    this.dom = () => reportDom(view, game, soFar, { next: () => this.session.continueFromReport(), menu: () => this.session.openMenu() });
    const menu = new Button(this, { id: 'menu', x: 1076, y: 8, width: 188, height: 36, label: 'Menu', hotkey: 'Esc', size: 16,
      onActivate: () => this.session.openMenu(), onHover: () => this.focus('menu') });
    fitLines(addText(this, 30, 63, '', 16, { wrap: 1220 }), view.events.join('   \u2022   '), 2);

    const history = figureHistory(game.start.last!, game.reports);
    const slots = game.scenario.lastYear - game.scenario.firstYear + 2;
    const years = history.map((f) => f.year);
    const ghost = game.rules.history ? historyGhost(game.scenario, game.seed) : null;
    this.ghostDrawn = ghost !== null;
    CHARTS.forEach((key, i) => {
      const h = headline(key);
      const chart = new LineChart(this, { x: 16 + i * 316, y: 116, width: 300, height: 132 }, h.label, h.unit);
      const values = history.map((f) => f[key]);
      const series: ChartSeries[] = ghost ? [{ values: ghostSeries(ghost, game.start.last!, key, values.length), colour: SERIES.history, width: 2 }] : [];
      series.push({ values, colour: h.colour, width: 3 });
      const note = ghost ? ghostText(ghost, key, values.length - 1)?.replace('history', 'hist.') ?? '' : '';
      chart.setData(series, years, slots, formatLevel(h.unit, values[values.length - 1] ?? 0), true, note);
    });
    if (ghost) {
      const line = addText(this, 16, 682, '', 16, { colour: OKABE_ITO.yellow });
      fitText(line, `Thin grey lines ending in a square: history in this world. ${divergenceLine(game.scenario, game.decisions, game.state.year - 1)}`, 930);
    }

    addText(this, 16, 254, 'What moved the figures', 18, { bold: true });
    addText(this, 250, 256, 'each change split into its causes; gains \u25B2 blue, losses \u25BC orange', 16, { colour: THEME.muted });
    // Two columns of up to six blocks, between the charts and the footer (y 672).
    const perColumn = Math.ceil(view.blocks.length / 2);
    view.blocks.forEach((block, i) => {
      const column = i < perColumn ? 0 : 1;
      const row = i % perColumn;
      const driver = new DriverBlock(this, { x: 16 + column * 640, y: 282 + row * 64, width: 608, height: 60 });
      driver.show(block, 150 + i * 60);
    });

    const next = new Button(this, { id: 'next', x: 964, y: 672, width: 300, height: 42, label: view.nextLabel, hotkey: '\u23CE', primary: true, size: 17,
      onActivate: () => this.session.continueFromReport(), onHover: () => this.focus('next') });
    this.controls = [
      { id: 'next', ...next.bounds, activate: () => this.session.continueFromReport() },
      { id: 'menu', ...menu.bounds, activate: () => this.session.openMenu() },
    ];
    this.onKeys((name) => {
      switch (name) {
        case 'enter': this.session.continueFromReport(); return true;
        case 'escape': this.session.openMenu(); return true;
        case '?': this.session.open('howto'); return true;
        default: return false;
      }
    });
    this.focus('next');
    this.fadeIn(200);
    this.ready();
    this.drawFocus();
    announce(reportNews(view));
  }

  protected override domContent(): Node[] | null {
    return this.dom?.() ?? null;
  }
}
