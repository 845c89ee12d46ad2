// First start: an empty data folder asks for an own region or the demo; the demo can later be
// removed in one step. createRegion and loadDemo need no profile (there is nobody to choose yet)
// and are refused once a region exists; removeDemo is the coordinator's, for the demo only.
import { z } from 'zod';
import { emptyInput } from './common';

/** The same gemeente twice, whatever the capitals or spaces. */
const gemeenteKey = (name: string) => name.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

export const SetupCreateRegionSchema = z
  .object({
    name: z
      .string({ message: 'Naam van de regio: vul een naam in.' })
      .trim()
      .min(1, { message: 'Naam van de regio: vul een naam in.' })
      .max(100, { message: 'Naam van de regio: te lang (max. 100 tekens).' }),
    gemeenten: z
      .array(
        z
          .string({ message: 'Gemeente: vul een naam in.' })
          .trim()
          .min(1, { message: 'Gemeente: vul een naam in of haal de regel weg.' })
          .max(80, { message: 'Gemeente: naam te lang (max. 80 tekens).' }),
        { message: 'Gemeenten: geef een lijst met namen.' },
      )
      .min(1, { message: 'Gemeenten: vul ten minste één gemeente in.' })
      .max(100, { message: 'Gemeenten: ten hoogste 100 gemeenten.' }),
  })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.gemeenten.forEach((g, i) => {
      const key = gemeenteKey(g);
      if (key && seen.has(key)) ctx.addIssue({ code: 'custom', path: ['gemeenten', i], message: `Gemeente: "${g}" staat al in de lijst.` });
      seen.add(key);
    });
  });
export type SetupCreateRegionInput = z.input<typeof SetupCreateRegionSchema>;

export const setupCalls = {
  'setup.createRegion': {
    input: SetupCreateRegionSchema,
    output: z.object({ name: z.string(), gemeenten: z.array(z.string()) }),
  },
  'setup.loadDemo': {
    input: emptyInput,
    output: z.object({ name: z.string(), participants: z.number().int() }),
  },
  'setup.removeDemo': {
    input: z.object({ confirm: z.literal(true, { message: 'Bevestig het verwijderen van de demoregio.' }) }).strict(),
    output: z.object({ removed: z.string() }),
  },
} as const;
