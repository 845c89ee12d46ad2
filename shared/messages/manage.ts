// Builders for Beheer's refusals (catalog/manage.ts): what a refusal is about, and what still
// uses a row, so the repositories and services say them one way.
import type { ManageCount, ManageThing } from './catalog/manage';
import { msg, p, type Msg, type MsgParam } from './types';

export type { ManageCount, ManageThing } from './catalog/manage';

/** "Deze ruimte" / "This room" as a parameter. */
export function thingParam(thing: ManageThing): MsgParam {
  return p.msg(msg(`manage.thing.${thing}`));
}

/** "Deze ruimte bestaat niet (meer)." */
export function goneMsg(thing: ManageThing): Msg {
  return msg('manage.gone', { what: thingParam(thing) });
}

/** "De gekozen locatie bestaat niet (meer); kies een andere." */
export function refGoneMsg(thing: ManageThing): Msg {
  return msg('manage.refGone', { what: thingParam(thing) });
}

/** "2 locaties en 1 deelnemer": the counts above zero as a list, or null when none is. */
export function usesParam(counts: [ManageCount, number][]): MsgParam | null {
  const items = counts.filter(([, n]) => n > 0).map(([what, n]) => p.msg(msg(`manage.count.${what}`, { n })));
  return items.length ? p.list(items) : null;
}
