import type { Action, Level, OutagePlan } from '../../engine';
import type { GameSession, Session } from '../../store/session';
import { CARD_KEYS, depthStep, type LeverKind, type CardKey } from '../../store/selection';
import { FlywheelScene, type Control } from '../sceneBase';
import { uiStatus } from '../uiStatus';
import { moveForHotkey } from '../view/catalog';
import { HEADLINES } from '../view/figures';
import { divergenceLine, ghostRows, historyGhost } from '../view/ghost';
import { describeActions } from '../view/news';
import { moveInScenario } from '../view/options';
import { OKABE_ITO, THEME } from '../view/palette';
import { yearView, type YearView } from '../view/year';
import { yearDetail } from '../view/yearDetail';
import { Button } from '../widgets/Button';
import { Dashboard } from '../widgets/Dashboard';
import { DetailPanel } from '../widgets/DetailPanel';
import { fitBanner, fitText } from '../widgets/fitText';
import { HintPanel } from '../widgets/HintPanel';
import { LeverControl } from '../widgets/LeverControl';
import { MoveCardView } from '../widgets/MoveCardView';
import { OutagePanel } from '../widgets/OutagePanel';
import { Stepper } from '../widgets/Stepper';
import { addText, drawPanel } from '../widgets/theme';
import { yearDom, yearNews } from '../dom/yearDom';
import { announce } from '../dom/announce';

const GRID = { x: 368, y: 128, columns: 4, width: 215, height: 100, gap: 12, rowGap: 8 };

interface YearTexts {
  year: Phaser.GameObjects.Text;
  progress: Phaser.GameObjects.Text;
  score: Phaser.GameObjects.Text;
  news: Phaser.GameObjects.Text;
  caption: Phaser.GameObjects.Text;
  divergence: Phaser.GameObjects.Text;
  priceNote: Phaser.GameObjects.Text;
}

/** The year: the dashboard, the moves as cards, the dials, and the button that ends the year. */
export class YearScene extends FlywheelScene {
  private view: YearView | null = null;
  private cards = new Map<CardKey, MoveCardView>();
  private levers = new Map<LeverKind, LeverControl>();
  private countStepper: Stepper | null = null;
  private depthStepper: Stepper | null = null;
  private dashboard: Dashboard | null = null;
  private detail: DetailPanel | null = null;
  private endButton: Button | null = null;
  private outageButton: Button | null = null;
  private hint: HintPanel | null = null;
  private outage: OutagePanel | null = null;
  private texts: YearTexts | null = null;
  /** the year's own controls; the panels swap theirs in while open */
  private yearControls: Control[] = [];
  protected override readonly domPolls = false;

  constructor(session: Session) {
    super('Year', session);
  }

  create(): void {
    this.begin();
    const game = this.session.get().game;
    this.cards = new Map();
    this.levers = new Map();
    this.view = null;
    this.buildFrame();
    if (game) this.buildCards(game);
    this.buildDials();
    this.detail = new DetailPanel(this, { x: 368, y: 548, width: 672, height: 156 });
    this.endButton = new Button(this, {
      id: 'end', x: 1052, y: 548, width: 212, height: 156, label: 'End the year', sublabel: '', hotkey: '\u23CE', primary: true, size: 20,
      onActivate: () => this.session.endYear(), onHover: () => this.focus('end'),
    });
    this.controls.push({ id: 'end', ...this.endButton.bounds, activate: () => this.session.endYear() });
    this.controls.push(...this.topControls);
    this.yearControls = this.controls;
    this.hint = new HintPanel(this, { x: 368, y: 124, width: 896, height: 320 }, () => this.closeHint());
    this.outage = new OutagePanel(this, { x: 240, y: 150, width: 800, height: 330 },
      (plan) => this.pickOutage(plan), () => this.closeOutage(), (id) => this.focus(id));

    this.subscribe((s) => s.game, (g) => this.refresh(g));
    this.subscribe((s) => s.focus, () => this.showDetail());
    this.onKeys((name) => this.key(name));

    const view = this.currentView();
    const firstOpen = view?.cards.find((c) => c.status === 'open');
    this.focus(firstOpen ? firstOpen.key : 'end');
    this.fadeIn(200);
    this.ready();
    this.drawFocus();
    this.showDetail();
    if (view) announce(yearNews(view));
    // A major outage is news the player must answer: ask once, when the year opens.
    if (view?.outage.available && !view.outage.plan && this.session.get().outagePromptYear !== view.year) {
      this.session.noteOutagePrompt(view.year);
      this.openOutage();
    }
  }

