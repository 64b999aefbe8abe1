import type { Session } from '../../store/session';
import { leaderboardCsv } from '../../app/leaderboard';
import type { Classroom } from '../../store/classroom';
import { looksLikeClassFile, MAX_CLASS_CHARS } from '../../app/classSave';
import { PRESETS } from '../../app/classPresets';
import { canvasGradeCsv, moodleGradeCsv } from '../../app/gradeFiles';
import { copyText, download, fileSource, pasteTarget } from '../domInput';
import { FlywheelScene, type Control } from '../sceneBase';
import { uiStatus } from '../uiStatus';
import { boardRows, competitionLink, competitionSummary, debriefView, formLines, presetOf, rejectedLines, spanText } from '../view/classroom';
import { OKABE_ITO, SERIES, THEME } from '../view/palette';
import { NAME_CHARS, SEED_CHARS, typed } from '../view/typing';
import { Button } from '../widgets/Button';
import { fitLines, fitText } from '../widgets/fitText';
import { LineChart } from '../widgets/LineChart';
import { Pager } from '../widgets/Pager';
import { classroomBoardDom } from '../dom/classroomDom';
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
    const files = fileSource('Pick result files or a class file', '.json,.txt,application/json,text/plain', true, MAX_CLASS_CHARS, (picked) => {
      // A class file opens its class from either view; results go to the board.
      const classFile = picked.find((f) => f.text !== undefined && looksLikeClassFile(f.text));
      if (classFile) { this.classroom.importClass(classFile.text!); return; }
      if (this.classroom.get().view !== 'board') this.classroom.showView('board');
      if (this.classroom.get().view === 'board') this.classroom.addFiles(picked);
    });
    this.onCleanup(() => { paste.remove(); files.remove(); });
    const rebuild = () => this.build(paste.focus, files.pick);
    this.rebuild = rebuild;
    this.boardPage = 0;
    this.refusalPage = 0;
    this.classDebriefPage = 0;
    // A class kept from before a reload shows its board, replayed once the page is open.
    if (this.classroom.get().view === 'board' && !this.classroom.get().board) this.classroom.showView('board');
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
    if (data.view === 'create') this.buildCreate(g, controls, add, focusPaste, pickFiles);
    else this.buildBoard(g, controls, add, focusPaste, pickFiles);
    // The message whole: two lines, a little smaller if need be (a cut is recorded, and fails the tests).
    if (data.message) fitLines(this.text(24, 676, '', 16, { colour: data.message.tone === 'warning' ? THEME.bad : THEME.good, wrap: 1230 }), `${data.message.tone === 'warning' ? '\u26A0 ' : ''}${data.message.text}`, 2);
    this.controls = controls;
    this.focus(controls.some((c) => c.id === keepFocus) ? keepFocus : controls[1]?.id ?? '');
    this.drawFocus();
  }

  private buildCreate(g: Phaser.GameObjects.Graphics, controls: Control[], add: (b: Button) => void, focusPaste: () => void, pickFiles: () => void): void {
    const { form, created, classes } = this.classroom.get();
    const c = this.classroom;
    const entry = this.session.get().scenarios.find((s) => s.id === form.scenarioId);
    const scenarioName = entry?.name ?? form.scenarioId;
    drawPanel(g, { x: 24, y: 76, width: 600, height: 480 }, THEME.panel, THEME.panelBorder, 10);
    this.text(44, 86, 'Settings every team shares', 20, { bold: true });
    const stepPreset = (step: number) => {
      const current = entry ? presetOf(entry.scenario, form) : null;
      const index = current ? PRESETS.indexOf(current) : step > 0 ? -1 : 0;
      c.applyPreset(PRESETS[(index + step + PRESETS.length) % PRESETS.length]!.id);
    };
    const actions: Record<string, Pick<Control, 'activate' | 'adjust'>> = {
      scenario: { activate: () => c.stepScenario(1), adjust: (s) => c.stepScenario(s) },
      name: {},
      seed: {},
      preset: { activate: () => stepPreset(1), adjust: (s) => stepPreset(s) },
      firstYear: { activate: () => c.stepYear('firstYear', 1), adjust: (s) => c.stepYear('firstYear', s) },
      lastYear: { activate: () => c.stepYear('lastYear', 1), adjust: (s) => c.stepYear('lastYear', s) },
      events: { activate: () => c.toggleEvents(), adjust: () => c.toggleEvents() },
      ghost: { activate: () => c.toggleGhost(), adjust: () => c.toggleGhost() },
    };
    formLines(form, scenarioName, entry?.scenario).forEach((line, i) => {
      const y = 120 + i * 50;
      const rect = { x: 244, y, width: 364, height: 42 };
      drawPanel(g, rect, line.id === 'name' || line.id === 'seed' ? 0x0b1119 : THEME.panelRaised, THEME.panelBorder, 8);
      this.text(44, y + 10, line.label, 17, { colour: THEME.muted });
      const x = line.stepper ? rect.x + rect.width / 2 : rect.x + 14;
      const width = line.stepper ? rect.width - 96 : rect.width - 28;
      const value = fitText(this.text(x, y + 21, '', 18, { bold: true }).setOrigin(line.stepper ? 0.5 : 0, 0.5), line.value, width);
      this.fieldTexts.set(line.id, value);
      if (line.stepper) {
        // Arrows at both ends: the left half steps back, the right half forward, by mouse or touch.
        this.text(rect.x + 22, y + 21, '\u25C0', 18, { colour: THEME.muted }).setOrigin(0.5);
        this.text(rect.x + rect.width - 22, y + 21, '\u25B6', 18, { colour: THEME.muted }).setOrigin(0.5);
      }
      const zone = this.add.zone(rect.x, rect.y, rect.width, rect.height).setOrigin(0).setInteractive({ useHandCursor: true });
      zone.on('pointerup', (pointer: Phaser.Input.Pointer) => {
        this.focus(line.id);
        const act = actions[line.id];
        if (line.stepper && act?.adjust) act.adjust(pointer.x < rect.x + rect.width / 2 ? -1 : 1);
        else act?.activate?.();
      });
      this.built.push(zone);
      controls.push({ id: line.id, ...rect, ...actions[line.id] });
    });
    this.text(44, 520, `Teams play ${spanText(form)}. Type in the name and seed; \u2190 \u2192 or the arrows change the rest.`, 16, { colour: THEME.faint, wrap: 560, maxLines: 2 });
    add(this.button({ id: 'create', x: 24, y: 570, width: 290, height: 52, label: 'Create competition', hotkey: '\u23CE', primary: true, onActivate: () => c.create() }));
    add(this.button({ id: 'openCode', x: 330, y: 570, width: 294, height: 52, label: 'Use an existing code', hotkey: 'U', size: 17, onActivate: () => { focusPaste(); c.note('Now paste the competition code (Ctrl+V).'); } }));
    add(this.button({ id: 'board', x: 24, y: 630, width: 290, height: 40, label: 'Leaderboard', hotkey: 'L', size: 17, onActivate: () => c.showView('board') }));
    add(this.button({ id: 'importClass', x: 330, y: 630, width: 294, height: 40, label: 'Open a class file', hotkey: 'I', size: 17, onActivate: pickFiles }));

    drawPanel(g, { x: 644, y: 76, width: 612, height: 594 }, THEME.panel, THEME.panelBorder, 10);
    if (!created) {
      this.text(664, 92, 'Hand out a code', 20, { bold: true });
      this.text(664, 126, 'Choose the settings, then create the competition. You get a code and a link to give the class. Each team opens the link (or types the code on the title screen), names itself and plays; at the end it sends you its result code or file, which you add under Leaderboard. Everything stays in this browser, kept across reloads: no server, no accounts.', 17, { wrap: 572, lineSpacing: 3, colour: THEME.muted });
      this.text(664, 330, classes.length > 0 ? 'Your classes in this browser' : 'No classes kept in this browser yet.', 18, { bold: true, colour: classes.length > 0 ? THEME.text : THEME.faint });
      classes.slice(0, 5).forEach((entry, i) => {
        const label = `${entry.name} \u00B7 ${entry.results} result${entry.results === 1 ? '' : 's'}`;
        const b = this.button({ id: `class:${entry.id}`, x: 664, y: 362 + i * 58, width: 572, height: 48, label, size: 17, onActivate: () => c.openClass(entry.id) });
        add(b);
      });
      if (classes.length > 5) this.text(664, 654, `${classes.length - 5} older classes are kept too: open one from its code or file.`, 16, { colour: THEME.faint });
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
    this.text(664, 612, `Competition ${created.id}. It is kept in this browser with its results; Export class on the leaderboard makes a file of both.`, 16, { colour: THEME.faint, wrap: 572 });
  }

  private buildBoard(g: Phaser.GameObjects.Graphics, controls: Control[], add: (b: Button) => void, focusPaste: () => void, pickFiles: () => void): void {
    const c = this.classroom;
    const { board, created, confirmClear, cleared } = c.get();
    // One row of buttons: results in, the board and grade files out, the class file, clearing, settings.
    const row: { id: string; width: number; label: string; hotkey: string; act: () => void; enabled?: boolean }[] = [];
    const ranked = (board?.rows.length ?? 0) > 0;
    // Grade files for the course's gradebook: the column is named for the competition.
    const gradeName = `Flywheel: ${created?.competition.name ?? 'competition'}`;
    row.push({ id: 'paste', width: 150, label: 'Paste codes', hotkey: 'P', act: () => { focusPaste(); this.fieldTexts.get('hint')?.setText('Now paste the result codes (Ctrl+V), one per line.'); } });
    row.push({ id: 'files', width: 130, label: 'Pick files', hotkey: 'F', act: pickFiles });
    row.push({ id: 'csv', width: 100, label: 'CSV', hotkey: 'D', enabled: ranked, act: () => { if (board) download(`flywheel-leaderboard-${board.competitionId}.csv`, leaderboardCsv(board), 'text/csv;charset=utf-8'); } });
    row.push({ id: 'moodle', width: 120, label: 'Moodle', hotkey: 'M', enabled: ranked, act: () => { if (board) download(`flywheel-moodle-grades-${board.competitionId}.csv`, moodleGradeCsv(board, gradeName), 'text/csv;charset=utf-8'); } });
    row.push({ id: 'canvas', width: 120, label: 'Canvas', hotkey: 'G', enabled: ranked, act: () => { if (board) download(`flywheel-canvas-grades-${board.competitionId}.csv`, canvasGradeCsv(board, gradeName), 'text/csv;charset=utf-8'); } });
    row.push({ id: 'exportClass', width: 156, label: 'Export class', hotkey: 'E', act: () => { const file = c.exportClass(); if (file) download(file.fileName, file.text, 'application/json'); } });
    row.push({ id: 'clear', width: 130, label: confirmClear ? 'Yes, clear' : 'Clear', hotkey: 'X', enabled: c.get().submissions.length > 0, act: () => c.clearResults() });
    row.push({ id: 'undo', width: 100, label: 'Undo', hotkey: 'Z', enabled: cleared !== null, act: () => c.undoClear() });
    row.push({ id: 'settings', width: 124, label: 'Settings', hotkey: 'S', act: () => c.showView('create') });
    let x = 24;
    for (const spec of row) {
      const b = this.button({ id: spec.id, x, y: 72, width: spec.width, height: 48, label: spec.label, hotkey: spec.hotkey, size: 16, onActivate: spec.act });
      b.setEnabled(spec.enabled ?? true);
      add(b);
      x += spec.width + 8;
    }
    this.fieldTexts.set('hint', this.text(24, 128, 'Paste codes, pick files or drop them on this page: every result is replayed to check its score. CSV is the board; Moodle and Canvas are grade files.', 16, { colour: THEME.muted, wrap: 740, maxLines: 2 }));

    drawPanel(g, { x: 24, y: 172, width: 740, height: 300 }, THEME.panel, THEME.panelBorder, 10);
    const rows = board ? boardRows(board) : [];
    this.text(40, 180, 'Rank', 16, { colour: THEME.muted });
    this.text(100, 180, 'Team', 16, { colour: THEME.muted });
    this.text(420, 180, 'Score', 16, { colour: THEME.muted });
    this.text(500, 180, 'Final figures', 16, { colour: THEME.muted });
    if (rows.length === 0) this.text(40, 220, 'No results yet.', 18, { colour: THEME.faint });
    const perPage = 6;
    const rowPages = Math.max(1, Math.ceil(rows.length / perPage));
    this.boardPage = Math.min(this.boardPage, rowPages - 1);
    const shown = rows.slice(this.boardPage * perPage, this.boardPage * perPage + perPage);
    shown.forEach((row, i) => {
      const y = 206 + i * 42;
      this.text(40, y, row.rank, 18, { bold: true, colour: row.rank.startsWith('=') ? OKABE_ITO.yellow : THEME.text });
      const team = fitText(this.text(100, y, '', 18, { bold: true }), row.team, row.flagged ? 272 : 300);
      // A name another, different result also carries: flagged, so it reads without colour too.
      if (row.flagged) this.text(100 + team.width + 8, y, '\u2691', 18, { bold: true, colour: OKABE_ITO.yellow });
      this.text(420, y, row.score, 18, { bold: true, colour: OKABE_ITO.orange });
      fitText(this.text(500, y, '', 16), row.figures, 256);
      this.text(100, y + 21, row.parts, 16, { colour: THEME.muted });
    });
    this.pagedList(controls, 'teams', { x: 24, y: 172, width: 740, height: 300 }, 748, 176, this.boardPage, rowPages, (p) => { this.boardPage = p; this.rebuild(); });

    drawPanel(g, { x: 24, y: 482, width: 740, height: 186 }, THEME.panel, THEME.panelBorder, 10);
    const rejected = board ? rejectedLines(board) : [];
    const notes = board?.notes ?? [];
    this.text(40, 490, `Refused (${rejected.length})${notes.length ? ` and notes (${notes.length})` : ''}`, 17, { bold: true });
    // Every refusal and note whole, wrapped, a page of lines at a time.
    const measure = this.text(0, 0, '', 16, { wrap: 650 }).setVisible(false);
    const lines: { text: string; colour: number }[] = [];
    for (const line of rejected) for (const part of measure.getWrappedText(`\u2716 ${line}`)) lines.push({ text: part, colour: THEME.bad });
    for (const line of notes) for (const part of measure.getWrappedText(line)) lines.push({ text: part, colour: THEME.muted });
    const linesPerPage = 5;
    const linePages = Math.max(1, Math.ceil(lines.length / linesPerPage));
    this.refusalPage = Math.min(this.refusalPage, linePages - 1);
    lines.slice(this.refusalPage * linesPerPage, this.refusalPage * linesPerPage + linesPerPage)
      .forEach((line, i) => this.text(40, 520 + i * 28, line.text, 16, { colour: line.colour }));
    if (lines.length === 0) this.text(40, 520, 'Nothing refused.', 16, { colour: THEME.faint });
    this.pagedList(controls, 'refused', { x: 24, y: 482, width: 740, height: 186 }, 748, 486, this.refusalPage, linePages, (p) => { this.refusalPage = p; this.rebuild(); });

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
    // The class debrief: every year's commonest move, then what set the top teams apart, paged.
    const debriefLines: { text: string; bold: boolean; faint?: boolean }[] = [{ text: 'Most common move each year', bold: true }];
    for (const line of debrief.common) for (const part of measure.getWrappedText(line)) debriefLines.push({ text: part, bold: false });
    if (debrief.common.length === 0) debriefLines.push({ text: 'No results yet.', bold: false, faint: true });
    debriefLines.push({ text: 'Moves that set the top teams apart', bold: true });
    if (debrief.separators.length === 0) debriefLines.push({ text: 'Needs more teams to tell.', bold: false, faint: true });
    measure.setWordWrapWidth(440);
    for (const line of debrief.separators) for (const part of measure.getWrappedText(line)) debriefLines.push({ text: part, bold: false });
    const debriefPerPage = 7;
    const debriefPages = Math.max(1, Math.ceil(debriefLines.length / debriefPerPage));
    this.classDebriefPage = Math.min(this.classDebriefPage, debriefPages - 1);
    debriefLines.slice(this.classDebriefPage * debriefPerPage, this.classDebriefPage * debriefPerPage + debriefPerPage).forEach((line, i) => {
      this.text(796, 470 + i * 27, line.text, line.bold ? 17 : 16, { bold: line.bold, colour: line.faint ? THEME.faint : THEME.text });
    });
    this.text(796, 436, 'Class debrief', 18, { bold: true, colour: OKABE_ITO.orange });
    this.pagedList(controls, 'classDebrief', { x: 780, y: 428, width: 476, height: 240 }, 1240, 432, this.classDebriefPage, debriefPages, (p) => { this.classDebriefPage = p; this.rebuild(); });
  }

  private boardPage = 0;
  private refusalPage = 0;
  private classDebriefPage = 0;
  private rebuild: () => void = () => undefined;

  /** Page buttons for a list (and its wheel and swipe), added to the controls when there is more than one page. */
  private pagedList(controls: Control[], id: string, area: { x: number; y: number; width: number; height: number }, right: number, top: number, page: number, pages: number, onPage: (page: number) => void): void {
    const pager = new Pager(this, { id, area, right, top, onPage, onHover: (focusId) => this.focus(focusId) });
    pager.set(page, pages);
    if (pages <= 1) return;
    for (const b of [pager.previous, pager.next]) controls.push({ id: b.id, ...b.bounds, activate: () => b.activate(), enabled: b.isEnabled() });
  }

  /** The leaderboard's own page for screen readers; the settings page is read from what is drawn. */
  protected override domContent(): Node[] | null {
    const data = this.classroom.get();
    if (data.view !== 'board') return null;
    const scenario = data.created ? this.session.get().scenarios.find((s) => s.id === data.created!.competition.scenario)?.scenario : undefined;
    return classroomBoardDom(data, scenario);
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
      ? { u: 'openCode', l: 'board', k: 'copyCode', j: 'copyLink', i: 'importClass' }
      : { p: 'paste', f: 'files', d: 'csv', s: 'settings', x: 'clear', z: 'undo', e: 'exportClass', m: 'moodle', g: 'canvas' };
    if (name === 'PageDown' || name === 'PageUp') {
      // PgUp/PgDn turn the list the focus is in, or the teams' list.
      const list = this.session.get().focus.split(':')[0] ?? '';
      const target = ['refused', 'classDebrief'].includes(list) ? list : 'teams';
      this.controls.find((k) => k.id === `${target}:${name === 'PageDown' ? 'next' : 'previous'}`)?.activate?.();
      return true;
    }
    if (name === 'escape') { this.session.quitToTitle(); return true; }
    if (name === 'enter') {
      const control = this.focused();
      if (control?.activate && !(c.get().view === 'create' && ['name', 'seed', 'scenario', 'preset', 'firstYear', 'lastYear', 'events', 'ghost'].includes(control.id))) control.activate();
      else if (c.get().view === 'create') c.create();
      return true;
    }
    const id = hot[name];
    // The key must not also type itself into the paste box it may have just focused.
    if (id) { event.preventDefault(); this.controls.find((k) => k.id === id)?.activate?.(); return true; }
    return false;
  }
}
