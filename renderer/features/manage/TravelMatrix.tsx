import { useEffect, useMemo, useState } from 'react';
import { TravelTimeSetSchema, type ChangeOutcome } from '../../../shared/api/contract';
import { useFieldMsg, useMsg, useT } from '../../i18n';
import { ChangeDialog } from './ChangeDialog';
import { useManageStore } from './manageStore';

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Travel times between the locations: a number per pair in minutes, an empty cell = not reachable
 * within a day. A cell is saved when it loses the focus or on Enter; both cells of a pair show the
 * same time.
 */
export function TravelMatrix() {
  const { t } = useT();
  const writeMsg = useMsg();
  const fieldMsg = useFieldMsg();
  const travel = useManageStore((s) => s.travel);
  const loadTravel = useManageStore((s) => s.loadTravel);
  const setTravelTime = useManageStore((s) => s.setTravelTime);
  // The locations list changing (added, renamed) changes the matrix.
  const locationsList = useManageStore((s) => s.lists.locations);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  const [held, setHeld] = useState<{ from: string; to: string; minutes: number | null; outcome: ChangeOutcome } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadTravel();
  }, [loadTravel, locationsList]);

  const stored = useMemo(() => {
    const m = new Map<string, number>();
    for (const p of travel?.pairs ?? []) m.set(pairKey(p.from, p.to), p.minutes);
    return m;
  }, [travel]);

  if (!travel) return null;
  const locations = travel.locations;
  const shown = (key: string) => drafts[key] ?? (stored.has(key) ? String(stored.get(key)) : '');

  const commit = async (from: string, to: string, flags: { confirm?: boolean; reason?: string | null } = {}) => {
    const key = pairKey(from, to);
    const text = drafts[key];
    if (text === undefined && !flags.confirm) return;
    const minutes = (text ?? '').trim() === '' ? null : Number(text);
    if (!flags.confirm && minutes === (stored.get(key) ?? null)) {
      setDrafts(({ [key]: _drop, ...rest }) => rest);
      if (error?.key === key) setError(null);
      return;
    }
    const checked = TravelTimeSetSchema.safeParse({ from, to, minutes: Number.isNaN(minutes) ? undefined : minutes });
    if (!checked.success) {
      setError({ key, message: checked.error.issues[0]!.message });
      return;
    }
    setBusy(true);
    const result = await setTravelTime(from, to, minutes, flags);
    setBusy(false);
    if (result.outcome?.applied) {
      setError(null);
      setHeld(null);
      // Typed on meanwhile: that newer text stays.
      setDrafts((d) => {
        if (d[key] !== text) return d;
        const { [key]: _drop, ...rest } = d;
        return rest;
      });
      return;
    }
    if (result.outcome && result.outcome.conflicts.count > 0) {
      setHeld({ from, to, minutes, outcome: result.outcome });
      return;
    }
    setHeld(null);
    setError({
      key,
      message: result.error ?? Object.values(result.fields)[0] ?? (result.outcome ? writeMsg(result.outcome.msg, result.outcome.message) : null) ?? t('manage.removeFailed'),
    });
  };

  return (
    <section className="manage-matrix" aria-labelledby="travel-title" data-testid="travel-matrix">
      <h3 id="travel-title" className="manage-list__title">
        {t('manage.travel.title')}
      </h3>
      <p className="muted" id="travel-help">
        {t('manage.travel.help')}
      </p>
      {locations.length < 2 ? (
        <p className="state state--empty">{t('manage.travel.needTwo')}</p>
      ) : (
        <div className="table-wrap manage-matrix__wrap" tabIndex={0} role="region" aria-label={t('manage.travel.title')}>
          <table className="table manage-matrix__table">
            <thead>
              <tr>
                <td />
                {locations.map((l) => (
                  <th key={l.id} scope="col">
                    {l.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {locations.map((from) => (
                <tr key={from.id}>
                  <th scope="row">{from.name}</th>
                  {locations.map((to) => {
                    if (from.id === to.id)
                      return (
                        <td key={to.id} className="manage-matrix__self">
                          0
                        </td>
                      );
                    const key = pairKey(from.id, to.id);
                    const invalid = error?.key === key;
                    return (
                      <td key={to.id}>
                        <input
                          type="number"
                          min={0}
                          max={600}
                          step={1}
                          inputMode="numeric"
                          className="manage-matrix__input"
                          placeholder="—"
                          aria-label={t('manage.travel.cell', { from: from.name, to: to.name })}
                          aria-invalid={invalid || undefined}
                          aria-describedby={invalid ? 'travel-error' : 'travel-help'}
                          data-testid={`travel-${from.name}-${to.name}`}
                          value={shown(key)}
                          onChange={(e) => setDrafts((d) => ({ ...d, [key]: e.target.value }))}
                          onBlur={() => void commit(from.id, to.id)}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter') {
                              e.preventDefault();
                              void commit(from.id, to.id);
                            }
                          }}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <p id="travel-error" className="inline-error" role="alert" data-testid="travel-error">
          {fieldMsg(error.message)}
        </p>
      )}
      {held && (
        <ChangeDialog
          outcome={held.outcome}
          busy={busy}
          onCancel={() => {
            setDrafts(({ [pairKey(held.from, held.to)]: _drop, ...rest }) => rest);
            setHeld(null);
          }}
          onConfirm={(reason) => void commit(held.from, held.to, { confirm: true, reason })}
        />
      )}
    </section>
  );
}
