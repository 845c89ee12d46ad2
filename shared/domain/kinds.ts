// The kinds of things the keten plans, named once. Everything else (the API contract, the
// planning SPEC types, the repositories, the renderer) imports these.

/** What a participant needs booked (SPEC `Demand.kind`). */
export const DEMAND_KINDS = ['groupInfo', 'toets', 'trialLesson', 'startklasIntake'] as const;
export type DemandKind = (typeof DEMAND_KINDS)[number];

/** The kinds the coordinator plans as sessions with a room (the others are seats in existing activities). */
export const SESSION_KINDS = ['groupInfo', 'toets'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** Dutch names, lower case, as they stand inside a sentence. */
export const KIND_NL: Record<DemandKind, string> = {
  groupInfo: 'groepsvoorlichting',
  toets: 'leerbaarheidstoets',
  trialLesson: 'proefles',
  startklasIntake: 'startklas-intake',
};

/** The laptop a toets needs (SPEC rule 5). */
export const LAPTOP_KINDS = ['touch', 'mouse'] as const;
export type LaptopKind = (typeof LAPTOP_KINDS)[number];

export const DIGITAL_SKILLS = ['none', 'basic', 'good'] as const;
export type DigitalSkill = (typeof DIGITAL_SKILLS)[number];

/** Touch for no or basic digital skill, mouse for good (SPEC rule 5). */
export function laptopKindFor(skill: DigitalSkill): LaptopKind {
  return skill === 'good' ? 'mouse' : 'touch';
}
