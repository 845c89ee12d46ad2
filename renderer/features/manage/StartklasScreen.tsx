import { useEffect, useState } from 'react';
import { StartklasIntakeFormSchema, type StartklasIntakeItem } from '../../../shared/api/contract';
import { useT } from '../../i18n';
import { usePlannedUse } from './usePlannedUse';
import { Field, FormFrame } from './FormFrame';
import { ManageList } from './ManageList';
import { useManageStore } from './manageStore';
import { useStampedForm } from './useStampedForm';
import { focusAdd, ManageNotice } from './Notice';
import { dayKey, WEEKDAYS } from './PatternEditor';
import { RemoveFlow } from './RemoveFlow';
import { numberOf } from './RoomsScreen';

interface Draft {
  locationId: string;
  weekday: number;
  start: string;
  end: string;
  seats: string;
  validFrom: string;
  validUntil: string;
  active: boolean;
}

/** Startklas intake moments: a weekly time at a location with its seats, optionally between two dates. */
export function StartklasScreen() {
  const { t } = useT();
  const plannedUse = usePlannedUse();
  const list = useManageStore((s) => s.lists.startklasIntakes);
  const load = useManageStore((s) => s.load);
  const [editing, setEditing] = useState<StartklasIntakeItem | 'new' | null>(null);
  const [removing, setRemoving] = useState<StartklasIntakeItem | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);

  useEffect(() => {
    void load('startklasIntakes');
  }, [load]);

  const locations = list?.locations ?? [];
  const label = (r: StartklasIntakeItem) => `${r.locationName}, ${t(dayKey(r.weekday))} ${r.start}-${r.end}`;
  const open = (row: StartklasIntakeItem | 'new') => {
    setRefused(null);
    setDraft(
      row === 'new'
        ? { locationId: locations.length === 1 ? locations[0]!.id : '', weekday: 1, start: '09:00', end: '10:00', seats: '', validFrom: '', validUntil: '', active: true }
        : {
            locationId: row.locationId,
            weekday: row.weekday,
            start: row.start,
            end: row.end,
            seats: String(row.seats),
            validFrom: row.validFrom ?? '',
            validUntil: row.validUntil ?? '',
            active: row.active,
          },
    );
    setEditing(row);
  };
  const close = () => {
    setEditing(null);
    focusAdd('startklas-list');
  };
  const put = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));

  const stamped = useStampedForm('startklasIntakes', editing, open);

  return (
    <div className="manage-screen">
      <ManageNotice error={refused} />
      {editing && draft && (
        <FormFrame
          key={editing === 'new' ? 'new' : editing.id}
          testId="startklas-form"
          title={editing === 'new' ? t('manage.startklas.new') : t('manage.editTitle', { name: label(editing) })}
          schema={StartklasIntakeFormSchema}
          build={() => ({
            ...(editing === 'new' ? {} : { id: editing.id }),
            locationId: draft.locationId,
            weekday: draft.weekday,
            start: draft.start,
            end: draft.end,
            seats: numberOf(draft.seats),
            validFrom: draft.validFrom || null,
            validUntil: draft.validUntil || null,
            active: draft.active,
          })}
          save={stamped.save}
          onStale={stamped.onStale}
          onDone={close}
          onCancel={close}
        >
          <Field name="locationId" label={t('manage.field.location')}>
            {(a) => (
              <select {...a} value={draft.locationId} onChange={(e) => put({ locationId: e.target.value })}>
                <option value="">{t('manage.choose')}</option>
                {locations.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="weekday" label={t('manage.pattern.day')}>
            {(a) => (
              <select {...a} value={draft.weekday} onChange={(e) => put({ weekday: Number(e.target.value) })}>
                {WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {t(dayKey(d))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="start" label={t('manage.pattern.start')}>
            {(a) => <input {...a} type="time" value={draft.start} onChange={(e) => put({ start: e.target.value })} />}
          </Field>
          <Field name="end" label={t('manage.pattern.end')}>
            {(a) => <input {...a} type="time" value={draft.end} onChange={(e) => put({ end: e.target.value })} />}
          </Field>
          <Field name="seats" label={t('manage.field.seats')}>
            {(a) => <input {...a} type="number" min={0} max={100} value={draft.seats} onChange={(e) => put({ seats: e.target.value })} />}
          </Field>
          <Field name="validFrom" label={t('manage.field.validFrom')}>
            {(a) => <input {...a} type="date" value={draft.validFrom} onChange={(e) => put({ validFrom: e.target.value })} />}
          </Field>
          <Field name="validUntil" label={t('manage.field.validUntil')}>
            {(a) => <input {...a} type="date" value={draft.validUntil} onChange={(e) => put({ validUntil: e.target.value })} />}
          </Field>
          <label className="field field--inline manage-field--check">
            <input type="checkbox" checked={draft.active} onChange={(e) => put({ active: e.target.checked })} data-testid="startklas-form-active" />
            {t('manage.field.active')}
          </label>
        </FormFrame>
      )}
      <ManageList<StartklasIntakeItem>
        testId="startklas-list"
        title={t('manage.nav.startklas')}
        items={list?.items ?? []}
        loading={!list}
        columns={[
          {
            key: 'location',
            label: t('manage.field.location'),
            sort: (r) => r.locationName,
            render: (r) => (r.active ? r.locationName : `${r.locationName} (${t('manage.inactive')})`),
          },
          { key: 'when', label: t('manage.col.when'), sort: (r) => `${r.weekday}${r.start}`, render: (r) => `${t(dayKey(r.weekday))} ${r.start}-${r.end}` },
          { key: 'seats', label: t('manage.field.seats'), sort: (r) => r.seats, render: (r) => r.seats },
          {
            key: 'period',
            label: t('manage.col.period'),
            sort: (r) => r.validFrom ?? '',
            render: (r) => (r.validFrom || r.validUntil ? `${r.validFrom ?? '…'} – ${r.validUntil ?? '…'}` : <span className="muted">{t('manage.always')}</span>),
          },
          { key: 'inUse', label: t('manage.col.inUse'), sort: (r) => r.bookings.future, render: (r) => plannedUse('booking', r.bookings) },
        ]}
        searchText={(r) => `${r.locationName} ${t(dayKey(r.weekday))}`}
        countLabel={(n) => t('manage.count.startklas', { count: n })}
        addLabel={t('manage.startklas.add')}
        onAdd={() => open('new')}
        onEdit={open}
        onRemove={(r) => {
          setRefused(null);
          setRemoving(r);
        }}
        rowName={label}
      />
      {removing && <RemoveFlow entity="startklasIntakes" id={removing.id} name={label(removing)} onClose={() => setRemoving(null)} onRefused={setRefused} />}
    </div>
  );
}
