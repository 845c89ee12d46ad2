import type { ReactNode } from 'react';
import { plannedUseMsg, type ManageCount } from '../../../shared/messages';
import { useMsg } from '../../i18n';

/** A list's "Gepland" column: what plans use a row from this week on ("3 sessies vanaf week 49"), in the reader's language. */
export function usePlannedUse(): (what: ManageCount, usage: { future: number; firstWeek: string | null }) => ReactNode {
  const writeMsg = useMsg();
  return (what, usage) => {
    const use = plannedUseMsg(what, usage);
    return use ? writeMsg(use) : <span className="muted">—</span>;
  };
}
