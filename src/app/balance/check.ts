// The outcome of one target of the balance report.

export type Status = 'pass' | 'fail' | 'not in this scenario';

export interface Check {
  id: string;
  label: string;
  value: number | null;
  target: string;
  /** 'info': shown, but its target does not apply to this run */
  status: Status | 'info';
  detail: string;
}
