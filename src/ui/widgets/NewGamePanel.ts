import Phaser from 'phaser';
import type { Session } from '../../store/session';
import type { Control } from '../sceneBase';
import type { KeyName } from '../keys';
import { css, THEME } from '../view/palette';
import { Button } from './Button';
import { fitLines } from './fitText';
import { addText, drawPanel, type Rect } from './theme';

const SEED_CHARS = /^[a-z0-9\-_.]$/i;
const SEED_MAX = 40;

/** The new-game form on the title: scenario, seed (typed, or picked at random), start. */
export class NewGamePanel {
  readonly controls: Control[] = [];
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly buttons: Button[] = [];
  private scenarioIndex = 0;
  private seed: string;
  private readonly scenarioText: Phaser.GameObjects.Text;
  private readonly brief: Phaser.GameObjects.Text;
  private readonly lesson: Phaser.GameObjects.Text;
  private readonly position: Phaser.GameObjects.Text;
  private readonly seedText: Phaser.GameObjects.Text;
  private readonly fieldGraphics: Phaser.GameObjects.Graphics;
  private readonly seedRect: Rect;

  constructor(scene: Phaser.Scene, private readonly session: Session,
    private readonly hooks: { onClose: () => void; onFocus: (id: string) => void; onLoadFile: () => void }) {
    const depth = 20;
    const blocker = scene.add.zone(0, 0, 1280, 720).setOrigin(0).setInteractive().setDepth(depth - 1);
    this.objects.push(blocker);
    const g = scene.add.graphics().setDepth(depth);
    g.fillStyle(0x000000, 0.7);
    g.fillRect(0, 0, 1280, 720);
    drawPanel(g, { x: 64, y: 70, width: 680, height: 560 }, THEME.panel, THEME.panelBorder, 14, 2);
    this.objects.push(g);
    const scenarios = session.get().scenarios;
    const first = scenarios[0];
    this.seed = first ? first.scenario.defaultSeed : '';
    const add = (o: Phaser.GameObjects.Text) => { o.setDepth(depth + 1); this.objects.push(o); return o; };
    add(addText(scene, 92, 90, 'New game', 28, { bold: true }));
    this.position = add(addText(scene, 716, 98, '', 16, { colour: THEME.muted }).setOrigin(1, 0));
    this.brief = add(addText(scene, 92, 132, '', 16, { colour: THEME.muted, wrap: 624, maxLines: 6, lineSpacing: 1 }));
    this.lesson = add(addText(scene, 92, 270, '', 16, { colour: THEME.text, wrap: 624, maxLines: 3, lineSpacing: 1 }));

    add(addText(scene, 92, 344, session.get().scenarios.length > 1 ? 'Scenario (\u2190 \u2192 or click to change)' : 'Scenario', 16, { colour: THEME.muted }));
    const scenarioRect = { x: 92, y: 368, width: 624, height: 48 };
    this.fieldGraphics = scene.add.graphics().setDepth(depth);
    this.objects.push(this.fieldGraphics);
    this.scenarioText = add(addText(scene, scenarioRect.x + scenarioRect.width / 2, scenarioRect.y + 24, '', 18, { bold: true }).setOrigin(0.5));
    const scenarioZone = scene.add.zone(scenarioRect.x, scenarioRect.y, scenarioRect.width, scenarioRect.height).setOrigin(0).setInteractive({ useHandCursor: true }).setDepth(depth + 2);
    scenarioZone.on('pointerup', () => { this.hooks.onFocus('scenario'); this.stepScenario(1); });
    this.objects.push(scenarioZone);

    add(addText(scene, 92, 432, 'Seed (the same seed always brings the same world)', 16, { colour: THEME.muted }));
    this.seedRect = { x: 92, y: 456, width: 624, height: 48 };
    this.seedText = add(addText(scene, this.seedRect.x + 16, this.seedRect.y + 24, '', 18, { bold: true }).setOrigin(0, 0.5));
    const seedZone = scene.add.zone(this.seedRect.x, this.seedRect.y, this.seedRect.width, this.seedRect.height).setOrigin(0).setInteractive({ useHandCursor: true }).setDepth(depth + 2);
    seedZone.on('pointerup', () => this.hooks.onFocus('seed'));
    this.objects.push(seedZone);

    const saved = session.get().saved;
    if (saved && !saved.finished) {
      add(addText(scene, 92, 510, `Starting replaces the saved game (next up ${saved.nextYear}).`, 16, { colour: THEME.bad }));
    }
    const start = new Button(scene, { id: 'start', x: 92, y: 548, width: 160, height: 56, label: 'Start', hotkey: '\u23CE', primary: true, onActivate: () => this.start(), onHover: () => this.hooks.onFocus('start') }).setDepth(depth + 1);
    const random = new Button(scene, { id: 'random', x: 262, y: 548, width: 150, height: 56, label: 'Random seed', size: 17, onActivate: () => this.randomSeed(), onHover: () => this.hooks.onFocus('random') }).setDepth(depth + 1);
    const file = new Button(scene, { id: 'file', x: 422, y: 548, width: 150, height: 56, label: 'Load file', hotkey: 'F', size: 17, onActivate: () => this.hooks.onLoadFile(), onHover: () => this.hooks.onFocus('file') }).setDepth(depth + 1);
    const cancel = new Button(scene, { id: 'cancel', x: 582, y: 548, width: 134, height: 56, label: 'Cancel', hotkey: 'Esc', size: 17, onActivate: () => this.hooks.onClose(), onHover: () => this.hooks.onFocus('cancel') }).setDepth(depth + 1);
    this.buttons.push(start, random, file, cancel);

    this.controls.push(
      { id: 'scenario', ...scenarioRect, adjust: (step) => this.stepScenario(step), activate: () => this.stepScenario(1),
        label: () => `Scenario: ${this.scenarioText.text.replace(/[\u25C0\u25B6]/g, '').trim()} (next scenario)` },
      { id: 'seed', ...this.seedRect, activate: () => this.start(), label: () => `Seed: ${this.seed}`, typing: true },
      { id: 'start', ...start.bounds, activate: () => this.start() },
      { id: 'random', ...random.bounds, activate: () => this.randomSeed() },
      { id: 'file', ...file.bounds, activate: () => this.hooks.onLoadFile() },
      { id: 'cancel', ...cancel.bounds, activate: () => this.hooks.onClose() },
    );
    this.refresh();
  }

