import { createStore, type StoreApi } from 'zustand/vanilla';
import { checkCompetition, cleanName, competitionId, encodeCompetition, newCompetition, type Competition, type EventTiming } from '../app/competition';
import { openCompetitionCode } from '../app/competitionCode';
import { cutAtGrapheme } from '../app/names';
import { buildLeaderboard, MAX_SUBMISSION_CHARS, MAX_SUBMISSIONS, type Leaderboard, type Submission } from '../app/leaderboard';
import type { ScenarioEntry } from '../app/scenarios';
import {
  classFileText, listClasses, looksLikeClassFile, parseClassFile, readClass, storeClass,
  type ClassListEntry, type ClassSave, CLASS_FORMAT,
} from '../app/classSave';
import { memoryStorage, type KeyValueStorage } from '../app/storage';
import { PRESETS, presetYears, type PresetId } from '../app/classPresets';

// The instructor's side of the Classroom: the settings of a new competition, the code made from
// them, and the leaderboard built from the teams' results. Nothing leaves the browser.

export const COMPETITION_NAME_MAX = 60;
export const SEED_MAX = 40;
/** a paste longer than this is refused before it is read */
export const MAX_PASTE_CHARS = 500_000;
/** a result file larger than this is refused before it is read */
export const MAX_FILE_BYTES = MAX_SUBMISSION_CHARS;
export const MAX_FILES = 200;

export interface CompetitionForm {
  scenarioId: string;
  seed: string;
  name: string;
  firstYear: number;
  lastYear: number;
  events: EventTiming;
  ghost: boolean;
}

export interface Created {
  code: string;
  id: string;
  competition: Competition;
}

export interface ClassroomData {
  view: 'create' | 'board';
  form: CompetitionForm;
  created: Created | null;
  submissions: Submission[];
  board: Leaderboard | null;
  message: { tone: 'info' | 'warning'; text: string } | null;
  /** the instructor's classes kept in this browser, the one touched last first */
  classes: ClassListEntry[];
  /** Clear was pressed once: the next press clears */
  confirmClear: boolean;
  /** the results the last Clear removed, until they are restored or more are added */
  cleared: Submission[] | null;
}

export interface ClassroomOptions {
  storage?: KeyValueStorage;
  now?: () => number;
}

export interface Classroom {
  store: StoreApi<ClassroomData>;
  get(): ClassroomData;
  stepScenario(step: number): void;
  setSeed(seed: string): void;
  setName(name: string): void;
  stepYear(which: 'firstYear' | 'lastYear', step: number): void;
  toggleEvents(): void;
  toggleGhost(): void;
  create(): void;
  /** Uses an existing competition code (to gather its results); false with a message if unusable. */
  useCode(code: string): boolean;
  showView(view: 'create' | 'board'): void;
  /** Says what to do next (paste now) in the message line. */
  note(text: string): void;
  addPaste(text: string): void;
  addFiles(files: readonly { name: string; size: number; text?: string }[]): void;
  /** The first press asks; the second clears, and Undo brings the results back. */
  clearResults(): void;
  undoClear(): void;
  /** Sets the years to a preset for a class of that length. */
  applyPreset(id: PresetId): void;
  /** Opens a class kept in this browser, with its results. */
  openClass(id: string): void;
  /** The whole class as a file: the competition code and every result. */
  exportClass(): { fileName: string; text: string } | null;
  /** Opens a class file; its results join those already kept for that competition. */
  importClass(text: string): boolean;
}

function formFor(entry: ScenarioEntry): CompetitionForm {
  const s = entry.scenario;
  // The default fits one class period: the preset for a 50-minute class.
  const years = presetYears(s, 'class50');
  return { scenarioId: entry.id, seed: s.defaultSeed, name: `${s.name} class`, ...years, events: 'history', ghost: true };
}

