import Phaser from 'phaser';
import { loadBundledScenarios } from './app/scenarios';
import { browserStorage } from './app/storage';
import { createSession } from './store/session';
import { installHook } from './ui/hook';
import { BootScene } from './ui/scenes/Boot';
import { EndingScene } from './ui/scenes/Ending';
import { HowToPlayScene } from './ui/scenes/HowToPlay';
import { MenuScene } from './ui/scenes/Menu';
import { ModelScene } from './ui/scenes/Model';
import { ReportScene } from './ui/scenes/Report';
import { TitleScene } from './ui/scenes/Title';
import { YearScene } from './ui/scenes/Year';
import { css, THEME } from './ui/view/palette';

const { scenarios, errors } = loadBundledScenarios();
const parent = document.getElementById('game');

if (scenarios.length === 0 || !parent) {
  // Without a valid scenario there is no game to show; say so plainly instead of a blank page.
  const message = document.createElement('pre');
  message.textContent = `Flywheel cannot start: the bundled scenario is not valid.\n${errors.join('\n')}`;
  document.body.appendChild(message);
} else {
  const session = createSession({ scenarios, storage: browserStorage() });
  session.init();
  installHook(session);
  new Phaser.Game({
    // A flat screen of text and shapes gains nothing from WebGL, while the canvas renderer keeps
    // machines without a graphics card (software GL) smooth and free of driver stalls.
    type: Phaser.CANVAS,
    parent,
    backgroundColor: css(THEME.background),
    banner: false,
    audio: { noAudio: true },
    disableContextMenu: true,
    input: { gamepad: false },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: 1280,
      height: 720,
    },
    scene: [
      new BootScene(session),
      new TitleScene(session),
      new YearScene(session),
      new ReportScene(session),
      new EndingScene(session),
      new HowToPlayScene(session),
      new ModelScene(session),
      new MenuScene(session),
    ],
  });
}
