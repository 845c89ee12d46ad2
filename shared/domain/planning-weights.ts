// The planning weights of the SPEC's cost section (region.weights), as a coordinator sets them:
// per weight a level in plain words (low, normal, high) instead of a raw number, and presets
// that set all six at once. The numbers behind the levels are the only place the raw values
// live; 'normal' is the SPEC default the demo region and a new region start with.

export const WEIGHT_KEYS = ['unplanned', 'interpreterMinute', 'consultantMinute', 'childcareSlot', 'travelMinute', 'householdImbalance'] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];
export type Weights = Record<WeightKey, number>;

export const WEIGHT_LEVELS = ['low', 'normal', 'high'] as const;
export type WeightLevel = (typeof WEIGHT_LEVELS)[number];
/** A stored number that is none of the levels (set by hand or by an older version) stays 'custom'. */
export type WeightChoice = WeightLevel | 'custom';

/** The cost numbers behind each level (integers, as the SPEC's cost is). */
export const WEIGHT_VALUES: Record<WeightKey, Record<WeightLevel, number>> = {
  unplanned: { low: 300, normal: 1000, high: 3000 },
  interpreterMinute: { low: 0, normal: 1, high: 3 },
  consultantMinute: { low: 0, normal: 1, high: 3 },
  childcareSlot: { low: 10, normal: 40, high: 120 },
  travelMinute: { low: 1, normal: 2, high: 6 },
  householdImbalance: { low: 200, normal: 600, high: 1800 },
};

export const DEFAULT_WEIGHTS: Weights = {
  unplanned: WEIGHT_VALUES.unplanned.normal,
  interpreterMinute: WEIGHT_VALUES.interpreterMinute.normal,
  consultantMinute: WEIGHT_VALUES.consultantMinute.normal,
  childcareSlot: WEIGHT_VALUES.childcareSlot.normal,
  travelMinute: WEIGHT_VALUES.travelMinute.normal,
  householdImbalance: WEIGHT_VALUES.householdImbalance.normal,
};

interface Text {
  nl: string;
  en: string;
}

/** What each weight means for the plan, and what its levels do, in plain words. */
export const WEIGHT_INFO: Record<WeightKey, { label: Text; explanation: Text; levels: Record<WeightLevel, Text> }> = {
  unplanned: {
    label: { nl: 'Iedereen inplannen', en: 'Plan everyone' },
    explanation: {
      nl: 'Hoe zwaar het telt als iemand deze week geen plek krijgt. Mensen met een naderende termijn tellen altijd zwaarder.',
      en: 'How much it counts when someone gets no place this week. People with a close deadline always count more.',
    },
    levels: {
      low: { nl: 'Liever een goedkope, rustige week dan iedereen erin.', en: 'A cheap, calm week over fitting everyone in.' },
      normal: { nl: 'Zoveel mogelijk mensen inplannen, zonder kosten en reistijd te vergeten.', en: 'Plan as many people as possible, minding cost and travel.' },
      high: {
        nl: 'Iedereen inplannen gaat voor bijna alles: extra tolken, consulenten en reistijd.',
        en: 'Fitting everyone in comes first: extra interpreters, consultants and travel.',
      },
    },
  },
  interpreterMinute: {
    label: { nl: 'Tolkuren besparen', en: 'Save interpreter hours' },
    explanation: {
      nl: 'Elke minuut met een tolk kost geld. Bij hoog voegt de planner talen liever samen of kiest hij een consulent die de taal spreekt.',
      en: 'Every interpreter minute costs money. On high the planner prefers a consultant who speaks the language.',
    },
    levels: {
      low: { nl: 'Tolkkosten tellen niet mee.', en: 'Interpreter cost does not count.' },
      normal: { nl: 'Tolkminuten tellen gewoon mee.', en: 'Interpreter minutes count normally.' },
      high: { nl: 'Zo min mogelijk tolkminuten.', en: 'As few interpreter minutes as possible.' },
    },
  },
  consultantMinute: {
    label: { nl: 'Consulenturen besparen', en: 'Save consultant hours' },
    explanation: {
      nl: 'Elke nieuwe sessie kost consulenttijd. Bij hoog maakt de planner liever minder, vollere groepen.',
      en: 'Every new session costs consultant time. On high the planner prefers fewer, fuller groups.',
    },
    levels: {
      low: { nl: 'Consulenttijd telt niet mee.', en: 'Consultant time does not count.' },
      normal: { nl: 'Consulenttijd telt gewoon mee.', en: 'Consultant time counts normally.' },
      high: { nl: 'Zo weinig mogelijk sessies: vollere groepen.', en: 'As few sessions as possible: fuller groups.' },
    },
  },
  childcareSlot: {
    label: { nl: 'Opvangplekken sparen', en: 'Save childcare places' },
    explanation: {
      nl: 'Elke geboekte opvangplek telt. Bij hoog plant de planner ouders liever op momenten dat de kinderen al op school zijn of de ander thuis is.',
      en: 'Every childcare booking counts. On high the planner prefers times when the children are at school or the other parent is home.',
    },
    levels: {
      low: { nl: 'Opvang boeken is geen bezwaar.', en: 'Booking childcare is no problem.' },
      normal: { nl: 'Opvang alleen waar het nodig is.', en: 'Childcare only where needed.' },
      high: { nl: 'Opvangplekken zijn schaars: zo min mogelijk boeken.', en: 'Childcare places are scarce: book as few as possible.' },
    },
  },
  travelMinute: {
    label: { nl: 'Korte reistijd', en: 'Short travel' },
    explanation: {
      nl: 'Hoe ver deelnemers van huis moeten reizen. Bij hoog krijgt iemand liever een plek dicht bij huis, ook als dat later in de week is.',
      en: 'How far participants travel from home. On high someone rather gets a place close to home, even later in the week.',
    },
    levels: {
      low: { nl: 'Reistijd maakt weinig uit.', en: 'Travel matters little.' },
      normal: { nl: 'Reistijd telt gewoon mee.', en: 'Travel counts normally.' },
      high: { nl: 'Zo dicht mogelijk bij huis.', en: 'As close to home as possible.' },
    },
  },
  householdImbalance: {
    label: { nl: 'Beide ouders aan de beurt', en: 'Both parents get their turn' },
    explanation: {
      nl: 'Voorkomt dat steeds dezelfde ouder thuisblijft omdat er maar één tegelijk weg kan.',
      en: 'Keeps the same parent from always staying home because only one can be away at a time.',
    },
    levels: {
      low: { nl: 'Niet op letten wie van de ouders aan de beurt is.', en: 'Do not mind which parent gets their turn.' },
      normal: { nl: 'Ouders zo eerlijk mogelijk om en om.', en: 'Parents take turns as fairly as possible.' },
      high: { nl: 'Eerlijk om en om gaat vóór andere wensen.', en: 'Fair turns come before other wishes.' },
    },
  },
};

