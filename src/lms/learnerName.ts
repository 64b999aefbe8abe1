import { cleanName } from '../app/names';
import { TEAM_NAME_MAX } from '../app/result';

// SCORM 1.2 gives the learner's name as "Last, First"; a team name reads better as "First Last".

export function teamNameFromLearner(studentName: string): string {
  const comma = studentName.indexOf(',');
  const name = comma < 0 ? studentName : `${studentName.slice(comma + 1)} ${studentName.slice(0, comma)}`;
  return cleanName(name, TEAM_NAME_MAX);
}
