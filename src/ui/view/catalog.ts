import type { LeverKind, CardKey } from '../../store/selection';

// What each decision is called on screen and what it does, in a line and in a paragraph.

export interface MoveText {
  key: CardKey;
  hotkey: string;
  title: string;
  detail: string;
}

/** Hotkeys follow the number row, so a move keeps its key all game long. */
export const MOVES: readonly MoveText[] = [
  { key: 'apiMandate', hotkey: '1', title: 'Service APIs',
    detail: 'Every team must talk to the others only through service interfaces. Work slows while the monolith is split up, then speeds up for good.' },
  { key: 'openMarketplace', hotkey: '2', title: 'Marketplace',
    detail: 'Let outside sellers list beside your own stock. You earn a cut of each sale, not the whole price, but the selection grows far faster.' },
  { key: 'openDeveloperPlatform', hotkey: '3', title: 'Developer APIs',
    detail: 'Publish the catalogue as web services for outside developers: the following a cloud will need, and more tools for sellers.' },
  { key: 'launchPrime', hotkey: '4', title: 'Launch Prime',
    detail: 'A yearly fee for free fast shipping. Costly to ship at first; members buy more and more often, winning share of online retail.' },
  { key: 'launchService:sqs', hotkey: '5', title: 'Queues (SQS)',
    detail: 'A message queue sold to outsiders: a small first cloud product. It starts the business and earns trust but covers few workloads.' },
  { key: 'launchService:s3', hotkey: '6', title: 'Storage (S3)',
    detail: 'Storage for anyone, paid by the gigabyte. With compute it covers most of what customers want to move to a cloud.' },
  { key: 'launchService:ec2', hotkey: '7', title: 'Compute (EC2)',
    detail: 'Servers rented by the hour. Press again to have the retail core team build it: sooner ready, but retail slows while they are away.' },
  { key: 'rentSpareCapacity', hotkey: '8', title: 'Rent idle servers',
    detail: 'Rent out retail servers that sit idle outside the holidays. Cheap to start, but customers are evicted every peak season.' },
  { key: 'govCloud', hotkey: '9', title: 'Government region',
    detail: 'An isolated region for public agencies: a one-off cost that earns the credentials big government contracts ask for.' },
  { key: 'discloseAws', hotkey: '0', title: 'Disclose AWS',
    detail: 'Report AWS figures on their own. Investors then value the cloud on its results rather than a guess, for better or worse.' },
  { key: 'jedi', hotkey: '-', title: 'JEDI contract',
    detail: 'Bid for a single-award defence cloud contract. The odds grow with government credentials and your lead; politics does the rest.' },
  { key: 'launchGenAi', hotkey: '=', title: 'Generative AI',
    detail: 'Launch a platform for generative-AI models. Costly to build and run, but a cloud without one loses new workloads to rivals that have it.' },
];

/** The JEDI card once the award is decided: the protest rather than the bid. */
export const JEDI_PROTEST_DETAIL = 'Take a lost award to court: legal costs each year, and a small chance each year that the award is set aside.';

export function moveText(key: CardKey): MoveText {
  return MOVES.find((m) => m.key === key)!;
}

export function moveForHotkey(key: string): CardKey | null {
  return MOVES.find((m) => m.hotkey === key)?.key ?? null;
}

export interface LeverText {
  kind: LeverKind;
  hotkey: string;
  title: string;
  detail: string;
  levels: { lean: string; steady: string; aggressive: string };
}

export const LEVERS: readonly LeverText[] = [
  { kind: 'capex', hotkey: 'D', title: 'Data centres',
    detail: 'How far ahead of demand cloud capacity is built. Too little turns customers away; too much leaves idle servers eating margin and cash.',
    levels: { lean: 'Lean', steady: 'Steady', aggressive: 'Bold' } },
  { kind: 'retailInvestment', hotkey: 'R', title: 'Retail spending',
    detail: 'How hard retail spends on warehouses, delivery and low prices. Bold spending wins share of online retail at the cost of margin.',
    levels: { lean: 'Lean', steady: 'Steady', aggressive: 'Bold' } },
];

export function leverText(kind: LeverKind): LeverText {
  return LEVERS.find((l) => l.kind === kind)!;
}

export const PRICE_CUTS_TEXT = {
  title: 'AWS price cuts',
  detail: 'Cuts announced this year and how far prices fall in all. Cheaper clouds grow the market and earn trust; rivals follow part way.',
};

export const OUTAGE_TEXT = {
  title: 'Major outage',
  detail: 'Nothing can stop it now. How you answer decides how much trust and business it costs, this year and after.',
  plans: {
    transparent: { label: 'Own it', detail: 'A full public account and service credits: costs money now, keeps customers\u2019 trust.' },
    quiet: { label: 'Say little', detail: 'A short statement and nothing more: free today, but customers take it badly.' },
    resilience: { label: 'Rebuild', detail: 'Spend on resilience: costly, but future outages become rarer.' },
  },
} as const;
