// The sentences a management change answers with, as messages (shared/messages/catalog/manage.ts):
// the renderer writes them in the reader's language. Pure wording; the services fill in names.
import { msg, p, plannedUseMsg, type ManageCount, type Msg, type MsgParam } from '../../../shared/messages';
import type { ManageDeactivated, ManageStillUsed } from '../../../shared/messages/catalog/manage';
import { isoWeekOf } from '../../../shared/domain/week';
import type { RemoveResult, SaveResult } from '../../../db/repositories/manage-common';
import type { Usage } from '../../../db/repositories/region-usage';

/** "Zaal 1 is aangemaakt." / "Zaal 1 is opgeslagen." / "Zaal 1: er is niets gewijzigd." */
export function savedMsg(name: MsgParam | string, r: SaveResult): Msg {
  if (r.created) return msg('manage.saved.created', { name });
  return r.fields.length ? msg('manage.saved.saved', { name }) : msg('manage.saved.unchanged', { name });
}

/** "3 sessies vanaf week 49" (u.future > 0). */
function usesFrom(what: ManageCount, u: Usage): MsgParam {
  return p.msg(plannedUseMsg(what, u)!);
}

/**
 * "Zaal 1 wordt nog gebruikt door 3 sessies vanaf week 49; als u doorgaat, …", or null when
 * nothing from this week on uses it.
 */
export function stillUsedOrNull(row: ManageStillUsed, name: MsgParam | string, u: Usage, what: ManageCount): Msg | null {
  if (u.future === 0) return null;
  return msg(`manage.stillUsed.${row}`, { name, uses: usesFrom(what, u) });
}

/** What a removal did, with what happens to the plans that pointed at it (`name`: the row as the sentence names it). */
export function removedMsg(r: RemoveResult, what: ManageCount, deactivated: ManageDeactivated = 'outOfUse', name: MsgParam | string = r.name): Msg {
  if (r.action === 'deleted') return msg('manage.removed.deleted', { name });
  const done = p.msg(msg(`manage.deactivated.${deactivated}`, { name }));
  const first = r.usage.past
    ? msg('manage.removed.keptPast', { done, past: p.msg(msg(`manage.count.${what}`, { n: r.usage.past })), n: r.usage.past })
    : msg('manage.removed.done', { done });
  if (!r.usage.future) return first;
  return msg('manage.removed.stillPlanned', { done: p.msg(first), uses: usesFrom(what, r.usage), n: r.usage.future });
}

/** "Het intakemoment op dinsdag 10:00" (as a sentence's subject) or "het intakemoment …" (inside one). */
export function intakeParam(i: { weekday: number; start: string }, inside = false): MsgParam {
  return p.msg(msg(inside ? 'manage.intake.object' : 'manage.intake.subject', { day: p.msg(msg(`manage.weekday.${i.weekday}`)), time: p.time(i.start) }));
}

/** Week numbers as a list: "48 en 49". */
export function weeksParam(mondays: string[]): MsgParam {
  return p.list(mondays.map((m) => p.number(isoWeekOf(m).week)));
}
