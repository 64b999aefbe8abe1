import type { Session } from '../../store/session';
import { leaderboardCsv } from '../../app/leaderboard';
import { canvasGradeCsv, moodleGradeCsv } from '../../app/gradeFiles';
import { MAX_FILE_BYTES, type Classroom } from '../../store/classroom';
import { copyText, download, fileSource, pasteTarget } from '../domInput';
import { FlywheelScene, type Control } from '../sceneBase';
import { uiStatus } from '../uiStatus';
import { boardRows, competitionLink, competitionSummary, debriefView, formLines, rejectedLines } from '../view/classroom';
import { OKABE_ITO, SERIES, THEME } from '../view/palette';
import { NAME_CHARS, SEED_CHARS, typed } from '../view/typing';
import { Button } from '../widgets/Button';
import { fitText } from '../widgets/fitText';
import { LineChart } from '../widgets/LineChart';
import { addText, drawPanel } from '../widgets/theme';

const TEAM_COLOURS = [OKABE_ITO.skyBlue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.yellow, OKABE_ITO.reddishPurple, OKABE_ITO.vermillion, OKABE_ITO.blue];

/** The instructor's page: make a competition and hand out its code, then gather and rank the results. */
export class ClassroomScene extends FlywheelScene {
  private built: Phaser.GameObjects.GameObject[] = [];
  private buttons: Button[] = [];
  private copyStatus = '';

  constructor(session: Session, private readonly classroom: Classroom) {
    super('Classroom', session);
  }

  create(): void {
    this.begin();
    this.built = [];
    this.buttons = [];
    this.copyStatus = '';
    const paste = pasteTarget('Paste result codes here, one per line', (text) => {
      const c = this.classroom;
      if (c.get().view === 'board') c.addPaste(text); else c.useCode(text);
    });
    const files = fileSource('Pick result files', '.json,.txt,application/json,text/plain', true, MAX_FILE_BYTES, (picked) => {
      if (this.classroom.get().view !== 'board') this.classroom.showView('board');
      this.classroom.addFiles(picked);
    });
    this.onCleanup(() => { paste.remove(); files.remove(); });
    const rebuild = () => this.build(paste.focus, files.pick);
    this.onCleanup(this.watchClassroom(rebuild));
    this.subscribe((s) => s.focus, () => this.refreshFields());
    this.onKeys((name, event) => this.key(name, event));
    this.ready();
    this.keep = new Set(this.children.list);
    rebuild();
  }

  private watchClassroom(onChange: () => void): () => void {
    return this.classroom.store.subscribe(() => onChange());
  }

  private keep = new Set<Phaser.GameObjects.GameObject>();

  /** Everything drawn since the scene was ready goes: the screen is rebuilt from the store. */
  private clear(): void {
    for (const o of [...this.children.list]) if (!this.keep.has(o)) o.destroy();
    this.built = [];
    this.buttons = [];
  }

  private text(x: number, y: number, content: string, size: number, options: Parameters<typeof addText>[5] = {}): Phaser.GameObjects.Text {
    const t = addText(this, x, y, content, size, options);
    this.built.push(t);
    return t;
  }

  private button(options: ConstructorParameters<typeof Button>[1]): Button {
    const b = new Button(this, { ...options, onHover: () => this.focus(options.id) });
    this.buttons.push(b);
    return b;
  }

  private fieldTexts = new Map<string, Phaser.GameObjects.Text>();

  private build(focusPaste: () => void, pickFiles: () => void): void {
    const keepFocus = this.session.get().focus;
    this.clear();
    this.fieldTexts.clear();
    const data = this.classroom.get();
    const g = this.add.graphics();
    this.built.push(g);
    drawPanel(g, { x: 0, y: 0, width: 1280, height: 60 }, THEME.panel, THEME.panel, 0, 0);
    this.text(24, 14, data.view === 'create' ? 'Classroom \u00B7 a competition' : 'Classroom \u00B7 leaderboard', 28, { bold: true, colour: OKABE_ITO.orange });
    const controls: Control[] = [];
    const add = (b: Button) => controls.push({ id: b.id, ...b.bounds, activate: () => b.activate(), enabled: b.isEnabled() });
    add(this.button({ id: 'title', x: 1096, y: 8, width: 168, height: 44, label: 'Title', hotkey: 'Esc', size: 17, onActivate: () => this.session.quitToTitle() }));
    // For tests and tools: the view, and on the board how many teams are ranked ("board:2").
    uiStatus.panel = data.view === 'board' ? `board:${data.board?.rows.length ?? 0}` : data.view;
    if (data.view === 'create') this.buildCreate(g, controls, add, focusPaste);
    else this.buildBoard(g, controls, add, focusPaste, pickFiles);
    if (data.message) this.text(24, 676, `${data.message.tone === 'warning' ? '\u26A0 ' : ''}${data.message.text}`, 16, { colour: data.message.tone === 'warning' ? THEME.bad : THEME.good, wrap: 1230, maxLines: 2 });
    this.controls = controls;
    this.focus(controls.some((c) => c.id === keepFocus) ? keepFocus : controls[1]?.id ?? '');
    this.drawFocus();
  }

