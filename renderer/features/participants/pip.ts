import type { TermStatus } from '../../../shared/domain/deadlines';
import { formatDate } from '../../i18n/format';
import type { Lang, MessageKey, Params } from '../../i18n/translate';

export interface PipStatus {
  urgent: boolean;
  label: { key: MessageKey; params?: Params };
}

/**
 * The words for a PIP term the service computed (shared/domain/deadlines: the same term
 * Termijnen and the caseload show); nothing is recomputed here.
 */
export function pipStatus(term: TermStatus, lang: Lang): PipStatus {
  const urgent = term.state === 'missed' || term.state === 'warning';
  let label: PipStatus['label'];
  const d = term.daysLeft;
  // Set after its term: met, with the day and a fixed number of days late (as Termijnen says it).
  if (term.state === 'met' && term.metOn && term.daysLate) label = { key: 'deadlines.metLate.pip', params: { date: formatDate(term.metOn, lang, 'd MMMM'), days: term.daysLate } };
  else if (term.state === 'met') label = { key: 'pip.met' };
  else if (d === null) label = { key: 'pip.unknown' };
  else if (d > 1) label = { key: 'pip.daysLeft', params: { days: d } };
  else if (d === 1) label = { key: 'pip.dayLeft' };
  else if (d === 0) label = { key: 'pip.today' };
  else if (d === -1) label = { key: 'pip.overdueOne' };
  else label = { key: 'pip.overdue', params: { days: -d } };
  return { urgent, label };
}