  private topControls: Control[] = [];

  private buildFrame(): void {
    const g = this.add.graphics();
    drawPanel(g, { x: 0, y: 0, width: 1280, height: 52 }, THEME.panel, THEME.panel, 0, 0);
    g.lineStyle(1, THEME.panelBorder, 1);
    g.lineBetween(0, 52, 1280, 52);
    drawPanel(g, { x: 16, y: 60, width: 1248, height: 40 }, THEME.panelRaised, THEME.panelBorder, 8);
    addText(this, 16, 13, 'FLYWHEEL', 22, { bold: true, colour: OKABE_ITO.orange });
    this.texts = {
      year: addText(this, 200, 8, '', 30, { bold: true }),
      progress: addText(this, 290, 17, '', 16, { colour: THEME.muted }),
      score: addText(this, 860, 16, '', 18, { bold: true }).setOrigin(1, 0),
      news: addText(this, 30, 70, '', 17),
      caption: addText(this, GRID.x, 104, '', 16, { colour: THEME.muted }),
      divergence: addText(this, 1264, 104, '', 16, { colour: OKABE_ITO.yellow }).setOrigin(1, 0),
      priceNote: addText(this, 1252, 461, '', 16, { colour: THEME.muted }).setOrigin(1, 0),
    };
    const hintButton = new Button(this, { id: 'hint', x: 1060, y: 64, width: 198, height: 32, label: 'What happened?', hotkey: 'H', size: 16,
      onActivate: () => this.toggleHint(), onHover: () => this.focus('hint') });
    this.outageButton = new Button(this, { id: 'outage', x: 760, y: 64, width: 292, height: 32, label: 'Answer the outage', hotkey: 'O', size: 16,
      onActivate: () => this.openOutage(), onHover: () => this.focus('outage') });
    this.outageButton.setVisible(false);
    const help = new Button(this, { id: 'help', x: 884, y: 8, width: 180, height: 36, label: 'How to play', hotkey: '?', size: 16,
      onActivate: () => this.session.open('howto'), onHover: () => this.focus('help') });
    const menu = new Button(this, { id: 'menu', x: 1076, y: 8, width: 188, height: 36, label: 'Menu', hotkey: 'Esc', size: 16,
      onActivate: () => this.session.openMenu(), onHover: () => this.focus('menu') });
    this.dashboard = new Dashboard(this, { x: 16, y: 112, width: 336, height: 592 }, 8);
    // A competition that hides history hides what Amazon did, too.
    const hints = this.hintsAllowed();
    hintButton.setVisible(hints);
    this.hintShown = hints;
    this.topControls = [
      ...(hints ? [{ id: 'hint', ...hintButton.bounds, activate: () => this.toggleHint() }] : []),
      { id: 'help', ...help.bounds, activate: () => this.session.open('howto') },
      { id: 'menu', ...menu.bounds, activate: () => this.session.openMenu() },
    ];
  }

  private buildCards(game: GameSession): void {
    CARD_KEYS.forEach((key, i) => {
      if (!moveInScenario(game.scenario, key)) return;
      const column = i % GRID.columns;
      const row = Math.floor(i / GRID.columns);
      const rect = { x: GRID.x + column * (GRID.width + GRID.gap), y: GRID.y + row * (GRID.height + GRID.rowGap), width: GRID.width, height: GRID.height };
      const card = new MoveCardView(this, rect, () => this.toggle(key), () => this.focus(key));
      this.cards.set(key, card);
      this.controls.push({ id: key, ...rect, activate: () => this.toggle(key) });
    });
  }