export function createClassroom(scenarios: () => readonly ScenarioEntry[], options: ClassroomOptions = {}): Classroom {
  const first = scenarios()[0]!;
  const storage = options.storage ?? memoryStorage();
  const now = options.now ?? (() => 0);
  const store = createStore<ClassroomData>()(() => ({
    view: 'create', form: formFor(first), created: null, submissions: [], board: null, message: null,
    classes: listClasses(storage), confirmClear: false, cleared: null,
  }));
  const get = () => store.getState();
  const entryOf = (id: string) => scenarios().find((s) => s.id === id);
  const setForm = (change: Partial<CompetitionForm>) => store.setState({ form: { ...get().form, ...change }, created: null, message: null, confirmClear: false });

  /** Keeps the open class in this browser; a warning if it cannot be kept. */
  function keep(created: Created, submissions: Submission[], cleared: Submission[] | null = null): ClassroomData['message'] {
    const save: ClassSave = { format: CLASS_FORMAT, code: created.code, submissions, ...(cleared ? { cleared } : {}) };
    const problem = storeClass(storage, created.id, created.competition.name, save);
    store.setState({ classes: listClasses(storage) });
    return problem ? { tone: 'warning', text: `This class could not be kept in the browser (${problem}): keep it as a file with Export class.` } : null;
  }

  function rebuild(submissions: Submission[], message: ClassroomData['message'] = null, cleared: Submission[] | null = null): void {
    const created = get().created;
    const entry = created && entryOf(created.competition.scenario);
    if (!created || !entry) return;
    const problem = keep(created, submissions, cleared);
    store.setState({
      submissions, board: buildLeaderboard(entry.scenario, created.competition, submissions), message: problem ?? message,
      confirmClear: false, cleared,
    });
  }

  /** Results not already held (the same text handed in twice is one entry), within the board's limit. */
  function fresh(added: readonly Submission[], held: readonly Submission[] = get().submissions): Submission[] {
    const seen = new Set(held.map((s) => s.text));
    const room = Math.max(0, MAX_SUBMISSIONS - held.length);
    return added.filter((s) => {
      if (seen.has(s.text)) return false;
      seen.add(s.text);
      return true;
    }).slice(0, room);
  }

  /** Said when results did not fit the board's limit. */
  function overLimit(wanted: number, kept: number): string {
    return wanted > kept && get().submissions.length + kept >= MAX_SUBMISSIONS
      ? ` The board holds at most ${MAX_SUBMISSIONS} results: ${wanted - kept} were not added.` : '';
  }

  /** Opens a competition from its code with these results, as `useCode` does; false with a message if unusable. */
  function open(code: string, submissions: Submission[], view: ClassroomData['view']): boolean {
    const opened = openCompetitionCode(code, (id) => entryOf(id)?.scenario);
    const entry = opened.ok ? entryOf(opened.competition.scenario) : undefined;
    if (!opened.ok || !entry) {
      store.setState({ message: { tone: 'warning', text: `That competition code cannot be used: ${opened.ok ? 'its scenario is not here' : opened.error}.` } });
      return false;
    }
    const c = opened.competition;
    store.setState({
      view,
      form: { scenarioId: entry.id, seed: c.seed, name: c.name, firstYear: c.firstYear, lastYear: c.lastYear, events: c.events, ghost: c.ghost },
      created: { code: code.trim(), id: opened.id, competition: c }, submissions, board: null, message: null, confirmClear: false, cleared: null,
    });
    return true;
  }

  /** A class slot that could not be read, set aside: said once, with where it went. */
  let setAside: ClassroomData['message'] = null;

  /** The results kept in this browser for a competition, if any (and the ones last cleared). */
  function keptResults(id: string): Submission[] {
    const read = readClass(storage, id, now);
    if (read.kind === 'rejected') {
      setAside = { tone: 'warning', text: `The results kept for this class could not be read (${read.reason}); they are set aside under ${read.keptAt}.` };
    }
    return read.kind === 'ok' ? read.save.submissions : [];
  }

  function keptCleared(id: string): Submission[] | null {
    const read = readClass(storage, id, now);
    return read.kind === 'ok' ? read.save.cleared ?? null : null;
  }

  function takeSetAside(): ClassroomData['message'] {
    const message = setAside;
    setAside = null;
    return message;
  }

  const classroom: Classroom = {
    store,
    get,
    stepScenario(step) {
      const list = scenarios();
      const index = list.findIndex((s) => s.id === get().form.scenarioId);
      const next = list[(index + step + list.length) % list.length];
      if (next) store.setState({ form: formFor(next), created: null, message: null });
    },
    setSeed(seed) { setForm({ seed: seed.replace(/[^a-z0-9\-_.]/gi, '').slice(0, SEED_MAX) }); },
    setName(name) { setForm({ name: cutAtGrapheme(name, COMPETITION_NAME_MAX) }); },
    stepYear(which, step) {
      const { form } = get();
      const s = entryOf(form.scenarioId)?.scenario;
      if (!s) return;
      const value = form[which] + step;
      const low = which === 'firstYear' ? s.firstYear : form.firstYear;
      const high = which === 'firstYear' ? form.lastYear : s.lastYear;
      if (value < low || value > high) return;
      setForm({ [which]: value });
    },
    toggleEvents() { setForm({ events: get().form.events === 'history' ? 'random' : 'history' }); },
    toggleGhost() { setForm({ ghost: !get().form.ghost }); },
    create() {
      const { form } = get();
      const entry = entryOf(form.scenarioId);
      if (!entry) return;
      const name = cleanName(form.name, COMPETITION_NAME_MAX) || `${entry.name} class`;
      const competition = newCompetition(entry.scenario, { ...form, seed: form.seed || entry.scenario.defaultSeed, name });
      const problem = checkCompetition(competition, entry.scenario);
      if (problem) { store.setState({ message: { tone: 'warning', text: `The competition cannot be made: ${problem}.` } }); return; }
      const id = competitionId(competition);
      // The same settings make the same competition: its results kept here come back with it.
      const created: Created = { code: encodeCompetition(competition), id, competition };
      const submissions = keptResults(id);
      const cleared = keptCleared(id);
      store.setState({ created, submissions, board: null, message: null, confirmClear: false, cleared });
      store.setState({ message: keep(created, submissions, cleared) ?? takeSetAside() });
    },
    useCode(code) {
      // The same checks as the Join screen: a code no team could play is not gathered either.
      const opened = openCompetitionCode(code, (id) => entryOf(id)?.scenario);
      if (!open(code, opened.ok ? keptResults(opened.id) : [], get().view)) return false;
      const created = get().created!;
      const cleared = keptCleared(created.id);
      store.setState({ cleared, message: keep(created, get().submissions, cleared) ?? takeSetAside() });
      return true;
    },
    openClass(id) {
      const read = readClass(storage, id, now);
      if (read.kind !== 'ok') {
        const text = read.kind === 'empty'
          ? 'That class is no longer kept in this browser.'
          : `That class could not be read (${read.reason}); what was kept is set aside under ${read.keptAt}.`;
        store.setState({ message: { tone: 'warning', text }, classes: listClasses(storage) });
        return;
      }
      if (open(read.save.code, read.save.submissions, 'board')) rebuild(read.save.submissions, null, read.save.cleared ?? null);
    },
    exportClass() {
      const { created, submissions } = get();
      if (!created) return null;
      const safe = created.competition.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 40) || 'class';
      return { fileName: `flywheel-class-${safe}-${created.id.slice(0, 8)}.json`, text: classFileText({ format: CLASS_FORMAT, code: created.code, submissions }) };
    },
    importClass(text) {
      const save = parseClassFile(text);
      if (typeof save === 'string') {
        store.setState({ message: { tone: 'warning', text: `That class file cannot be used: ${save}.` } });
        return false;
      }
      const opened = openCompetitionCode(save.code, (id) => entryOf(id)?.scenario);
      const kept = opened.ok ? keptResults(opened.id) : [];
      if (!open(save.code, kept, 'board')) return false;
      const added = fresh(save.submissions, kept);
      rebuild([...kept, ...added], takeSetAside() ?? { tone: 'info', text: `Class file opened: ${added.length} result${added.length === 1 ? '' : 's'} added to the ${kept.length} already kept here.${overLimit(save.submissions.length, added.length)}` });
      return true;
    },
    applyPreset(id) {
      const s = entryOf(get().form.scenarioId)?.scenario;
      if (!s || !PRESETS.some((p) => p.id === id)) return;
      setForm(presetYears(s, id));
    },
    showView(view) {
      if (view === 'board' && !get().created) {
        store.setState({ message: { tone: 'warning', text: 'Create a competition first (or open one from its code).' } });
        return;
      }
      store.setState({ view, message: null, confirmClear: false });
      if (view === 'board' && !get().board) rebuild(get().submissions, null, get().cleared);
    },
    note(text) { store.setState({ message: { tone: 'info', text } }); },
    addPaste(text) {
      if (text.length > MAX_PASTE_CHARS) {
        store.setState({ message: { tone: 'warning', text: `That paste is far too long (${text.length.toLocaleString('en-US')} characters); paste at most ${MAX_PASTE_CHARS.toLocaleString('en-US')} at a time.` } });
        return;
      }
      const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
      if (lines.length === 0) return;
      const start = get().submissions.filter((s) => s.source.startsWith('pasted code')).length;
      const added = fresh(lines.map((line, i) => ({ source: `pasted code ${start + i + 1}`, text: line })));
      const limit = overLimit(lines.length, added.length);
      const again = lines.length - added.length;
      const note = limit ? { tone: 'warning' as const, text: limit.trim() }
        : again > 0 ? { tone: 'info' as const, text: `${again} of the pasted code${lines.length === 1 ? ' was' : 's were'} already here: each result counts once.` } : null;
      rebuild([...get().submissions, ...added], note);
    },
    addFiles(files) {
      const refused: string[] = [];
      const added: Submission[] = [];
      for (const file of files.slice(0, MAX_FILES)) {
        // A class file among the files opens its class first; the other files then join its board.
        if (file.text !== undefined && looksLikeClassFile(file.text)) {
          if (!classroom.importClass(file.text)) return;
          continue;
        }
        if (file.size > MAX_FILE_BYTES || file.text === undefined) refused.push(file.name);
        else added.push({ source: file.name, text: file.text });
      }
      const notes: string[] = [];
      // Every file refused is named, however many.
      if (refused.length) notes.push(`Not read, too large to be a result: ${refused.join(', ')}.`);
      if (files.length > MAX_FILES) notes.push(`Only the first ${MAX_FILES} files were read.`);
      const kept = fresh(added);
      const limit = overLimit(added.length, kept.length);
      if (limit) notes.push(limit.trim());
      else if (kept.length < added.length) notes.push(`${added.length - kept.length} of the files ${added.length - kept.length === 1 ? 'was' : 'were'} already here: each result counts once.`);
      if (!get().created) return;
      const message = notes.length ? { tone: refused.length ? 'warning' as const : 'info' as const, text: notes.join(' ') } : null;
      if (kept.length) rebuild([...get().submissions, ...kept], message); else store.setState({ message });
    },
    clearResults() {
      const { submissions, confirmClear } = get();
      if (submissions.length === 0) return;
      if (!confirmClear) {
        store.setState({
          confirmClear: true,
          message: { tone: 'warning', text: `Press Clear again to take all ${submissions.length} result${submissions.length === 1 ? '' : 's'} off the board. You can undo it.` },
        });
        return;
      }
      rebuild([], { tone: 'info', text: `${submissions.length} result${submissions.length === 1 ? '' : 's'} cleared. Undo (Z) brings ${submissions.length === 1 ? 'it' : 'them'} back.` }, [...submissions]);
    },
    undoClear() {
      // Until more results are added: adding results forgets what was cleared (kept across reloads till then).
      const cleared = get().cleared;
      if (!cleared) return;
      rebuild([...cleared], { tone: 'info', text: `${cleared.length} result${cleared.length === 1 ? '' : 's'} restored.` });
    },
  };
  // The class touched last comes back as it was left, its board built when it is first shown.
  const last = get().classes[0];
  if (last) {
    const read = readClass(storage, last.id, now);
    if (read.kind === 'ok') {
      open(read.save.code, read.save.submissions, read.save.submissions.length > 0 || read.save.cleared ? 'board' : 'create');
      store.setState({ cleared: read.save.cleared ?? null });
    }
  }
  return classroom;
}
