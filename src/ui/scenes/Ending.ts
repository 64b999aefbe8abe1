import type { Session } from '../../store/session';
import { FlywheelScene } from '../sceneBase';
import { endingView } from '../view/ending';
import { formatLevel } from '../view/format';
import { headline } from '../view/figures';
import { OKABE_ITO, SERIES, THEME } from '../view/palette';
import { Button } from '../widgets/Button';
import { fitText } from '../widgets/fitText';
import { LineChart } from '../widgets/LineChart';
import { addText, drawPanel } from '../widgets/theme';

/** The end of the run: the scorecard, its turning points, and the run against the real path. */
export class EndingScene extends FlywheelScene {
  constructor(session: Session) {
    super('Ending', session);
  }

  create(): void {
    this.begin();
    const game = this.session.get().game;
    if (!game) {
      this.ready();
      return;
    }
    const view = endingView(game.scenario, game.start, game.state, game.decisions, game.reports);
    const g = this.add.graphics();
    drawPanel(g, { x: 0, y: 0, width: 1280, height: 52 }, THEME.panel, THEME.panel, 0, 0);
    addText(this, 16, 10, view.title, 26, { bold: true });

    drawPanel(g, { x: 16, y: 64, width: 540, height: 290 }, THEME.panel, THEME.panelBorder, 10);
    const total = addText(this, 36, 70, view.totalText, 72, { bold: true, colour: OKABE_ITO.orange });
    addText(this, 36 + total.width + 10, 112, '/ 1000', 24, { colour: THEME.muted });
    addText(this, 36, 156, view.verdict, 22, { bold: true, wrap: 500, maxLines: 1 });
    addText(this, 36, 186, view.comparison, 16, { colour: THEME.muted, wrap: 500, maxLines: 2 });
    view.parts.forEach((part, i) => {
      const y = 240 + i * 28;
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

    const again = new Button(this, { id: 'new', x: 16, y: 664, width: 250, height: 46, label: 'New game', hotkey: 'N', size: 17,
      onActivate: () => this.session.newGame(game.scenario.id, game.seed), onHover: () => this.focus('new') });
    const title = new Button(this, { id: 'title', x: 282, y: 664, width: 250, height: 46, label: 'Title screen', hotkey: 'T', size: 17,
      onActivate: () => this.session.quitToTitle(), onHover: () => this.focus('title') });
    const legend = this.add.graphics();
    legend.fillStyle(OKABE_ITO.skyBlue, 1);
    legend.fillRect(580, 685, 14, 4);
    legend.fillStyle(OKABE_ITO.orange, 1);
    legend.fillRect(596, 685, 14, 4);
    addText(this, 620, 676, 'your run', 16, { colour: THEME.muted });
    legend.fillStyle(SERIES.history, 1);
    legend.fillRect(720, 686, 28, 2);
    addText(this, 756, 676, 'the real company\u2019s decisions, played in this same world', 16, { colour: THEME.muted });
    this.controls = [
      { id: 'new', ...again.bounds, activate: () => again.activate() },
      { id: 'title', ...title.bounds, activate: () => title.activate() },
    ];
    this.onKeys((name) => {
      switch (name) {
        case 'n': again.activate(); return true;
        case 't': case 'escape': title.activate(); return true;
        case 'enter': this.focused()?.activate?.(); return true;
        default: return false;
      }
    });
    this.focus('new');
    this.cameras.main.fadeIn(300, 14, 22, 33);
    this.ready();
    this.drawFocus();
  }
}
