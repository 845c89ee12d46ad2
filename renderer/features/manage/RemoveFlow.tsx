import { useState } from 'react';
import type { ChangeOutcome } from '../../../shared/api/contract';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useT } from '../../i18n';
import { ChangeDialog } from './ChangeDialog';
import { useManageStore, type ListEntity } from './manageStore';

/**
 * Removing a row: first "X verwijderen?"; when the services hold the removal back because planned
 * weeks would get conflicts, those are shown and "Toch verwijderen" confirms it. A refusal
 * (still in use) is handed to `onRefused` in the services' words.
 */
export function RemoveFlow({ entity, id, name, onClose, onRefused }: { entity: ListEntity; id: string; name: string; onClose(): void; onRefused(message: string): void }) {
  const { t } = useT();
  const remove = useManageStore((s) => s.remove);
  const [busy, setBusy] = useState(false);
  const [held, setHeld] = useState<ChangeOutcome | null>(null);

  const run = async (flags: { confirm?: boolean; reason?: string | null }) => {
    setBusy(true);
    const result = await remove(entity, id, flags);
    setBusy(false);
    if (result.outcome?.applied) return onClose();
    if (result.outcome && result.outcome.conflicts.count > 0 && !flags.confirm) return setHeld(result.outcome);
    onRefused(result.error ?? result.outcome?.message ?? Object.values(result.fields)[0] ?? t('manage.removeFailed'));
    onClose();
  };

  if (held)
    return (
      <ChangeDialog outcome={held} busy={busy} confirmLabel={t('manage.conflicts.confirmRemove')} onCancel={onClose} onConfirm={(reason) => void run({ confirm: true, reason })} />
    );
  return (
    <ConfirmDialog
      title={t('manage.removeTitle', { name })}
      confirmLabel={t('manage.remove')}
      danger
      busy={busy}
      testId="manage-remove-dialog"
      onCancel={onClose}
      onConfirm={() => void run({})}
    >
      <p>{t('manage.removeText', { name })}</p>
    </ConfirmDialog>
  );
}