  private buildCreate(g: Phaser.GameObjects.Graphics, controls: Control[], add: (b: Button) => void, focusPaste: () => void): void {
    const { form, created } = this.classroom.get();
    const c = this.classroom;
    const scenarioName = this.session.get().scenarios.find((s) => s.id === form.scenarioId)?.name ?? form.scenarioId;
    drawPanel(g, { x: 24, y: 76, width: 600, height: 480 }, THEME.panel, THEME.panelBorder, 10);
    this.text(44, 88, 'Settings every team shares', 20, { bold: true });
    const actions: Record<string, Pick<Control, 'activate' | 'adjust'>> = {
      scenario: { activate: () => c.stepScenario(1), adjust: (s) => c.stepScenario(s) },
      name: {},
      seed: {},
      firstYear: { activate: () => c.stepYear('firstYear', 1), adjust: (s) => c.stepYear('firstYear', s) },
      lastYear: { activate: () => c.stepYear('lastYear', 1), adjust: (s) => c.stepYear('lastYear', s) },
      events: { activate: () => c.toggleEvents(), adjust: () => c.toggleEvents() },
      ghost: { activate: () => c.toggleGhost(), adjust: () => c.toggleGhost() },
    };
    formLines(form, scenarioName).forEach((line, i) => {
      const y = 128 + i * 56;
      const rect = { x: 244, y, width: 364, height: 46 };
      drawPanel(g, rect, line.id === 'name' || line.id === 'seed' ? 0x0b1119 : THEME.panelRaised, THEME.panelBorder, 8);
      this.text(44, y + 12, line.label, 17, { colour: THEME.muted });
      const value = fitText(this.text(rect.x + 14, y + 23, '', 18, { bold: true }).setOrigin(0, 0.5), line.value, rect.width - 28);
      this.fieldTexts.set(line.id, value);
      const zone = this.add.zone(rect.x, rect.y, rect.width, rect.height).setOrigin(0).setInteractive({ useHandCursor: true });
      zone.on('pointerup', () => { this.focus(line.id); actions[line.id]?.activate?.(); });
      this.built.push(zone);
      controls.push({ id: line.id, ...rect, ...actions[line.id] });
    });
    this.text(44, 524, 'Type in the name and seed fields; \u2190 \u2192 change the others.', 16, { colour: THEME.faint });
    add(this.button({ id: 'create', x: 24, y: 570, width: 290, height: 52, label: 'Create competition', hotkey: '\u23CE', primary: true, onActivate: () => c.create() }));
    add(this.button({ id: 'openCode', x: 330, y: 570, width: 294, height: 52, label: 'Use an existing code', hotkey: 'U', size: 17, onActivate: () => { focusPaste(); c.note('Now paste the competition code (Ctrl+V).'); } }));
    add(this.button({ id: 'board', x: 24, y: 630, width: 290, height: 40, label: 'Leaderboard', hotkey: 'L', size: 17, onActivate: () => c.showView('board') }));

    drawPanel(g, { x: 644, y: 76, width: 612, height: 594 }, THEME.panel, THEME.panelBorder, 10);
    if (!created) {
      this.text(664, 92, 'Hand out a code', 20, { bold: true });
      this.text(664, 130, 'Choose the settings, then create the competition. You get a code and a link to give the class. Each team opens the link (or types the code on the title screen), names itself and plays; at the end it sends you its result code or file, which you add under Leaderboard. Everything runs in this browser: no server, no accounts.', 18, { wrap: 572, lineSpacing: 4, colour: THEME.muted });
      return;
    }
    const link = competitionLink(window.location.href, created.code);
    this.text(664, 92, 'Give this to the class', 20, { bold: true });
    this.text(664, 126, competitionSummary(created.competition, scenarioName), 16, { wrap: 572, maxLines: 4, colour: THEME.muted });
    this.text(664, 222, 'Competition code', 17, { bold: true });
    this.text(664, 248, created.code, 17, { wrap: 572, maxLines: 3, colour: OKABE_ITO.yellow }).setWordWrapWidth(572, true);
    this.text(664, 334, 'Link', 17, { bold: true });
    this.text(664, 360, link, 16, { wrap: 572, maxLines: 5, colour: OKABE_ITO.skyBlue }).setWordWrapWidth(572, true);
    const copy = (what: string, text: string) => {
      void copyText(text).then((ok) => {
        this.copyStatus = ok ? `The ${what} is on the clipboard.` : `This browser blocked copying: copy the ${what} shown above by hand.`;
        this.fieldTexts.get('copyStatus')?.setText(this.copyStatus);
      });
    };
    add(this.button({ id: 'copyCode', x: 664, y: 500, width: 280, height: 48, label: 'Copy code', hotkey: 'K', size: 17, onActivate: () => copy('code', created.code) }));
    add(this.button({ id: 'copyLink', x: 956, y: 500, width: 280, height: 48, label: 'Copy link', hotkey: 'J', size: 17, onActivate: () => copy('link', link) }));
    this.fieldTexts.set('copyStatus', this.text(664, 562, this.copyStatus, 16, { colour: THEME.good, wrap: 572, maxLines: 2 }));
    this.text(664, 612, `Competition ${created.id}. Keep the code: the leaderboard needs it.`, 16, { colour: THEME.faint, wrap: 572 });
  }

