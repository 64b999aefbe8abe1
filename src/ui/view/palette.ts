// Okabe-Ito colours, chosen to stay distinct for the common kinds of colour blindness. Good news is
// always blue with an up-triangle and bad news orange with a down-triangle, so colour is never the
// only signal.

export const OKABE_ITO = {
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

export const THEME = {
  background: 0x0e1621,
  panel: 0x172232,
  panelRaised: 0x1f2d42,
  panelBorder: 0x33465f,
  locked: 0x141c27,
  text: 0xf3f5f8,
  muted: 0xa9b6c6,
  faint: 0x8595aa,
  good: OKABE_ITO.skyBlue,
  bad: OKABE_ITO.orange,
  focus: OKABE_ITO.yellow,
  picked: OKABE_ITO.blue,
  done: OKABE_ITO.bluishGreen,
  accent: OKABE_ITO.orange,
  /** the primary button's and the chosen dial level's fill */
  primary: 0x0a436a,
  /** a text field's fill */
  field: 0x0b1119,
  cardPicked: 0x0b3a5c,
  cardPickedText: 0xcfe8f7,
  cardDone: 0x0f2a25,
  cardDoneTitle: 0xcfe9e1,
  cardDoneText: 0x8fd3bd,
  cardLockedBorder: 0x243041,
} as const;

/** Series colours for charts, one per headline figure. */
export const SERIES = {
  netSales: OKABE_ITO.skyBlue,
  operatingIncome: OKABE_ITO.bluishGreen,
  awsRevenue: OKABE_ITO.orange,
  cloudShare: OKABE_ITO.reddishPurple,
  primeMembersMillions: OKABE_ITO.yellow,
  cash: OKABE_ITO.blue,
  trust: OKABE_ITO.vermillion,
  marketCap: OKABE_ITO.skyBlue,
  history: 0x8a98ab,
} as const;

export function css(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
