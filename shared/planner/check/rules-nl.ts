// Dutch headings for the SPEC's hard rules, for grouping conflicts in the panel and the CLI.
export const RULE_TITLES_NL: Record<number, string> = {
  0: 'Opbouw van het plan',
  1: 'Eén plek tegelijk (deelnemer)',
  2: 'Ruimtes',
  3: 'Consulenten',
  4: 'Tolken en taal',
  5: 'Laptops bij de toets',
  6: 'Groepsgrootte',
  7: 'Proeflessen en startklas-plaatsen',
  8: 'Niet eerder dan mogelijk',
  9: 'Opvang voor kinderen',
  10: 'Rooster en werkdagen',
};

export const COST_LABELS_NL = {
  unplanned: 'Niet ingepland (× prioriteit)',
  interpreter: 'Tolkminuten',
  consultant: 'Consulentminuten',
  childcare: 'Opvangboekingen',
  travel: 'Reisminuten',
  householdImbalance: 'Ongelijkheid binnen huishoudens',
  total: 'Totaal',
} as const;
