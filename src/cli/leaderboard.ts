import { writeFileSync } from 'node:fs';
import { openCompetitionCode } from '../app/competitionCode';
import { cleanName } from '../app/names';
import { buildLeaderboard, leaderboardCsv, type Submission } from '../app/leaderboard';
import { canvasGradeCsv, moodleGradeCsv } from '../app/gradeFiles';
import { parseArgs } from './args';
import { InputError, runCli } from './fail';
import { loadBundledScenario, readTextFile } from './files';
import { terminalLine, terminalText } from './terminal';

// npm run leaderboard -- --competition <code> <result files or files of codes...> [--csv out.csv]
//   [--moodle grades.csv] [--canvas grades.csv] [--grade-name <gradebook column>]

const MAX_FILE_BYTES = 50 * 1024 * 1024;

function submissionsFrom(path: string): Submission[] {
  const text = readTextFile(path, 'results', MAX_FILE_BYTES);
  if (text.trim().startsWith('{')) return [{ source: path, text }];
  return text.split(/\r?\n/).map((line, i) => ({ source: `${path}:${i + 1}`, text: line })).filter((s) => s.text.trim() !== '');
}

runCli('leaderboard', (argv) => {
  const { flags, positional } = parseArgs(argv, ['competition', 'csv', 'moodle', 'canvas', 'grade-name']);
  if (!flags.competition) throw new InputError('--competition <code> is required');
  // The same checks as the Join screen: a code the game would not play is not ranked either.
  const opened = openCompetitionCode(flags.competition, loadBundledScenario);
  if (!opened.ok) throw new InputError(`--competition: ${opened.error}`);
  const { competition, scenario } = opened;
  if (positional.length === 0) throw new InputError('give at least one result file, or a file with one result code per line');
  const submissions = positional.flatMap(submissionsFrom);
  const board = buildLeaderboard(scenario, competition, submissions);

  const lines = [`Leaderboard: ${competition.name} (${board.competitionId}), ${board.rows.length} verified, ${board.rejected.length} rejected`, ''];
  lines.push(`${'rank'.padEnd(6)}${'team'.padEnd(28)}${'score'.padStart(8)}${'growth'.padStart(8)}${'profit'.padStart(8)}${'cloud'.padStart(8)}${'trust'.padStart(8)}${'sales'.padStart(9)}${'AWS'.padStart(8)}${'share'.padStart(7)}`);
  for (const r of board.rows) {
    lines.push(`${(String(r.rank) + (r.tied ? '=' : '')).padEnd(6)}${cleanName(r.team, 26).padEnd(28)}${r.score.total.toFixed(1).padStart(8)}`
      + `${r.score.growth.toFixed(1).padStart(8)}${r.score.profit.toFixed(1).padStart(8)}${r.score.cloud.toFixed(1).padStart(8)}${r.score.trust.toFixed(1).padStart(8)}`
      + `${r.final.netSales.toFixed(1).padStart(9)}${r.final.awsRevenue.toFixed(1).padStart(8)}${`${(r.final.cloudShare * 100).toFixed(0)}%`.padStart(7)}`);
  }
  if (board.notes.length) lines.push('', ...board.notes);
  if (board.rejected.length) {
    lines.push('', 'Rejected:');
    for (const x of board.rejected) lines.push(terminalLine(`  ${x.source}${x.team ? ` (${x.team})` : ''}: ${x.reason}`));
  }
  process.stdout.write(terminalText(lines.join('\n')) + '\n');
  const gradeName = cleanName(flags['grade-name'] ?? `Flywheel: ${competition.name}`, 100);
  if (!gradeName) throw new InputError('--grade-name: the gradebook column needs a name');
  const outputs: [string, string | undefined, () => string][] = [
    ['csv', flags.csv, () => leaderboardCsv(board)],
    ['moodle', flags.moodle, () => moodleGradeCsv(board, gradeName)],
    ['canvas', flags.canvas, () => canvasGradeCsv(board, gradeName)],
  ];
  for (const [flag, path, render] of outputs) {
    if (!path) continue;
    try {
      writeFileSync(path, render());
    } catch (error) {
      throw new InputError(`--${flag} ${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
});
