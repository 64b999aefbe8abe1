import Phaser from 'phaser';
import { loadBundledScenarios } from './app/scenarios';
import { openStorage, storageWarning } from './app/storage';
import { createTabSync } from './app/tabSync';
import { createTabs } from './store/tabs';
import { browserTabChannel, listenForOtherWrites, newTabId } from './ui/tabChannel';
import { OtherTabScene, showOtherTabOverlay } from './ui/scenes/OtherTab';
import { createLuck } from './store/luck';
import { createReplays } from './store/replays';
import { createSession } from './store/session';
import { installHook } from './ui/hook';
import { spawnLuckWorker } from './ui/luck/spawnLuckWorker';
import { createClassroom } from './store/classroom';
import { installNavigation } from './ui/navigation';
import { setTextView } from './ui/dom/textView';
import { followLaunchLink } from './ui/launchLinks';
import { openCompetition } from './store/competitionPlay';
import { packagedCompetition } from './lms/packagedCompetition';
import { startInLms } from './lms/startInLms';
import { ClassroomScene } from './ui/scenes/Classroom';
import { JoinScene } from './ui/scenes/Join';
import { registerServiceWorker } from './ui/serviceWorker';
import { BootScene } from './ui/scenes/Boot';
import { EndingScene } from './ui/scenes/Ending';
import { HowToPlayScene } from './ui/scenes/HowToPlay';
import { MenuScene } from './ui/scenes/Menu';
import { ModelScene } from './ui/scenes/Model';
import { ReportScene } from './ui/scenes/Report';
import { TitleScene } from './ui/scenes/Title';
import { WatchScene } from './ui/scenes/Watch';
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
  const { storage, status } = openStorage();
  // Another tab claiming this tab's game stops this tab's saving and asks the player what to do.
  const sync = createTabSync(browserTabChannel(), newTabId(), (slot) => tabs.taken(slot));
  const session = createSession({ scenarios, storage, saveGuard: sync });
  const tabs = createTabs(session, sync);
  listenForOtherWrites(sync);
  session.init();
  // Storage that is full or turned off is told at once, before a game is played and lost.
  const warning = storageWarning(status);
  if (warning) {
    const earlier = session.get().notice;
    session.store.setState({ notice: { tone: 'warning', text: earlier?.tone === 'warning' ? `${earlier.text} ${warning}` : warning } });
  }
  const replays = createReplays(session);
  // A share link ("#r=<code>") opens that replay; a bad one leaves a notice on the title. The code
  // is then taken off the address, so a reload later continues the player's own game (a fork of
  // the replay is autosaved) instead of opening the shared one again.
  if (replays.openLink(window.location.hash) !== 'none') {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  const luck = createLuck(session, spawnLuckWorker);
  installHook(session, replays, luck);
  // Class links: "#c=<competition code>" joins a competition, "#s=<scenario>" loads a scenario.
  const classroom = createClassroom(() => session.get().scenarios, { storage, now: () => Date.now() });
  let followed: boolean;
  try {
    followed = followLaunchLink(session, window.location);
  } catch {
    // Whatever a link holds, the game still starts; a link it cannot follow is said so.
    followed = false;
    session.go('title', { notice: { tone: 'warning', text: 'The link could not be followed: it is damaged.' } });
  }
  // A refused link is taken off the address, so a reload starts the game plainly.
  if (!followed) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  // A SCORM package built for a class competition opens on it, unless a link says otherwise.
  const packaged = packagedCompetition(document);
  if (packaged && !window.location.hash) openCompetition(session, packaged);
  // Inside an LMS: the learner's name, the game the LMS kept, and progress reported back to it.
  startInLms(session, window, packaged);
  installNavigation({ session, replays, window });
  // The tip for a phone held upright can be put away.
  const turnTip = document.getElementById('turn');
  turnTip?.querySelector('button.hide')?.addEventListener('click', () => { turnTip.hidden = true; });
  // ... or the game played as text: the parallel page shown at the phone's own text size.
  turnTip?.querySelector('button.as-text')?.addEventListener('click', () => setTextView(true));
  document.getElementById('picture')?.addEventListener('click', () => setTextView(false));
  registerServiceWorker();
  const game = new Phaser.Game({
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
      new TitleScene(session, replays),
      new YearScene(session),
      new ReportScene(session),
      new EndingScene(session, replays, luck),
      new HowToPlayScene(session),
      new ModelScene(session),
      new ClassroomScene(session, classroom),
      new JoinScene(session),
      new MenuScene(session, replays, scenarios, status === 'ok'),
      new WatchScene(session, replays),
      new OtherTabScene(session, tabs),
    ],
  });
  game.events.once(Phaser.Core.Events.READY, () => showOtherTabOverlay(game, tabs));
}