  private buildBoard(g: Phaser.GameObjects.Graphics, controls: Control[], add: (b: Button) => void, focusPaste: () => void, pickFiles: () => void): void {
    const c = this.classroom;
    const { board, created } = c.get();
    add(this.button({ id: 'paste', x: 24, y: 72, width: 160, height: 48, label: 'Paste codes', hotkey: 'P', size: 17, onActivate: () => { focusPaste(); this.fieldTexts.get('hint')?.setText('Now paste the result codes (Ctrl+V), one per line.'); } }));
    add(this.button({ id: 'files', x: 196, y: 72, width: 150, height: 48, label: 'Pick files', hotkey: 'F', size: 17, onActivate: pickFiles }));
    const ranked = (board?.rows.length ?? 0) > 0;
    const csv = this.button({ id: 'csv', x: 358, y: 72, width: 190, height: 48, label: 'Download CSV', hotkey: 'D', size: 17, onActivate: () => { if (board) download(`flywheel-leaderboard-${board.competitionId}.csv`, leaderboardCsv(board), 'text/csv'); } });
    // Grade files for the course's gradebook: the column is named for the competition.
    const gradeName = `Flywheel: ${created?.competition.name ?? 'competition'}`;
    const moodle = this.button({ id: 'moodle', x: 560, y: 72, width: 190, height: 48, label: 'Moodle grades', hotkey: 'M', size: 17, onActivate: () => { if (board) download(`flywheel-moodle-grades-${board.competitionId}.csv`, moodleGradeCsv(board, gradeName), 'text/csv'); } });
    const canvas = this.button({ id: 'canvas', x: 762, y: 72, width: 190, height: 48, label: 'Canvas grades', hotkey: 'G', size: 17, onActivate: () => { if (board) download(`flywheel-canvas-grades-${board.competitionId}.csv`, canvasGradeCsv(board, gradeName), 'text/csv'); } });
    for (const b of [csv, moodle, canvas]) {
      b.setEnabled(ranked);
      add(b);
    }
    add(this.button({ id: 'clear', x: 964, y: 72, width: 120, height: 48, label: 'Clear', hotkey: 'X', size: 17, onActivate: () => c.clearResults() }));
    add(this.button({ id: 'settings', x: 1096, y: 72, width: 160, height: 48, label: 'Settings', hotkey: 'S', size: 17, onActivate: () => c.showView('create') }));
    this.fieldTexts.set('hint', this.text(24, 128, 'Paste result codes, pick result files, or drop files anywhere on this page. Every result is replayed to check its score.', 16, { colour: THEME.muted, wrap: 740, maxLines: 2 }));

    drawPanel(g, { x: 24, y: 172, width: 740, height: 300 }, THEME.panel, THEME.panelBorder, 10);
    const rows = board ? boardRows(board) : [];
    this.text(40, 180, 'Rank', 16, { colour: THEME.muted });
    this.text(100, 180, 'Team', 16, { colour: THEME.muted });
    this.text(420, 180, 'Score', 16, { colour: THEME.muted });
    this.text(500, 180, `Final figures`, 16, { colour: THEME.muted });
    if (rows.length === 0) this.text(40, 220, 'No results yet.', 18, { colour: THEME.faint });
    const shown = rows.slice(0, 6);
    shown.forEach((row, i) => {
      const y = 206 + i * 42;
      this.text(40, y, row.rank, 18, { bold: true, colour: row.rank.startsWith('=') ? OKABE_ITO.yellow : THEME.text });
      fitText(this.text(100, y, '', 18, { bold: true }), row.team, 300);
      this.text(420, y, row.score, 18, { bold: true, colour: OKABE_ITO.orange });
      fitText(this.text(500, y, '', 16), row.figures, 256);
      this.text(100, y + 21, row.parts, 16, { colour: THEME.muted });
    });
    if (rows.length > shown.length) this.text(40, 458 - 6, `and ${rows.length - shown.length} more in the CSV`, 16, { colour: THEME.faint });

    drawPanel(g, { x: 24, y: 482, width: 740, height: 186 }, THEME.panel, THEME.panelBorder, 10);
    const rejected = board ? rejectedLines(board) : [];
    const notes = board?.notes ?? [];
    this.text(40, 490, `Refused (${rejected.length})`, 17, { bold: true });
    const lines = [...rejected.slice(0, 4).map((l) => `\u2716 ${l}`), ...notes.slice(0, 2)];
    if (rejected.length > 4) lines.splice(4, 0, `\u2026 and ${rejected.length - 4} more refused`);
    lines.slice(0, 5).forEach((line, i) => fitText(this.text(40, 518 + i * 28, '', 16, { colour: i < rejected.length ? THEME.bad : THEME.muted }), line, 700));
    if (lines.length === 0) this.text(40, 518, 'Nothing refused.', 16, { colour: THEME.faint });

    const entry = created && this.session.get().scenarios.find((s) => s.id === created.competition.scenario);
    if (!created || !entry || !board) return;
    const debrief = debriefView(entry.scenario, created.competition, board);
    const chart = new LineChart(this, { x: 780, y: 128, width: 476, height: 250 }, 'AWS revenue, each team and history', 'usdBn');
    const series: { values: number[]; colour: number; width: number }[] = debrief.teams.map((t, i) => ({ values: t.values, colour: TEAM_COLOURS[i % TEAM_COLOURS.length]!, width: 3 }));
    // History last and thin, so it still shows where a team followed it exactly.
    series.push({ values: debrief.history, colour: SERIES.history, width: 2 });
    chart.setData(series, debrief.years, debrief.years.length, '', false);
    this.fieldTexts.set('legend', this.text(780, 382, `Grey: history. ${debrief.teams.slice(0, 4).map((t, i) => `${['blue', 'orange', 'green', 'yellow'][i]}: ${t.team}`).join(', ')}`, 16, { colour: THEME.muted, wrap: 476, maxLines: 2 }));
    drawPanel(g, { x: 780, y: 428, width: 476, height: 240 }, THEME.panel, THEME.panelBorder, 10);
    this.text(796, 436, 'Most common move each year', 17, { bold: true });
    const common = debrief.common.slice(-3);
    common.forEach((line, i) => fitText(this.text(796, 462 + i * 24, '', 16, { colour: THEME.text }), line, 444));
    if (common.length === 0) this.text(796, 462, 'No results yet.', 16, { colour: THEME.faint });
    const sepY = 470 + Math.max(1, common.length) * 24;
    this.text(796, sepY, 'Moves that set the top teams apart', 17, { bold: true });
    const seps = debrief.separators.slice(0, 3);
    if (seps.length === 0) this.text(796, sepY + 26, 'Needs more teams to tell.', 16, { colour: THEME.faint });
    seps.forEach((line, i) => fitText(this.text(796, sepY + 26 + i * 24, '', 16, { colour: THEME.text }), line, 444));
  }