  private buildDials(): void {
    const capex = new LeverControl(this, { x: 368, y: 452, width: 262, height: 88 }, (level) => this.pickLever('capex', level), () => this.focus('capex'));
    const retail = new LeverControl(this, { x: 642, y: 452, width: 262, height: 88 }, (level) => this.pickLever('retailInvestment', level), () => this.focus('retailInvestment'));
    this.levers.set('capex', capex);
    this.levers.set('retailInvestment', retail);
    const g = this.add.graphics();
    drawPanel(g, { x: 916, y: 452, width: 348, height: 88 }, THEME.panel, THEME.panelBorder, 10);
    addText(this, 928, 460, 'AWS price cuts', 17, { bold: true });
    this.children.bringToTop(this.texts!.priceNote);
    this.countStepper = new Stepper(this, { x: 928, y: 492, width: 158, height: 40 }, '', (step) => this.stepCount(step), () => this.focus('priceCount'));
    this.depthStepper = new Stepper(this, { x: 1096, y: 492, width: 158, height: 40 }, '', (step) => this.stepDepth(step), () => this.focus('priceDepth'));
    this.controls.push(
      { id: 'capex', ...capex.controlBounds, activate: () => this.session.cycleLever('capex'), adjust: (step) => this.session.cycleLever('capex', step) },
      { id: 'retailInvestment', ...retail.controlBounds, activate: () => this.session.cycleLever('retailInvestment'), adjust: (step) => this.session.cycleLever('retailInvestment', step) },
      { id: 'priceCount', ...this.countStepper.bounds, activate: () => this.stepCount(1), adjust: (step) => this.stepCount(step) },
      { id: 'priceDepth', ...this.depthStepper.bounds, activate: () => this.stepDepth(1), adjust: (step) => this.stepDepth(step) },
    );
  }

  private toggle(key: CardKey): void {
    this.focus(key);
    this.session.toggleMove(key);
  }

  private pickLever(kind: LeverKind, level: Level): void {
    this.focus(kind);
    this.session.setLever(kind, level);
  }

  private stepCount(step: 1 | -1): void {
    const price = this.view?.price;
    if (!price?.available) return;
    this.session.setPriceCuts({ count: price.count + step, depthPercent: price.depthPercent });
  }

  private stepDepth(step: 1 | -1): void {
    const price = this.view?.price;
    if (!price?.available || price.count === 0) return;
    this.session.setPriceCuts({ count: price.count, depthPercent: depthStep(price.depthPercent, step) });
  }

  private currentView(): YearView | null {
    return this.view;
  }

  private refresh(game: GameSession | null): void {
    if (!game || game.state.finished) return;
    const view = yearView({
      scenario: game.scenario, start: game.start, state: game.state, reports: game.reports, selection: game.selection,
      scoreSpan: game.rules.scoreSpan,
    });
    this.view = view;
    const t = this.texts!;
    t.year.setText(view.title);
    t.progress.setText(view.progress).setX(t.year.x + t.year.width + 12);
    t.score.setText(view.scoreText);
    const outage = view.outage;
    fitBanner(t.news, `${outage.available ? '\u26A0 ' : ''}${view.news}`, outage.available ? 716 : 1010, { y: 70, size: 17, twoLineY: 62, twoLineSize: 15 });
    this.outageButton!.setVisible(outage.available);
    if (outage.available) {
      const chosen = outage.options.find((o) => o.selected);
      this.outageButton!.setLabel(chosen ? `Outage: ${chosen.label.toLowerCase()}` : 'Answer the outage');
    }
    this.outage!.update(outage, view.outageEffects);
    const horizon = view.plan?.horizonYear ?? view.year;
    const ghost = game.rules.history ? historyGhost(game.scenario, game.seed) : null;
    this.ghostDrawn = ghost !== null;
    if (ghost) {
      t.caption.setText(`Effects by ${horizon} if nothing else changes: \u25B2 better \u25BC worse`);
      const note = divergenceLine(game.scenario, game.decisions, game.state.year - 1);
      fitText(t.divergence, note, 1264 - (t.caption.x + t.caption.width + 20));
      this.dashboard!.update(view.rows, ghostRows(ghost, game.start.last!, HEADLINES.map((h) => h.key), game.reports.length + 1));
    } else {
      t.caption.setText(`Moves this year. Each card shows what it does by ${horizon} if nothing else changes: \u25B2 better, \u25BC worse.`);
      t.divergence.setText('');
      this.dashboard!.update(view.rows);
    }
    for (const card of view.cards) this.cards.get(card.key)?.update(card);
    for (const lever of view.levers) this.levers.get(lever.kind)?.update(lever);
    const price = view.price;
    t.priceNote.setText(price.available ? 'kept from year to year' : 'locked');
    this.countStepper!.update(price.countText, price.canRemoveCut, price.canAddCut, price.available);
    this.depthStepper!.update(price.depthText, price.canSoften, price.canDeepen, price.available && price.count > 0);
    const picked = view.pickedCount;
    this.endButton!.setLabel('End the year', picked === 0 ? 'no new moves' : `${picked} choice${picked > 1 ? 's' : ''} made`);
    for (const control of this.yearControls) {
      const card = view.cards.find((c) => c.key === control.id);
      if (card) control.enabled = card.status === 'open' || card.status === 'picked';
      if (control.id === 'priceCount') control.enabled = price.available;
      if (control.id === 'priceDepth') control.enabled = price.available && price.count > 0;
    }
    const outageControl = this.yearControls.find((c) => c.id === 'outage');
    if (outage.available && !outageControl) {
      this.yearControls.splice(this.yearControls.length - 3, 0, { id: 'outage', ...this.outageButton!.bounds, activate: () => this.openOutage() });
    }
    this.hint!.setHint(view.hint);
    this.showDetail();
  }

