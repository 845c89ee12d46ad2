// Telling people with the same name apart: three "Mohammed Mansour" must not read as one.
import type { PersonHint } from './types';

export interface NamedPerson {
  id: string;
  name: string;
  gemeente?: string;
  birthYear?: number;
  clientNumber?: string;
}

/**
 * Per person the least that sets them apart from others with the same name: nothing when the
 * name is unique, else the gemeente, then also the birth year, then the client number.
 */
export function distinguishPeople(people: readonly NamedPerson[]): Map<string, PersonHint | undefined> {
  const byName = new Map<string, NamedPerson[]>();
  for (const person of people) {
    const key = person.name.trim().toLocaleLowerCase('nl');
    const group = byName.get(key);
    if (group) group.push(person);
    else byName.set(key, [person]);
  }
  const out = new Map<string, PersonHint | undefined>();
  const levels: ((q: NamedPerson) => PersonHint)[] = [
    (q) => ({ gemeente: q.gemeente }),
    (q) => ({ gemeente: q.gemeente, birthYear: q.birthYear }),
    (q) => ({ gemeente: q.gemeente, birthYear: q.birthYear, clientNumber: q.clientNumber }),
  ];
  const keyOf = (h: PersonHint) => `${h.gemeente ?? ''}|${h.birthYear ?? ''}|${h.clientNumber ?? ''}`;
  for (const group of byName.values()) {
    if (group.length === 1) {
      out.set(group[0]!.id, undefined);
      continue;
    }
    let chosen = levels[levels.length - 1]!;
    for (const level of levels) {
      const keys = new Set(group.map((q) => keyOf(level(q))));
      if (keys.size === group.length) {
        chosen = level;
        break;
      }
    }
    for (const q of group) {
      const hint = Object.fromEntries(Object.entries(chosen(q)).filter(([, v]) => v !== undefined && v !== '')) as PersonHint;
      out.set(q.id, Object.keys(hint).length > 0 ? hint : undefined);
    }
  }
  return out;
}
