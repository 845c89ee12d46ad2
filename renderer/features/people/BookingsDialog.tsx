import type { PeopleOutcome } from '../../../shared/api/contract';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useT } from '../../i18n';
import { bookingText } from './peopleText';

/** A change that would cancel bookings: the sentence and the bookings; "Toch doorgaan" applies it. */
export function BookingsDialog({ outcome, busy, onConfirm, onCancel }: { outcome: PeopleOutcome; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const { t, lang } = useT();
  return (
    <ConfirmDialog
      title={t('people.bookings.title')}
      confirmLabel={t('people.bookings.confirm')}
      warning
      busy={busy}
      testId="people-bookings-dialog"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>{outcome.message}</p>
      <ul className="manage-conflicts" data-testid="people-bookings-list">
        {outcome.bookings.map((b, i) => (
          <li key={i}>{bookingText(b, lang)}</li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