  /** What this screen draws of history: the ghost beside the figures, and the "What happened?" button. */
  private ghostDrawn = false;
  private hintShown = false;

  protected override showsHistory(): boolean {
    return this.ghostDrawn || this.hintShown;
  }

  private hintsAllowed(): boolean {
    return this.session.get().game?.rules.hints ?? true;
  }

  private toggleHint(): void {
    if (!this.hintsAllowed()) return;
    if (this.hint?.isOpen()) this.closeHint(); else { this.hint?.show(); uiStatus.panel = 'hint'; }
    this.drawFocus();
  }

  private closeHint(): void {
    if (!this.hint?.isOpen()) return;
    this.hint.hide();
    uiStatus.panel = '';
    this.drawFocus();
  }

  private openOutage(): void {
    if (!this.view?.outage.available || !this.outage) return;
    this.closeHint();
    this.outage.show();
    uiStatus.panel = 'outage';
    this.controls = this.outage.controls;
    const chosen = this.view.outage.plan;
    this.focus(`outage:${chosen ?? 'transparent'}`);
    this.drawFocus();
  }

  private closeOutage(): void {
    if (!this.outage?.isOpen()) return;
    this.outage.hide();
    uiStatus.panel = '';
    this.controls = this.yearControls;
    this.focus('outage');
    this.drawFocus();
  }

  private pickOutage(plan: OutagePlan): void {
    this.session.setOutagePlan(plan);
    this.closeOutage();
  }

  private key(name: string): boolean {
    if (this.outage?.isOpen()) {
      const plan = this.outage.planForKey(name);
      if (plan) { this.pickOutage(plan); return true; }
      if (name === 'escape' || name === 'o') { this.closeOutage(); return true; }
      if (name === 'enter') { this.focused()?.activate?.(); return true; }
      return false;
    }
    if (this.hint?.isOpen() && (name === 'escape' || name === 'h')) { this.closeHint(); return true; }
    const move = moveForHotkey(name);
    if (move) {
      if (this.cards.has(move)) this.toggle(move);
      return true;
    }
    switch (name) {
      case 'd': this.focus('capex'); this.session.cycleLever('capex'); return true;
      case 'r': this.focus('retailInvestment'); this.session.cycleLever('retailInvestment'); return true;
      case 'o': this.openOutage(); return true;
      case 'enter': this.session.endYear(); return true;
      case 'escape': this.session.openMenu(); return true;
      case '?': this.session.open('howto'); return true;
      case 'h': this.toggleHint(); return true;
      default: return false;
    }
  }

  /** The ring stays off while the hint covers the cards, since nothing under it can be used. */
  protected override drawFocus(): void {
    if (this.hint?.isOpen()) this.ring?.show(null);
    else super.drawFocus();
  }

  protected override domContent(): Node[] | null {
    const game = this.session.get().game;
    if (!this.view || !game || game.state.finished) return null;
    return yearDom(this.view, game, {
      toggleMove: (key) => this.toggle(key),
      pickLever: (kind, level) => this.pickLever(kind, level),
      stepCount: (step) => { this.focus('priceCount'); this.stepCount(step); },
      stepDepth: (step) => { this.focus('priceDepth'); this.stepDepth(step); },
      pickOutage: (plan) => this.pickOutage(plan),
      outageOpen: this.outage?.isOpen() ?? false,
      closeOutage: () => this.closeOutage(),
      toggleHint: () => this.toggleHint(),
      hintOpen: this.hint?.isOpen() ?? false,
      hintsAllowed: this.hintsAllowed(),
      endYear: () => this.session.endYear(),
      help: () => this.session.open('howto'),
      menu: () => this.session.openMenu(),
    });
  }

  private showDetail(): void {
    const view = this.view;
    if (!view || !this.detail) return;
    const selection: readonly Action[] = this.session.get().game?.selection ?? [];
    this.detail.show(yearDetail(view, this.session.get().focus, describeActions(selection)));
  }
}
