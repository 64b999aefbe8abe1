import type { Leaderboard } from './leaderboard';
import { csvField } from './names';

// Grade files for an LMS gradebook, from a verified leaderboard: Moodle's grade import (CSV, one
// column naming the learner, one the grade) and Canvas's gradebook import (its export's columns:
// Student, ID, SIS User ID, SIS Login ID, Section, then the assignment, with a Points Possible row).
// A team names its members by putting their student ids in square brackets at the end of its name,
// "Night Owls [s1001, s1002]": each id gets a row with the team's grade. A team without ids gets one
// row under its name, for the instructor to match by hand. Grades are out of 100, as in the SCORM
// package: the scorecard's 1000 points divided by ten, to a tenth of a point.

export const GRADE_MAX = 100;
const MAX_IDS = 12;
const CRLF = '\r\n';

/** The scorecard's 0-1000 points as a grade out of 100, to one decimal. */
export function gradeOutOf100(points: number): number {
  if (!Number.isFinite(points)) return 0;
  return Math.min(GRADE_MAX, Math.max(0, Math.round(points) / 10));
}

/** A team's name without its ids, and the ids it lists in square brackets at the end. */
export function teamMembers(team: string): { name: string; ids: string[] } {
  const match = /\[([^[\]]*)\]\s*$/.exec(team);
  if (!match) return { name: team.trim(), ids: [] };
  const ids = [...new Set(match[1]!.split(/[\s,;]+/).filter((id) => id !== ''))].slice(0, MAX_IDS);
  return { name: team.slice(0, match.index).trim() || team.trim(), ids };
}

export interface GradeRow {
  /** the student id the team entered, or '' when it entered none */
  studentId: string;
  team: string;
  rank: number;
  grade: number;
}

/** One row per student id (one per team without ids), in the leaderboard's order. */
export function gradeRows(board: Leaderboard): GradeRow[] {
  return board.rows.flatMap((row) => {
    const { name, ids } = teamMembers(row.team);
    const grade = gradeOutOf100(row.score.total);
    return (ids.length > 0 ? ids : ['']).map((studentId) => ({ studentId, team: name, rank: row.rank, grade }));
  });
}

/** A text field per RFC 4180, always quoted, with a formula's first character defused. */
const text = csvField;

function lines(rows: (string | number)[][]): string {
  return rows.map((r) => r.join(',')).join(CRLF) + CRLF;
}

/**
 * Moodle: Grades > Import > CSV file. "Identify user by" maps the "ID number" column to the
 * learner's ID number (or email or username, whichever the ids are); the grade column maps to the
 * activity's grade item or a new one; "Feedback" is optional text shown with the grade.
 */
export function moodleGradeCsv(board: Leaderboard, itemName: string): string {
  const head = [text('ID number'), text('Team'), text(itemName), text('Feedback')];
  const body = gradeRows(board).map((r) => [
    text(r.studentId), text(r.team), r.grade.toFixed(1), text(`Rank ${r.rank}, verified by replay`),
  ]);
  return lines([head, ...body]);
}

/**
 * Canvas: Grades > Import. Canvas finds each student by ID, SIS User ID or SIS Login ID (or the
 * name); the ids the teams entered go under SIS User ID. A column Canvas does not know yet becomes
 * a new assignment, worth what the Points Possible row says.
 */
export function canvasGradeCsv(board: Leaderboard, assignmentName: string): string {
  const head = ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', assignmentName].map(text);
  const points = [text('Points Possible'), '', '', '', '', GRADE_MAX.toFixed(1)];
  const body = gradeRows(board).map((r) => [text(r.team), '', text(r.studentId), '', '', r.grade.toFixed(1)]);
  return lines([head, points, ...body]);
}
