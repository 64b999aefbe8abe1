import type { Replays } from '../../store/replays';
import type { ScenarioEntry } from '../../app/scenarios';
import type { Session } from '../../store/session';
import { exportFile, exported } from '../../store/gameExport';
import { download } from '../domInput';
import { FlywheelScene } from '../sceneBase';
import { THEME } from '../view/palette';
import { Button } from '../widgets/Button';
import { addText, drawPanel } from '../widgets/theme';

/** The pause menu over a year or a report: resume, read up, or go back to the title. */
export class MenuScene extends FlywheelScene {
  protected override readonly isOverlay = true;

  /** `bundled`: the scenarios shipped with the game (games in others are not saved); `savesKept`: storage works */
  constructor(session: Session, private readonly replays?: Replays, private readonly bundled?: readonly ScenarioEntry[], private readonly savesKept = true) {
    super('Menu', session);
  }

  create(): void {
    this.begin();
    // The menu borrows the focus; the screen underneath gets its own back when the menu closes.
    const previous = this.session.get().focus;
    this.events.once('shutdown', () => {
      if (this.session.get().menuOpen === false && this.session.get().focus.startsWith('menu:')) this.session.setFocus(previous);
    });
    const blocker = this.add.zone(0, 0, 1280, 720).setOrigin(0).setInteractive();
    blocker.on('pointerup', () => undefined);
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.6);
    g.fillRect(0, 0, 1280, 720);
    const items = [
      { id: 'resume', label: 'Resume', hotkey: 'Esc', act: () => this.session.closeMenu() },
      { id: 'howto', label: 'How to play', hotkey: '?', act: () => this.session.open('howto') },
      { id: 'model', label: 'The model', hotkey: 'M', act: () => this.session.open('model') },
      { id: 'title', label: 'Save and go to the title', hotkey: 'T', act: () => this.session.quitToTitle() },
      ...this.replayItems(),
      { id: 'export', label: 'Export this game as a file', hotkey: 'E', act: () => this.exportGame() },
    ];
    drawPanel(g, { x: 420, y: 60, width: 440, height: 136 + items.length * 66 }, THEME.panel, THEME.panelBorder, 14, 2);
    addText(this, 640, 80, 'Menu', 28, { bold: true }).setOrigin(0.5, 0);
    const buttons = items.map((item, i) => new Button(this, {
      id: `menu:${item.id}`, x: 460, y: 132 + i * 66, width: 360, height: 54, label: item.label, hotkey: item.hotkey, size: 18,
      onActivate: item.act, onHover: () => this.focus(`menu:${item.id}`),
    }));
    addText(this, 640, 136 + items.length * 66, this.saveNote(), 16, { colour: THEME.muted, align: 'center' }).setOrigin(0.5, 0);
    this.controls = buttons.map((b, i) => ({ id: b.id, ...b.bounds, activate: items[i]!.act }));
    this.onKeys((name) => {
      switch (name) {
        case 'escape': this.session.closeMenu(); return true;
        case '?': this.session.open('howto'); return true;
        case 'm': this.session.open('model'); return true;
        case 't': this.session.quitToTitle(); return true;
        case 'e': this.exportGame(); return true;
        case 'w': case 's': items.find((i) => i.id === (name === 'w' ? 'history' : 'share'))?.act(); return true;
        case 'enter': this.focused()?.activate?.(); return true;
        default: return false;
      }
    });
    this.focus('menu:resume');
    this.ready();
    this.drawFocus();
  }

  private exportGame(): void {
    const file = exportFile(this.session);
    if (!file) return;
    download(file.fileName, file.text, 'application/json');
    exported(this.session, file);
    this.session.closeMenu();
  }

  /** Whether this game is being saved, said plainly: a game that is not must be exported to keep. */
  private saveNote(): string {
    const { game } = this.session.get();
    if (game && this.bundled && !game.rules.competition && !this.bundled.some((s) => s.scenario === game.scenario)) {
      return 'A game in a loaded scenario is not saved in this\nbrowser: export it as a file to keep it.';
    }
    return this.savesKept ? 'Every decision is saved as you make it.\nContinue on the title picks the game up again.'
      : 'This browser is not keeping saves: export the\ngame as a file to keep it.';
  }

  /** Watching history (unless a competition hides it) and sharing the game so far. */
  private replayItems(): { id: string; label: string; hotkey: string; act: () => void }[] {
    const replays = this.replays;
    if (!replays) return [];
    const { game } = this.session.get();
    const rules = game?.rules;
    const items = [];
    if (!rules || rules.history) items.push({ id: 'history', label: 'Watch history', hotkey: 'W', act: () => replays.openHistory() });
    const label = rules && !rules.sharing ? 'Watch this game' : 'Watch and share this game';
    if (game && game.decisions.length > 0) items.push({ id: 'share', label, hotkey: 'S', act: () => replays.openOwn() });
    return items;
  }
}
