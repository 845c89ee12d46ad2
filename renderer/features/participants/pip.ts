import { daysBetween, type IsoDate } from '../../../shared/domain/week';
import type { MessageKey, Params } from '../../i18n/translate';

/** Fewer days than this before the PIP deadline and the coordinator must act now. */
export const PIP_WARNING_DAYS = 14;

export interface PipStatus {
  daysLeft: number;
  urgent: boolean;
  label: { key: MessageKey; params?: Params };
}

export function pipStatus(deadline: IsoDate, today: IsoDate): PipStatus {
  const daysLeft = daysBetween(today, deadline);
  const urgent = daysLeft < PIP_WARNING_DAYS;
  let label: PipStatus['label'];
  if (daysLeft > 1) label = { key: 'pip.daysLeft', params: { days: daysLeft } };
  else if (daysLeft === 1) label = { key: 'pip.dayLeft' };
  else if (daysLeft === 0) label = { key: 'pip.today' };
  else if (daysLeft === -1) label = { key: 'pip.overdueOne' };
  else label = { key: 'pip.overdue', params: { days: -daysLeft } };
  return { daysLeft, urgent, label };
}
