// Builders for Beheer's refusals (catalog/manage.ts): what a refusal is about, and what still
// uses a row, so the repositories and services say them one way.
import type { ManageCount, ManageThing } from './catalog/manage';
import { isoWeekOf } from '../domain/week';
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

/** "3 sessies vanaf week 49": what plans use a row from this week on (a list's column, a removal's warning), or null when nothing does. */
export function plannedUseMsg(what: ManageCount, u: { future: number; firstWeek: string | null }): Msg | null {
  if (u.future === 0) return null;
  const uses = msg(`manage.count.${what}`, { n: u.future });
  return u.firstWeek ? msg('manage.usesFrom', { uses: p.msg(uses), week: isoWeekOf(u.firstWeek).week }) : uses;
}
