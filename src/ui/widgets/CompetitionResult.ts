import type Phaser from 'phaser';
import type { Session } from '../../store/session';
import { claim, keyName } from '../keys';
import type { Control } from '../sceneBase';
import { copyText, download } from '../domInput';
import { uiStatus } from '../uiStatus';
import { competitionResult } from '../view/classroom';
import { OKABE_ITO, THEME } from '../view/palette';
import { Button } from './Button';
import { announce } from '../dom/announce';
import { addText, drawPanel } from './theme';

interface Host {
  controls(): Control[];
  setControls(controls: Control[]): void;
  focus(id: string): void;
}

/**
 * At the end of a class competition: a button (R) opening the team's result, its score as the
 * leaderboard will replay it, the code to copy and the file to download. Nothing for other games.
 */
export function attachCompetitionResult(scene: Phaser.Scene, session: Session, host: Host): void {
  const game = session.get().game;
  const play = game?.rules.competition ?? null;
  const base = play && session.get().scenarios.find((s) => s.id === play.competition.scenario);
  if (!play || !play.team || !game || !game.state.finished || !base) return;
  const view = competitionResult(base.scenario, play, game.decisions);
  let open: { objects: Phaser.GameObjects.GameObject[]; buttons: Button[]; before: Control[] } | null = null;

  const close = () => {
    if (!open) return;
    for (const o of open.objects) o.destroy();
    for (const b of open.buttons) b.destroy();
    host.setControls(open.before);
    open = null;
    uiStatus.panel = '';
    host.focus('result');
  };
  const show = () => {
    if (open) return;
    const depth = 40;
    const objects: Phaser.GameObjects.GameObject[] = [scene.add.zone(0, 0, 1280, 720).setOrigin(0).setInteractive().setDepth(depth - 1)];
    const g = scene.add.graphics().setDepth(depth);
    g.fillStyle(0x000000, 0.75).fillRect(0, 0, 1280, 720);
    drawPanel(g, { x: 140, y: 150, width: 1000, height: 420 }, THEME.panel, THEME.panelBorder, 14, 2);
    objects.push(g);
    const text = (x: number, y: number, s: string, size: number, o: Parameters<typeof addText>[5] = {}) => {
      const t = addText(scene, x, y, s, size, o).setDepth(depth + 1);
      objects.push(t);
      return t;
    };
    text(170, 172, `Result for team \u201C${play.team}\u201D`, 26, { bold: true, colour: OKABE_ITO.orange, wrap: 940, maxLines: 1 });
    if (typeof view === 'string') {
      text(170, 226, `This run cannot be scored for the competition: ${view}`, 18, { colour: THEME.bad, wrap: 940 });
    } else {
      text(170, 220, `Score over the competition\u2019s years: ${view.score.toFixed(1)} / 1000. Your instructor replays your decisions to check it.`, 18, { wrap: 940 });
      text(170, 270, 'Result code', 17, { bold: true });
      text(170, 296, view.code, 16, { colour: OKABE_ITO.yellow, wrap: 940, maxLines: 5 }).setWordWrapWidth(940, true);
    }
    const status = text(170, 440, 'Send the code or the file to your instructor.', 16, { colour: THEME.muted, wrap: 940 });
    const buttons: Button[] = [];
    const controls: Control[] = [];
    const button = (id: string, x: number, width: number, label: string, hotkey: string, act: () => void) => {
      const b = new Button(scene, { id, x, y: 490, width, height: 52, label, hotkey, size: 17, onActivate: act, onHover: () => host.focus(id) }).setDepth(depth + 1);
      buttons.push(b);
      controls.push({ id, ...b.bounds, activate: () => b.activate() });
    };
    if (typeof view !== 'string') {
      button('copyResult', 170, 280, 'Copy code', 'C', () => void copyText(view.code).then((ok) => {
        const said = ok ? 'The result code is on the clipboard.' : 'This browser blocked copying: copy the code shown above by hand, or download the file.';
        status.setText(said);
        announce(said, !ok);
      }));
      button('downloadResult', 466, 300, 'Download file', 'F', () => { download(view.fileName, view.file, 'application/json'); status.setText(`Saved ${view.fileName}.`); });
    }
    button('closeResult', 950, 160, 'Close', 'Esc', close);
    open = { objects, buttons, before: host.controls() };
    host.setControls(controls);
    uiStatus.panel = 'result';
    host.focus(controls[0]!.id);
  };

  const button = new Button(scene, { id: 'result', x: 1136, y: 664, width: 128, height: 46, label: 'Result', hotkey: 'R', size: 17, onActivate: show, onHover: () => host.focus('result') });
  host.setControls([...host.controls(), { id: 'result', ...button.bounds, activate: show }]);
  // Registered before the scene's own keys, so while the result is open its keys go here first.
  scene.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
    const name = keyName(event);
    if (!open) {
      if (name === 'r' && claim(event)) show();
      return;
    }
    const hot: Record<string, string> = { c: 'copyResult', f: 'downloadResult', escape: 'closeResult' };
    const id = name === 'enter' || name === 'space' ? session.get().focus : hot[name];
    const control = id ? host.controls().find((c) => c.id === id) : undefined;
    // Moving between the result's buttons is left to the scene; every other key stops here.
    if (['tab', 'left', 'right', 'up', 'down'].includes(name)) return;
    if (claim(event)) control?.activate?.();
  });
}
