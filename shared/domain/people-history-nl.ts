// A client's history in Dutch (the command line, the log and the services' Dutch beside the
// message): the messages of people-history.ts written in Dutch.
import { renderMsg } from '../messages';
import { CATALOG } from '../messages/catalog';
import { actorMsg, fieldMsg, historyMsg, type ActorNames, type HistoryRowIn } from './people-history';

export type { HistoryRowIn } from './people-history';

/** Field names of a participant, household or child as the forms call them, in Dutch, by field. */
export const FIELD_NL: Record<string, string> = Object.fromEntries(
  Object.entries(CATALOG)
    .filter(([code]) => code.startsWith('history.field.') && code !== 'history.field.other')
    .map(([code, entry]) => [code.slice('history.field.'.length), entry.nl]),
);

/** A field's Dutch name; one the catalogue does not know reads "overige gegevens". */
export function fieldNl(field: string): string {
  return renderMsg(fieldMsg(field), 'nl');
}

/** What an audit row about a client says, in one Dutch sentence without ids. */
export function historyTextNl(row: HistoryRowIn): string {
  return renderMsg(historyMsg(row), 'nl');
}

/** Who did it, from the audit actor ('coordinator', 'consultant:C-01', 'demo'...). */
export function actorNl(actor: string, names: ActorNames): string {
  return renderMsg(actorMsg(actor, names), 'nl');
}