  private refreshFields(): void {
    const focus = this.session.get().focus;
    const form = this.classroom.get().form;
    for (const id of ['name', 'seed'] as const) {
      const t = this.fieldTexts.get(id);
      if (t) fitText(t, `${form[id]}${focus === id ? '\u258F' : ''}`, 336);
    }
  }

  private key(name: string, event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey) return true;
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT')) {
      if (name === 'escape') target.blur();
      return true;
    }
    const c = this.classroom;
    const focus = this.session.get().focus;
    if (c.get().view === 'create' && (focus === 'name' || focus === 'seed')) {
      const form = c.get().form;
      const next = typed(form[focus], event.key, focus === 'name' ? 60 : 40, focus === 'name' ? NAME_CHARS : SEED_CHARS);
      if (next !== null) {
        if (focus === 'name') c.setName(next); else c.setSeed(next);
        return true;
      }
    }
    const hot: Record<string, string> = c.get().view === 'create'
      ? { u: 'openCode', l: 'board', k: 'copyCode', j: 'copyLink' }
      : { p: 'paste', f: 'files', d: 'csv', m: 'moodle', g: 'canvas', s: 'settings', x: 'clear' };
    if (name === 'escape') { this.session.quitToTitle(); return true; }
    if (name === 'enter') {
      const control = this.focused();
      if (control?.activate && !(c.get().view === 'create' && ['name', 'seed', 'scenario', 'firstYear', 'lastYear', 'events', 'ghost'].includes(control.id))) control.activate();
      else if (c.get().view === 'create') c.create();
      return true;
    }
    const id = hot[name];
    // The key must not also type itself into the paste box it may have just focused.
    if (id) { event.preventDefault(); this.controls.find((k) => k.id === id)?.activate?.(); return true; }
    return false;
  }
}
