import type { Replays } from '../../store/replays';
import type { Session } from '../../store/session';
import { FlywheelScene, type Control } from '../sceneBase';
import { uiStatus } from '../uiStatus';
import { OKABE_ITO, THEME } from '../view/palette';
import { Button } from '../widgets/Button';
import { drawFlywheel } from '../widgets/FlywheelLogo';
import { NoticeBox } from '../widgets/NoticeBox';
import { addText, drawPanel } from '../widgets/theme';
import { NewGamePanel } from '../widgets/NewGamePanel';
import { openPanelLayer, type PanelLayer } from '../widgets/PanelLayer';
import { askCompetitionCode, openClassroom, openCompetition, resumeCompetition } from '../../store/competitionPlay';
import { lastClassGame, type CompetitionSave } from '../../app/competitionSave';
import { importScenarioFile, MAX_SCENARIO_CHARS } from '../../store/scenarioImport';
import { download, fileSource } from '../domInput';
import { reducedMotion } from '../dom/motion';
import { canExport, exportFile, exported } from '../../store/gameExport';

function classGameText(save: CompetitionSave): string {
  const years = save.decisions.map((d) => d.year);
  const next = years.length > 0 ? Math.max(...years) + 1 : null;
  return `${save.team}${next ? ` \u00B7 next up ${next}` : ''}`.slice(0, 60);
}

/** The title: start a game (with a scenario and seed), continue the autosave, or read up. */
export class TitleScene extends FlywheelScene {
  private panel: NewGamePanel | null = null;
  private loadScenarioFile: () => void = () => {};
  private menuControls: Control[] = [];
  private logo: Phaser.GameObjects.Container | null = null;

  constructor(session: Session, private readonly replays?: Replays) {
    super('Title', session);
  }

