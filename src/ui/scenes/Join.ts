import type { Session } from '../../store/session';
import { joinCompetition, leaveCompetition, openCompetition, readCompetitionCode, resumeCompetition } from '../../store/competitionPlay';
import { TEAM_NAME_MAX } from '../../app/result';
import { FlywheelScene } from '../sceneBase';
import { uiStatus } from '../uiStatus';
import { competitionSummary } from '../view/classroom';
import { css, OKABE_ITO, THEME } from '../view/palette';
import { CODE_CHARS, NAME_CHARS, typed } from '../view/typing';
import { Button } from '../widgets/Button';
import { NoticeBox } from '../widgets/NoticeBox';
import { addText, drawPanel } from '../widgets/theme';

const CODE_MAX = 1024;

/** Joining a class competition: type (or paste) its code if no link brought it, then name the team. */
export class JoinScene extends FlywheelScene {
  constructor(session: Session) {
    super('Join', session);
  }

  create(): void {
    this.begin();
    const joining = this.session.get().joining;
    const pending = joining?.play ?? null;
    const askCode = pending === null;
    uiStatus.panel = askCode ? 'joinCode' : 'joinTeam';
    let value = askCode ? '' : joining?.suggestedTeam ?? '';
    let problem = '';
    const g = this.add.graphics();
    drawPanel(g, { x: 0, y: 0, width: 1280, height: 64 }, THEME.panel, THEME.panel, 0, 0);
    addText(this, 40, 16, askCode ? 'Join a class competition' : `Join \u201C${pending.competition.name}\u201D`, 28, { bold: true, colour: OKABE_ITO.orange });

    const entry = pending ? this.session.get().scenarios.find((s) => s.id === pending.competition.scenario) : undefined;
    const intro = askCode
      ? 'Type or paste the competition code your instructor gave you (it starts with fwc2_), then press Enter.'
      : `${competitionSummary(pending.competition, entry?.name ?? pending.competition.scenario)} Everyone plays the same world; your score counts only the years your team plays.`;
    addText(this, 40, 96, intro, 18, { wrap: 1200, maxLines: 4, lineSpacing: 4 });

    addText(this, 40, 236, askCode ? 'Competition code' : `Team name (up to ${TEAM_NAME_MAX} characters)`, 18, { colour: THEME.muted });
    const field = { x: 40, y: 266, width: 1200, height: 60 };
    const fieldG = this.add.graphics();
    const fieldText = addText(this, field.x + 16, field.y + 30, '', askCode ? 18 : 24, { bold: true }).setOrigin(0, 0.5);
    const problemText = addText(this, 40, 340, '', 18, { colour: THEME.bad, wrap: 1200, maxLines: 3 });
    const draw = () => {
      fieldG.clear();
      drawPanel(fieldG, field, 0x0b1119, this.session.get().focus === 'field' ? THEME.focus : THEME.panelBorder, 8, 2);
      const shown = value.length > 90 ? `\u2026${value.slice(-89)}` : value;
      fieldText.setText(`${shown}\u258F`).setColor(css(value ? THEME.text : THEME.faint));
      problemText.setText(problem ? `\u26A0 ${problem}` : '');
      uiStatus.panel = `${askCode ? 'joinCode' : 'joinTeam'}${problem ? ':refused' : ''}`;
    };

    const submit = () => {
      if (askCode) {
        const read = readCompetitionCode(this.session, value);
        if (!read.ok) {
          problem = read.error;
          this.focus('field');
          draw();
        } else {
          openCompetition(this.session, value);
          this.scene.restart();
        }
        return;
      }
      // On success the scene is gone (the year has begun), so draw only a refusal.
      problem = joinCompetition(this.session, value);
      if (problem) draw();
    };
    const back = () => (askCode ? this.session.quitToTitle() : leaveCompetition(this.session));
    // A team game this browser saved for the competition: carry it on rather than start again.
    const saved = askCode ? null : joining?.savedTeam ?? null;
    const go = new Button(this, {
      id: 'go', x: 40, y: 420, width: 300, height: 56, label: askCode ? 'Open competition' : saved ? 'Start a new team' : 'Start playing',
      ...(saved ? {} : { hotkey: '\u23CE', primary: true }), onActivate: submit, onHover: () => this.focus('go'),
    });
    const resume = () => {
      if (!resumeCompetition(this.session)) return;
      // The save could not be used (the notice says why and where it was kept): only a new team is left.
      resumeButton?.setEnabled(false);
      const control = this.controls.find((c) => c.id === 'resume');
      if (control) control.enabled = false;
      this.focus('field');
      draw();
    };
    const cancel = new Button(this, { id: 'back', x: 356, y: 420, width: 200, height: 56, label: 'Back', hotkey: 'Esc', onActivate: back, onHover: () => this.focus('back') });
    const resumeButton = saved
      ? new Button(this, {
        id: 'resume', x: 572, y: 420, width: 668, height: 56, label: `Carry on as ${saved.team}`, hotkey: '\u23CE', primary: true,
        sublabel: saved.finished ? 'finished: your result code is waiting' : `saved in this browser \u00B7 next up ${saved.nextYear}`,
        onActivate: resume, onHover: () => this.focus('resume'),
      })
      : null;
    const zone = this.add.zone(field.x, field.y, field.width, field.height).setOrigin(0).setInteractive({ useHandCursor: true });
    zone.on('pointerup', () => this.focus('field'));
    this.controls = [
      { id: 'field', ...field, activate: submit, label: () => `${askCode ? 'Competition code' : 'Team name'}: ${value || 'empty'}`, typing: true },
      { id: 'go', ...go.bounds, activate: submit },
      { id: 'back', ...cancel.bounds, activate: back },
      ...(resumeButton ? [{ id: 'resume', ...resumeButton.bounds, activate: resume, enabled: true }] : []),
    ];
    const notice = new NoticeBox(this, { x: 40, y: 500, width: 1200, height: 60 });
    this.subscribe((s) => s.notice, (n) => notice.show(n));

    // A paste lands here whatever has the focus on the page.
    const onPaste = (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text') ?? '';
      value = (value + text.trim()).slice(0, askCode ? CODE_MAX : TEAM_NAME_MAX);
      draw();
    };
    document.addEventListener('paste', onPaste);
    this.onCleanup(() => document.removeEventListener('paste', onPaste));

    this.subscribe((s) => s.focus, () => draw());
    this.onKeys((name, event) => {
      if (event.ctrlKey || event.metaKey) return true;
      if (name === 'escape') { back(); return true; }
      if (name === 'enter') {
        const focus = this.session.get().focus;
        if (focus === 'back') back(); else if (focus === 'resume') resume(); else submit();
        return true;
      }
      // Typing goes to the field even when a button has the focus (say, "Carry on" on arrival).
      const inField = this.session.get().focus === 'field';
      if (inField || (event.key.length === 1 && event.key !== ' ')) {
        const next = typed(value, event.key, askCode ? CODE_MAX : TEAM_NAME_MAX, askCode ? CODE_CHARS : NAME_CHARS);
        if (next !== null) {
          if (!inField) this.focus('field');
          value = next; problem = ''; draw(); return true;
        }
      }
      return false;
    });
    this.focus(saved ? 'resume' : 'field');
    this.ready();
    this.drawFocus();
    draw();
  }
}
