// The sentences a management change answers with. Pure wording; the services fill in names.
import { countNl, futureUseNl, stillUsedNl } from '../../../shared/domain/manage-nl';
import type { RemoveResult, SaveResult } from '../../../db/repositories/manage-common';
import type { Usage } from '../../../db/repositories/region-usage';

/** "Zaal 1 is aangemaakt." / "Zaal 1 is opgeslagen." / "Zaal 1: er is niets gewijzigd." */
export function savedMessage(name: string, r: SaveResult): string {
  if (r.created) return `${name} is aangemaakt.`;
  return r.fields.length ? `${name} is opgeslagen.` : `${name}: er is niets gewijzigd.`;
}

/**
 * "Zaal 1 wordt nog gebruikt door 3 sessies vanaf week 49; als u doorgaat, …", or null when
 * nothing from this week on uses it.
 */
export function stillUsedOrNull(name: string, u: Usage, one: string, many: string, consequence: string): string | null {
  if (u.future === 0) return null;
  const sentence = stillUsedNl(name, [futureUseNl(u.future, one, many, u.firstWeek)]);
  return `${sentence.slice(0, -1)}; als u doorgaat, ${consequence}.`;
}

/** What a removal did, with what happens to the plans that pointed at it. */
export function removedMessage(r: RemoveResult, one: string, many: string, deactivated = 'is buiten gebruik gesteld'): string {
  if (r.action === 'deleted') return `${r.name} is verwijderd.`;
  const parts = [`${r.name} ${deactivated}`];
  if (r.usage.past) parts.push(`${countNl(r.usage.past, one, many)} uit eerdere weken ${r.usage.past === 1 ? 'blijft' : 'blijven'} bewaard`);
  let text = `${parts.join('; ')}.`;
  if (r.usage.future) {
    const single = r.usage.future === 1;
    text += ` ${futureUseNl(r.usage.future, one, many, r.usage.firstWeek)} ${single ? 'staat' : 'staan'} nog in de planning en ${single ? 'is' : 'zijn'} nu een conflict in de weekplanning.`;
  }
  return text;
}
