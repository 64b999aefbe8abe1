import { createStore, type StoreApi } from 'zustand/vanilla';
import { checkCompetition, cleanName, competitionId, encodeCompetition, newCompetition, type Competition, type EventTiming } from '../app/competition';
import { openCompetitionCode } from '../app/competitionCode';
import { cutAtGrapheme } from '../app/names';
import { buildLeaderboard, MAX_SUBMISSION_CHARS, type Leaderboard, type Submission } from '../app/leaderboard';
import type { ScenarioEntry } from '../app/scenarios';

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
  clearResults(): void;
}

function formFor(entry: ScenarioEntry): CompetitionForm {
  const s = entry.scenario;
  // A short default span keeps a class session to one sitting: the last three years of the scenario.
  return { scenarioId: entry.id, seed: s.defaultSeed, name: `${s.name} class`, firstYear: Math.max(s.firstYear, s.lastYear - 2), lastYear: s.lastYear, events: 'history', ghost: true };
}

export function createClassroom(scenarios: () => readonly ScenarioEntry[]): Classroom {
  const first = scenarios()[0]!;
  const store = createStore<ClassroomData>()(() => ({
    view: 'create', form: formFor(first), created: null, submissions: [], board: null, message: null,
  }));
  const get = () => store.getState();
  const entryOf = (id: string) => scenarios().find((s) => s.id === id);
  const setForm = (change: Partial<CompetitionForm>) => store.setState({ form: { ...get().form, ...change }, created: null, message: null });

  function rebuild(submissions: Submission[], message: ClassroomData['message'] = null): void {
    const created = get().created;
    const entry = created && entryOf(created.competition.scenario);
    if (!created || !entry) return;
    store.setState({ submissions, board: buildLeaderboard(entry.scenario, created.competition, submissions), message });
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
      store.setState({ created: { code: encodeCompetition(competition), id: competitionId(competition), competition }, submissions: [], board: null, message: null });
    },
    useCode(code) {
      // The same checks as the Join screen: a code no team could play is not gathered either.
      const opened = openCompetitionCode(code, (id) => entryOf(id)?.scenario);
      const entry = opened.ok ? entryOf(opened.competition.scenario) : undefined;
      if (!opened.ok || !entry) {
        store.setState({ message: { tone: 'warning', text: `That competition code cannot be used: ${opened.ok ? 'its scenario is not here' : opened.error}.` } });
        return false;
      }
      const c = opened.competition;
      store.setState({
        form: { scenarioId: entry.id, seed: c.seed, name: c.name, firstYear: c.firstYear, lastYear: c.lastYear, events: c.events, ghost: c.ghost },
        created: { code: code.trim(), id: opened.id, competition: c }, submissions: [], board: null, message: null,
      });
      return true;
    },
    showView(view) {
      if (view === 'board' && !get().created) {
        store.setState({ message: { tone: 'warning', text: 'Create a competition first (or open one from its code).' } });
        return;
      }
      store.setState({ view, message: null });
      if (view === 'board' && !get().board) rebuild(get().submissions);
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
      const added = lines.map((line, i) => ({ source: `pasted code ${start + i + 1}`, text: line }));
      rebuild([...get().submissions, ...added]);
    },
    addFiles(files) {
      const refused: string[] = [];
      const added: Submission[] = [];
      for (const file of files.slice(0, MAX_FILES)) {
        if (file.size > MAX_FILE_BYTES || file.text === undefined) refused.push(file.name);
        else added.push({ source: file.name, text: file.text });
      }
      const notes: string[] = [];
      if (refused.length) notes.push(`Not read, too large to be a result: ${refused.slice(0, 3).join(', ')}${refused.length > 3 ? ` and ${refused.length - 3} more` : ''}.`);
      if (files.length > MAX_FILES) notes.push(`Only the first ${MAX_FILES} files were read.`);
      const message = notes.length ? { tone: 'warning' as const, text: notes.join(' ') } : null;
      if (added.length) rebuild([...get().submissions, ...added], message); else store.setState({ message });
    },
    clearResults() { rebuild([]); },
  };
  return classroom;
}
