// The move catalogue: every kind of action once, with the lists its fields take. The Action type,
// the replay codec's wire order and the year's canonical order all come from here. The rules that
// need a state (locks, what a move records) are in moveRules.ts, keyed by the same kinds.

/** Every action kind, in wire order: the replay codec writes a kind as its index here. Append only. */
export const ACTION_KINDS = [
  'apiMandate', 'openMarketplace', 'openDeveloperPlatform', 'launchPrime', 'launchService',
  'rentSpareCapacity', 'priceCuts', 'capex', 'retailInvestment', 'govCloud', 'discloseAws',
  'bidJedi', 'protestJedi', 'launchGenAi', 'outageResponse',
] as const;

/** The three core services, in wire order. */
export const SERVICES = ['sqs', 's3', 'ec2'] as const;
/** Who builds compute (EC2): a separate team, or retail's own engineers. */
export const TEAMS = ['remote', 'core'] as const;
/** The settings of the two spending dials. */
export const LEVELS = ['lean', 'steady', 'aggressive'] as const;
/** The ways to handle a major outage. */
export const OUTAGE_PLANS = ['transparent', 'quiet', 'resilience'] as const;

export type ActionKind = typeof ACTION_KINDS[number];
export type ServiceId = typeof SERVICES[number];
export type Team = typeof TEAMS[number];
export type Level = typeof LEVELS[number];
export type OutagePlan = typeof OUTAGE_PLANS[number];

/** What each kind carries besides its kind. A kind missing here fails to compile. */
interface ActionFields {
  apiMandate: object;
  openMarketplace: object;
  openDeveloperPlatform: object;
  launchPrime: object;
  launchService: { service: ServiceId; team?: Team };
  rentSpareCapacity: object;
  priceCuts: { count: number; depthPercent: number };
  capex: { level: Level };
  retailInvestment: { level: Level };
  govCloud: object;
  discloseAws: object;
  bidJedi: object;
  protestJedi: object;
  launchGenAi: object;
  outageResponse: { plan: OutagePlan };
}

export type Action = { [K in ActionKind]: { kind: K } & ActionFields[K] }[ActionKind];
export type ActionOf<K extends ActionKind> = Extract<Action, { kind: K }>;

/** One key per distinct move: a kind, or a kind and its service. At most one move per key a year. */
export type MoveKey = Exclude<ActionKind, 'launchService'> | `launchService:${ServiceId}`;

/** How a move is played: once (a card), a dial set every year, the year's price cuts, a crisis response. */
export type MoveRole = 'oneOff' | 'dial' | 'priceCuts' | 'response';

export interface MoveEntry {
  key: MoveKey;
  kind: ActionKind;
  service?: ServiceId;
  role: MoveRole;
  /** earliest year, before any scenario gate (0: no such gate) */
  earliest: number;
}

/**
 * Every move in the year's canonical order: a move always comes after the moves it relies on (the
 * APIs before the developer platform, a service before its price cuts, compute before the government
 * region), so a year's set of moves is checked the same way whatever order it was listed in.
 */
export const MOVES: readonly MoveEntry[] = [
  { key: 'apiMandate', kind: 'apiMandate', role: 'oneOff', earliest: 0 },
  { key: 'openMarketplace', kind: 'openMarketplace', role: 'oneOff', earliest: 0 },
  { key: 'openDeveloperPlatform', kind: 'openDeveloperPlatform', role: 'oneOff', earliest: 2002 },
  { key: 'launchPrime', kind: 'launchPrime', role: 'oneOff', earliest: 2003 },
  { key: 'launchService:sqs', kind: 'launchService', service: 'sqs', role: 'oneOff', earliest: 2002 },
  { key: 'launchService:s3', kind: 'launchService', service: 's3', role: 'oneOff', earliest: 2002 },
  { key: 'launchService:ec2', kind: 'launchService', service: 'ec2', role: 'oneOff', earliest: 2002 },
  { key: 'rentSpareCapacity', kind: 'rentSpareCapacity', role: 'oneOff', earliest: 2002 },
  { key: 'priceCuts', kind: 'priceCuts', role: 'priceCuts', earliest: 0 },
  { key: 'capex', kind: 'capex', role: 'dial', earliest: 0 },
  { key: 'retailInvestment', kind: 'retailInvestment', role: 'dial', earliest: 0 },
  { key: 'govCloud', kind: 'govCloud', role: 'oneOff', earliest: 2009 },
  { key: 'discloseAws', kind: 'discloseAws', role: 'oneOff', earliest: 0 },
  { key: 'bidJedi', kind: 'bidJedi', role: 'oneOff', earliest: 0 },
  { key: 'protestJedi', kind: 'protestJedi', role: 'oneOff', earliest: 0 },
  { key: 'launchGenAi', kind: 'launchGenAi', role: 'oneOff', earliest: 0 },
  { key: 'outageResponse', kind: 'outageResponse', role: 'response', earliest: 0 },
];

export const MOVE_KEYS: readonly MoveKey[] = MOVES.map((move) => move.key);

const RANK = new Map<string, number>(MOVES.map((move, index) => [move.key, index]));
const ENTRY = new Map<string, MoveEntry>(MOVES.map((move) => [move.key, move]));

export function keyOf(action: Action): MoveKey {
  return action.kind === 'launchService' ? `launchService:${action.service}` : action.kind;
}

const SERVICE_RANK = RANK.get('launchService:sqs')!;
const KIND_RANK = new Map<string, number>(MOVES.filter((m) => m.kind !== 'launchService').map((m) => [m.kind, RANK.get(m.key)!]));
const EARLIEST = MOVES.map((m) => m.earliest);

/** An action's place in the year's canonical order, without building its key (the turn's hot path). */
export function rankOfAction(action: Action): number {
  if (action.kind === 'launchService') return SERVICE_RANK + SERVICES.indexOf(action.service);
  return KIND_RANK.get(action.kind) ?? MOVES.length;
}

/** The earliest year of the move at a canonical rank. */
export function earliestAt(rank: number): number {
  return EARLIEST[rank] ?? 0;
}

/** A move's place in the year's canonical order (unknown keys last). */
export function rankOf(key: string): number {
  return RANK.get(key) ?? MOVES.length;
}

export function moveEntry(key: MoveKey): MoveEntry {
  return ENTRY.get(key)!;
}

export function isActionKind(value: unknown): value is ActionKind {
  return typeof value === 'string' && (ACTION_KINDS as readonly string[]).includes(value);
}

/** The value a dial's setting picks out of three. */
export function byLevel(level: Level, lean: number, steady: number, aggressive: number): number {
  return level === 'lean' ? lean : level === 'aggressive' ? aggressive : steady;
}

export const SERVICE_NAMES: Record<ServiceId, string> = {
  sqs: 'a message queue (SQS)',
  s3: 'storage (S3)',
  ec2: 'compute (EC2)',
};

export const PRICE_CUTS_MAX = 20;
export const PRICE_DEPTH_MAX = 40;
export const PRICE_DEPTH_PER_CUT_MAX = 10;