  private refresh(): void {
    const scenarios = this.session.get().scenarios;
    const entry = scenarios[this.scenarioIndex];
    const many = scenarios.length > 1;
    const turns = entry ? entry.scenario.lastYear - entry.scenario.firstYear + 1 : 0;
    this.scenarioText.setText(entry ? `${many ? '\u25C0  ' : ''}${entry.name} \u00B7 ${turns} turns${many ? '  \u25B6' : ''}` : 'No scenario available');
    fitLines(this.brief, entry ? entry.scenario.brief : '', 6);
    fitLines(this.lesson, entry ? `Lesson: ${entry.scenario.lesson}` : '', 3);
    this.lesson.setY(this.brief.y + this.brief.height + 8);
    this.position.setText(many ? `${this.scenarioIndex + 1} of ${scenarios.length} \u00B7 ${entry?.scenario.firstYear}\u2013${entry?.scenario.lastYear}` : '');
    const focused = this.session.get().focus === 'seed';
    this.seedText.setText(`${this.seed}${focused ? '\u258F' : ''}`).setColor(css(this.seed ? THEME.text : THEME.faint));
    const g = this.fieldGraphics;
    g.clear();
    drawPanel(g, { x: 92, y: 368, width: 624, height: 48 }, THEME.panelRaised, THEME.panelBorder, 8);
    drawPanel(g, this.seedRect, THEME.field, focused ? THEME.muted : THEME.panelBorder, 8);
  }

  private stepScenario(step: number): void {
    const scenarios = this.session.get().scenarios;
    if (scenarios.length === 0) return;
    this.scenarioIndex = (this.scenarioIndex + step + scenarios.length) % scenarios.length;
    this.seed = scenarios[this.scenarioIndex]!.scenario.defaultSeed;
    this.refresh();
  }

  /** Shows the scenario at this place in the list (one just loaded from a file). */
  showScenario(index: number): void {
    const entry = this.session.get().scenarios[index];
    if (!entry) return;
    this.scenarioIndex = index;
    this.seed = entry.scenario.defaultSeed;
    this.refresh();
  }

  private randomSeed(): void {
    this.seed = this.session.randomSeed();
    this.refresh();
  }

  private start(): void {
    const entry = this.session.get().scenarios[this.scenarioIndex];
    if (!entry) return;
    this.session.newGame(entry.id, this.seed);
  }

  /** Keys while the form is open; typing goes to the seed when it has the focus. */
  key(name: KeyName): boolean {
    const focus = this.session.get().focus;
    if (name === 'escape') { this.hooks.onClose(); return true; }
    if (name === 'f' && focus !== 'seed') { this.hooks.onLoadFile(); return true; }
    if (name === 'enter') {
      const control = this.controls.find((c) => c.id === focus);
      if (control && control.id !== 'seed' && control.id !== 'scenario') control.activate?.(); else this.start();
      return true;
    }
    if (focus === 'seed') {
      if (name === 'backspace') { this.seed = this.seed.slice(0, -1); this.refresh(); return true; }
      if (name.length === 1 && SEED_CHARS.test(name) && this.seed.length < SEED_MAX) {
        this.seed += name;
        this.refresh();
        return true;
      }
    }
    return false;
  }

  /** Called when the focus moves, so the text cursor shows only in a focused field. */
  focusChanged(): void {
    this.refresh();
  }

  destroy(): void {
    for (const o of this.objects) o.destroy();
    for (const b of this.buttons) b.destroy();
  }
}
