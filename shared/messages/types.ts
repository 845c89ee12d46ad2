// Messages as data: services say what happened with a code and typed parameters (people,
// times, places by name), and whoever shows it writes the sentence in the reader's language.
// No parameter is an internal id: people and places travel by name.
import type { DemandKind } from '../domain/kinds';

/** What tells two people with the same name apart, shown only when names collide. */
export interface PersonHint {
  gemeente?: string;
  birthYear?: number;
  clientNumber?: string;
}

export type MsgParam =
  /** A name or other text that is the same in every language (a place, a school, a room). */
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'person'; name: string; hint?: PersonHint }
  /** 'YYYY-MM-DD': "di 24 nov" (with the year when asked). */
  | { type: 'date'; value: string; withYear?: boolean }
  /** 'HH:MM'. */
  | { type: 'time'; value: string }
  /** Naive local 'YYYY-MM-DDTHH:MM' start and end: "di 24 nov 09:00-11:00". */
  | { type: 'span'; start: string; end: string }
  | { type: 'kind'; value: DemandKind }
  /** Days until a term: "vandaag", "morgen", "nog 3 dagen", "2 dagen te laat". */
  | { type: 'daysLeft'; value: number }
  /** A child's age in months: "7 maanden", "2 jaar". */
  | { type: 'age'; months: number }
  /** "A, B en C". */
  | { type: 'list'; items: MsgParam[] }
  /** A sentence inside a sentence (a reason, a cause). */
  | { type: 'msg'; value: Msg };

export interface Msg {
  code: string;
  params: Record<string, MsgParam>;
}

export function msg(code: string, params: Record<string, MsgParam | string | number> = {}): Msg {
  const out: Record<string, MsgParam> = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = typeof v === 'string' ? { type: 'text', value: v } : typeof v === 'number' ? { type: 'number', value: v } : v;
  }
  return { code, params: out };
}

/** Parameter builders, so call sites read as what they say. */
export const p = {
  text: (value: string): MsgParam => ({ type: 'text', value }),
  number: (value: number): MsgParam => ({ type: 'number', value }),
  person: (name: string, hint?: PersonHint): MsgParam => (hint && Object.keys(hint).length > 0 ? { type: 'person', name, hint } : { type: 'person', name }),
  date: (value: string, withYear = false): MsgParam => (withYear ? { type: 'date', value, withYear } : { type: 'date', value }),
  time: (value: string): MsgParam => ({ type: 'time', value }),
  span: (start: string, end: string): MsgParam => ({ type: 'span', start, end }),
  kind: (value: DemandKind): MsgParam => ({ type: 'kind', value }),
  daysLeft: (value: number): MsgParam => ({ type: 'daysLeft', value }),
  age: (months: number): MsgParam => ({ type: 'age', months }),
  list: (items: MsgParam[]): MsgParam => ({ type: 'list', items }),
  msg: (value: Msg): MsgParam => ({ type: 'msg', value }),
};