  create(): void {
    this.begin();
    this.panel = null;
    this.keptPanel = null;
    this.keptButtons = [];
    this.logo = drawFlywheel(this, 960, 360, 200);
    const backdrop = this.add.graphics();
    backdrop.fillStyle(THEME.background, 0.55);
    backdrop.fillCircle(960, 360, 60);

    addText(this, 80, 84, 'FLYWHEEL', 72, { bold: true, colour: OKABE_ITO.orange });
    addText(this, 84, 172, 'Run Amazon from 2000 to 2020 and make the calls that built the cloud.', 22, { colour: THEME.text, wrap: 560 });

    const summary = () => {
      const saved = this.session.get().saved;
      if (!saved) return 'No saved game yet';
      return saved.finished ? `Finished run \u00B7 ${Math.round(saved.score)} / 1000` : `Next up ${saved.nextYear} \u00B7 ${Math.round(saved.score)} of 1000 so far`;
    };
    const scenarioFile = fileSource('Load a scenario file', '.json,application/json', false, MAX_SCENARIO_CHARS, ([file]) => {
      if (file) importScenarioFile(this.session, file);
    });
    this.onCleanup(() => scenarioFile.remove());
    this.loadScenarioFile = () => scenarioFile.pick();
    const buttons = [
      new Button(this, { id: 'new', x: 80, y: 250, width: 440, height: 56, label: 'New game', hotkey: 'N', onActivate: () => this.openPanel(), onHover: () => this.focus('new') }),
      new Button(this, { id: 'continue', x: 80, y: 316, width: 440, height: 56, label: 'Continue', sublabel: summary(), hotkey: 'C', onActivate: () => this.session.continueSaved(), onHover: () => this.focus('continue') }),
      new Button(this, { id: 'export', x: 532, y: 316, width: 188, height: 56, label: 'Export', sublabel: 'as a file', hotkey: 'E', size: 17, onActivate: () => this.exportGame(), onHover: () => this.focus('export') }),
      new Button(this, { id: 'join', x: 80, y: 382, width: 214, height: 56, label: 'Join a class', hotkey: 'J', size: 17, onActivate: () => askCompetitionCode(this.session), onHover: () => this.focus('join') }),
      new Button(this, { id: 'classroom', x: 306, y: 382, width: 214, height: 56, label: 'Classroom', hotkey: 'K', size: 17, onActivate: () => openClassroom(this.session), onHover: () => this.focus('classroom') }),
      new Button(this, { id: 'howto', x: 80, y: 448, width: 214, height: 56, label: 'How to play', hotkey: 'H', size: 17, onActivate: () => this.session.open('howto'), onHover: () => this.focus('howto') }),
      new Button(this, { id: 'model', x: 306, y: 448, width: 214, height: 56, label: 'The model', hotkey: 'M', size: 17, onActivate: () => this.session.open('model'), onHover: () => this.focus('model') }),
      // Watching history sits apart from the game buttons, in the free top corner.
      ...(this.replays ? [new Button(this, { id: 'watchHistory', x: 1024, y: 24, width: 232, height: 48, label: 'Watch history', hotkey: 'W', size: 17, onActivate: () => this.replays?.openHistory(), onHover: () => this.focus('watchHistory') })] : []),
    ];
    // A team's class game, saved in this browser: one press leads back to it.
    const classGame = lastClassGame(this.session.storage);
    if (classGame) {
      buttons.push(new Button(this, { id: 'classGame', x: 80, y: 596, width: 440, height: 56, label: 'Back to your class game', sublabel: classGameText(classGame), hotkey: 'B', size: 17,
        onActivate: () => this.backToClassGame(classGame.code), onHover: () => this.focus('classGame') }));
    }
    const kept = this.session.get().kept;
    if (kept.length > 0) {
      buttons.push(new Button(this, { id: 'kept', x: 532, y: 250, width: 188, height: 56, label: 'Kept games', sublabel: `${kept.length} kept`, hotkey: 'G', size: 17,
        onActivate: () => this.openKept(), onHover: () => this.focus('kept') }));
    }
    const [, continueButton] = buttons;
    this.menuControls = buttons.map((b) => ({ id: b.id, ...b.bounds, activate: () => b.activate(), enabled: b.isEnabled() }));
    this.controls = this.menuControls;

    const footer = this.add.graphics();
    drawPanel(footer, { x: 0, y: 680, width: 1280, height: 40 }, THEME.panel, THEME.panel, 0, 0);
    addText(this, 80, 690, 'Keys: the letters shown, or arrows and Enter. Esc goes back. Drop a scenario file here to load it.', 16, { colour: THEME.muted });

    const notice = new NoticeBox(this, { x: 80, y: 524, width: 640, height: 60 }, 7);
    this.subscribe((s) => s.notice, (n) => notice.show(n));
    this.subscribe((s) => s.focus, () => this.panel?.focusChanged());
    this.subscribe((s) => s.scenarios, (list, before) => { if (before && list.length >= before.length) this.panel?.showScenario(list.length - 1); });
    const exportButton = buttons.find((b) => b.id === 'export')!;
    this.subscribe((s) => [s.saved, s.game, s.notice], () => {
      const can = canExport(this.session);
      exportButton.setEnabled(can);
      const control = this.menuControls.find((c) => c.id === 'export');
      if (control) control.enabled = can;
    });
    this.subscribe((s) => s.saved, () => {
      const has = this.session.get().saved !== null;
      continueButton!.setEnabled(has).setLabel('Continue', summary());
      const control = this.menuControls.find((c) => c.id === 'continue');
      if (control) control.enabled = has;
    });

    this.onKeys((name) => {
      if (this.panel) return this.panel.key(name);
      if (this.keptPanel) return this.keptKey(name);
      switch (name) {
        case 'n': this.openPanel(); return true;
        case 'c': this.session.continueSaved(); return true;
        case 'e': this.exportGame(); return true;
        case 'h': case '?': this.session.open('howto'); return true;
        case 'm': this.session.open('model'); return true;
        case 'j': askCompetitionCode(this.session); return true;
        case 'k': openClassroom(this.session); return true;
        case 'w': this.replays?.openHistory(); return true;
        case 'b': if (classGame) this.backToClassGame(classGame.code); return true;
        case 'g': if (kept.length > 0) this.openKept(); return true;
        case 'enter': this.focused()?.activate?.(); return true;
        case 'escape': this.session.dismissNotice(); return true;
        default: return false;
      }
    });
    this.focus(this.session.get().saved ? 'continue' : 'new');
    this.fadeIn(250);
    this.ready();
    this.drawFocus();
    if (typeof performance !== 'undefined' && performance.getEntriesByName('flywheel:title-ready').length === 0) {
      performance.mark('flywheel:title-ready');
    }
  }