export const WEIGHT_PRESET_IDS = ['balanced', 'everyone', 'thrifty', 'families', 'nearHome'] as const;
export type WeightPresetId = (typeof WEIGHT_PRESET_IDS)[number];

/** Sensible combinations, so a coordinator picks a goal rather than six levels. */
export const WEIGHT_PRESETS: Record<WeightPresetId, { label: Text; explanation: Text; levels: Record<WeightKey, WeightLevel> }> = {
  balanced: {
    label: { nl: 'Evenwichtig (aanbevolen)', en: 'Balanced (recommended)' },
    explanation: { nl: 'Zoveel mogelijk mensen inplannen, met oog voor kosten, reistijd en gezinnen.', en: 'Plan as many people as possible, minding cost, travel and families.' },
    levels: { unplanned: 'normal', interpreterMinute: 'normal', consultantMinute: 'normal', childcareSlot: 'normal', travelMinute: 'normal', householdImbalance: 'normal' },
  },
  everyone: {
    label: { nl: 'Iedereen erin', en: 'Everyone in' },
    explanation: {
      nl: 'Voor drukke weken met termijnen: iedereen een plek, ook als het meer tolk- en reistijd kost.',
      en: 'For busy weeks with deadlines: a place for everyone, even at more interpreter and travel time.',
    },
    levels: { unplanned: 'high', interpreterMinute: 'low', consultantMinute: 'low', childcareSlot: 'normal', travelMinute: 'low', householdImbalance: 'normal' },
  },
  thrifty: {
    label: { nl: 'Zuinig', en: 'Thrifty' },
    explanation: {
      nl: 'Weinig tolk- en consulenturen: vollere groepen, wie niet past komt een volgende week.',
      en: 'Few interpreter and consultant hours: fuller groups, whoever does not fit comes another week.',
    },
    levels: { unplanned: 'low', interpreterMinute: 'high', consultantMinute: 'high', childcareSlot: 'normal', travelMinute: 'normal', householdImbalance: 'normal' },
  },
  families: {
    label: { nl: 'Gezinnen eerst', en: 'Families first' },
    explanation: { nl: 'Beide ouders komen om en om aan de beurt; opvang boeken mag daarvoor.', en: 'Both parents take turns; booking childcare for that is fine.' },
    levels: { unplanned: 'normal', interpreterMinute: 'normal', consultantMinute: 'normal', childcareSlot: 'low', travelMinute: 'normal', householdImbalance: 'high' },
  },
  nearHome: {
    label: { nl: 'Dicht bij huis', en: 'Close to home' },
    explanation: {
      nl: 'Deelnemers reizen zo kort mogelijk; een plek verderop komt pas als het niet anders kan.',
      en: 'Participants travel as little as possible; a place further away only if needed.',
    },
    levels: { unplanned: 'normal', interpreterMinute: 'normal', consultantMinute: 'normal', childcareSlot: 'normal', travelMinute: 'high', householdImbalance: 'normal' },
  },
};

/** The level a stored number stands for, or 'custom' when it is none of them. */
export function weightLevelOf(key: WeightKey, value: number): WeightChoice {
  return WEIGHT_LEVELS.find((l) => WEIGHT_VALUES[key][l] === value) ?? 'custom';
}

/** The numbers for the chosen levels; 'custom' keeps the current number. */
export function weightsFromLevels(levels: Record<WeightKey, WeightChoice>, current: Weights): Weights {
  const out = { ...current };
  for (const k of WEIGHT_KEYS) if (levels[k] !== 'custom') out[k] = WEIGHT_VALUES[k][levels[k] as WeightLevel];
  return out;
}

/** The preset whose levels these are, if any. */
export function presetOf(levels: Record<WeightKey, WeightChoice>): WeightPresetId | null {
  return WEIGHT_PRESET_IDS.find((id) => WEIGHT_KEYS.every((k) => WEIGHT_PRESETS[id].levels[k] === levels[k])) ?? null;
}
