import { useId, useState } from 'react';
import type { ChangeOutcome } from '../../../shared/api/contract';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useFieldMsg, useMsg, useT } from '../../i18n';
import { ChangeDialog } from './ChangeDialog';
import { useManageStore, type ListEntity } from './manageStore';

/**
 * Removing a row: first "X verwijderen?"; when the services hold the removal back because planned
 * weeks would get conflicts, those are shown and "Toch verwijderen" confirms it. A refusal
 * (still in use) is handed to `onRefused` in the services' words.
 */
export function RemoveFlow({
  entity,
  id,
  name,
  onClose,
  onRefused,
  transfer,
  text,
}: {
  entity: ListEntity;
  id: string;
  name: string;
  onClose(): void;
  onRefused(message: string): void;
  /** What removing does, when it is not erasing (staff are taken out of use). */
  text?: string;
  /** A consultant with clients: the colleagues who can take them over, and how many there are. */
  transfer?: { clients: number; options: { id: string; name: string }[] };
}) {
  const { t } = useT();
  const m = useMsg();
  const fieldMsg = useFieldMsg();
  const uid = useId();
  const [transferTo, setTransferTo] = useState('');
  const remove = useManageStore((s) => s.remove);
  const [busy, setBusy] = useState(false);
  const [held, setHeld] = useState<ChangeOutcome | null>(null);

  const run = async (flags: { confirm?: boolean; reason?: string | null }) => {
    setBusy(true);
    const result = await remove(entity, id, flags, transferTo ? { transferClientsTo: transferTo } : undefined);
    setBusy(false);
    if (result.outcome?.applied) return onClose();
    if (result.outcome && result.outcome.conflicts.count > 0 && !flags.confirm) return setHeld(result.outcome);
    onRefused(result.error ?? (result.outcome ? m(result.outcome.msg, result.outcome.message) : null) ?? fieldMsg(Object.values(result.fields)[0]) ?? t('manage.removeFailed'));
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
      <p>{text ?? t('manage.removeText', { name })}</p>
      {transfer && transfer.clients > 0 && (
        <div className="manage-field">
          <label htmlFor={`${uid}-transfer`} className="field__label">
            {t('manage.consultants.transfer', { count: transfer.clients })}
          </label>
          <select id={`${uid}-transfer`} value={transferTo} onChange={(e) => setTransferTo(e.target.value)} data-testid="manage-remove-transfer">
            <option value="">{t('manage.choose')}</option>
            {transfer.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </ConfirmDialog>
  );
}