  /** The wheel turns slowly, a full turn in forty seconds. */
  override update(_time: number, delta: number): void {
    if (this.logo && !reducedMotion()) this.logo.angle += delta * 0.009;
  }

  private keptPanel: PanelLayer | null = null;
  private keptButtons: Button[] = [];

  private backToClassGame(code: string): void {
    if (openCompetition(this.session, code) && this.session.get().joining?.savedTeam) resumeCompetition(this.session);
  }

  /** The kept games, each to continue; the game saved now joins the list in its place. */
  private openKept(): void {
    if (this.keptPanel) return;
    // The title's own buttons take no clicks while the list is open; a click beside it closes it.
    this.keptPanel = openPanelLayer(this, { x: 728, y: 90, width: 536, height: 580 }, () => {
      addText(this, 748, 104, 'Kept games', 22, { bold: true });
      addText(this, 748, 136, 'Continue one: the game saved now is kept in its place.', 16, { colour: THEME.muted, wrap: 496 });
      const games = this.session.get().kept.map((k, i) => {
        const label = 'damaged' in k ? 'A kept game that no longer reads' : `${k.scenarioName}`;
        const sub = 'damaged' in k ? k.damaged.slice(0, 60) : k.finished ? `finished \u00B7 ${Math.round(k.score)} / 1000` : `next up ${k.nextYear} \u00B7 ${Math.round(k.score)} of 1000 so far`;
        return new Button(this, { id: `kept:${i}`, x: 748, y: 176 + i * 68, width: 496, height: 60, label, sublabel: sub, hotkey: String(i + 1), size: 17,
          onActivate: () => { this.closeKept(); this.session.continueKept(i); }, onHover: () => this.focus(`kept:${i}`) });
      });
      return [...games, new Button(this, { id: 'keptClose', x: 1044, y: 612, width: 200, height: 44, label: 'Close', hotkey: 'Esc', size: 17, onActivate: () => this.closeKept(), onHover: () => this.focus('keptClose') })];
    }, { onOutside: () => this.closeKept() });
    this.keptButtons = this.keptPanel.buttons;
    this.controls = this.keptButtons.map((b) => ({ id: b.id, ...b.bounds, activate: () => b.activate(), enabled: b.isEnabled() }));
    uiStatus.panel = 'kept';
    this.focus(this.controls[0]?.id ?? 'keptClose');
    this.drawFocus();
  }

  private closeKept(): void {
    this.keptPanel?.close();
    this.keptPanel = null;
    this.keptButtons = [];
    uiStatus.panel = '';
    this.controls = this.menuControls;
    this.focus('kept');
    this.drawFocus();
  }

  private keptKey(name: string): boolean {
    if (name === 'escape') { this.closeKept(); return true; }
    if (name === 'enter') { this.focused()?.activate?.(); return true; }
    const index = Number(name) - 1;
    if (Number.isInteger(index) && index >= 0 && index < this.keptButtons.length - 1) { this.keptButtons[index]!.activate(); return true; }
    return false;
  }

  private exportGame(): void {
    const file = exportFile(this.session);
    if (!file) return;
    download(file.fileName, file.text, 'application/json');
    exported(this.session, file);
  }

  private openPanel(): void {
    if (this.panel) return;
    this.session.dismissNotice();
    const session = this.session;
    this.panel = new NewGamePanel(this, session, {
      onClose: () => {
        this.panel?.destroy();
        this.panel = null;
        uiStatus.panel = '';
        this.controls = this.menuControls;
        this.focus('new');
        this.drawFocus();
      },
      onFocus: (id) => this.focus(id),
      onLoadFile: () => this.loadScenarioFile(),
    });
    this.controls = this.panel.controls;
    uiStatus.panel = 'newGame';
    this.focus(this.panel.controls[1]?.id ?? '');
    this.drawFocus();
  }
}
