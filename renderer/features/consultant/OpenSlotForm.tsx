import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import { addDays } from '../../../shared/domain/week';
import { useT } from '../../i18n';
import { useConsultantStore } from './consultantStore';
import { useAction } from './useAction';

type Rooms = CallOutput<'toets.rooms'>;

/** A certified consultant opens a toets slot in a free toets room; others never see this. */
export function OpenSlotForm({ weekStart, onOpened }: { weekStart: string; onOpened(): void }) {
  const { t } = useT();
  const [rooms, setRooms] = useState<Rooms | null>(null);
  const [open, setOpen] = useState(false);
  const [roomId, setRoomId] = useState('');
  const [date, setDate] = useState(addDays(weekStart, 4));
  const [time, setTime] = useState('09:00');
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  useEffect(() => {
    let live = true;
    void useConsultantStore
      .getState()
      .toetsRooms(weekStart)
      .then((r) => {
        if (!live) return;
        setRooms(r);
        setRoomId((id) => id || r.rooms[0]?.id || '');
      })
      .catch(() => live && setRooms(null));
    setDate(addDays(weekStart, 4));
    return () => {
      live = false;
    };
  }, [weekStart]);

  if (!rooms?.certified || rooms.rooms.length === 0) return null;
  if (!open) {
    return (
      <>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          data-testid="toets-open-slot"
          onClick={() => {
            setNotice(null);
            setOpen(true);
          }}
        >
          {t('consultant.toets.openSlot')}
        </button>
        {notice && (
          <p className="notice notice--ok" role="status" data-testid="toets-opened">
            {notice}
          </p>
        )}
      </>
    );
  }
  const submit = async () => {
    const res = await run(() => useConsultantStore.getState().openToetsSlot(roomId, `${date}T${time}`));
    if (!res) return;
    setNotice(t('consultant.toets.opened', { room: res.slot.roomName }));
    setOpen(false);
    onOpened();
  };
  return (
    <form
      className="open-slot"
      data-testid="toets-open-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span className="field__label">{t('consultant.toets.room')}</span>
        <select data-testid="toets-open-room" value={roomId} onChange={(e) => setRoomId(e.target.value)}>
          {rooms.rooms.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}, {r.locationName} ({t('consultant.toets.laptops', { touch: r.laptopsTouch, mouse: r.laptopsMouse })})
            </option>
          ))}
        </select>
      </label>
      <div className="open-slot__when">
        <label className="field">
          <span className="field__label">{t('consultant.toets.date')}</span>
          <input type="date" data-testid="toets-open-date" value={date} required onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('consultant.toets.time')}</span>
          <input type="time" data-testid="toets-open-time" value={time} step={900} required onChange={(e) => setTime(e.target.value)} />
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="btn btn--primary btn--small" data-testid="toets-open-submit" disabled={busy || !roomId}>
          {t('consultant.toets.openSubmit')}
        </button>
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setOpen(false)}>
          {t('consultant.cancel')}
        </button>
      </div>
      {error && (
        <p className="inline-error" role="alert" data-testid="toets-open-error">
          {error}
        </p>
      )}
    </form>
  );
}
