// The kinds of places and providers a region keeps, and how an interpreter works, named once
// with the Dutch words the management forms show.

export const LOCATION_KINDS = ['gemeentehuis', 'taalschool', 'startklas', 'kinderopvang', 'woonkern', 'overig'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];
export const LOCATION_KIND_NL: Record<LocationKind, string> = {
  gemeentehuis: 'gemeentehuis',
  taalschool: 'taalschool',
  startklas: 'startklas',
  kinderopvang: 'kinderopvang',
  woonkern: 'woonkern',
  overig: 'overig',
};

export const CHILDCARE_KINDS = ['kinderopvang', 'vve', 'bso'] as const;
export type ChildcareKind = (typeof CHILDCARE_KINDS)[number];
export const CHILDCARE_KIND_NL: Record<ChildcareKind, string> = { kinderopvang: 'kinderopvang', vve: 'VVE', bso: 'BSO' };

/** How an interpreter works: on site, by phone, or either (informative; the planner does not distinguish). */
export const INTERPRETER_MODES = ['inPerson', 'phone', 'both'] as const;
export type InterpreterMode = (typeof INTERPRETER_MODES)[number];
export const INTERPRETER_MODE_NL: Record<InterpreterMode, string> = { inPerson: 'ter plekke', phone: 'telefonisch', both: 'ter plekke of telefonisch' };
