import { useEffect } from 'react';
import { ChildcareProviderFormSchema, type ChildcareProviderItem } from '../../../shared/api/contract';
import { CHILDCARE_KINDS, type ChildcareKind } from '../../../shared/domain/region-kinds';
import { useT, type MessageKey } from '../../i18n';
import { usePlannedUse } from './usePlannedUse';
import { Field, FormFrame } from './FormFrame';
import { ManageList } from './ManageList';
import { useManageStore } from './manageStore';
import { useStampedForm } from './useStampedForm';
import { ManageNotice } from './Notice';
import { dayKey, PatternEditor } from './PatternEditor';
import { RemoveFlow } from './RemoveFlow';
import { useEditor } from './useEditor';
import { numberOf } from './RoomsScreen';

const kindKey = (k: ChildcareKind) => `manage.childcareKind.${k}` as MessageKey;

interface Daypart {
  weekday: number;
  start: string;
  end: string;
  seats?: number;
}

interface Draft {
  name: string;
  locationId: string;
  kind: ChildcareKind | '';
  ageMonthsMin: string;
  ageMonthsMax: string;
  dayparts: Daypart[];
  active: boolean;
}

/** Childcare providers: kind, age range and the seats they keep per weekday and day-part. */
export function ChildcareScreen() {
  const { t } = useT();
  const plannedUse = usePlannedUse();
  const list = useManageStore((s) => s.lists.childcareProviders);
  const load = useManageStore((s) => s.load);

  useEffect(() => {
    void load('childcareProviders');
  }, [load]);

  const locations = list?.locations ?? [];
  const { editing, draft, open, close, put, removing, setRemoving, refused, setRefused } = useEditor<ChildcareProviderItem, Draft>('childcare-list', (row) =>
    row === 'new'
      ? { name: '', locationId: locations.length === 1 ? locations[0]!.id : '', kind: '', ageMonthsMin: '0', ageMonthsMax: '48', dayparts: [], active: true }
      : {
          name: row.name,
          locationId: row.locationId,
          kind: row.kind,
          ageMonthsMin: String(row.ageMonthsMin),
          ageMonthsMax: String(row.ageMonthsMax),
          dayparts: row.dayparts,
          active: row.active,
        },
  );
  const seatsText = (r: ChildcareProviderItem) =>
    r.dayparts.length === 0
      ? t('manage.childcare.noDayparts')
      : r.dayparts
          .slice(0, 3)
          .map((d) => t('manage.childcare.daypart', { day: t(dayKey(d.weekday)).slice(0, 2), start: d.start, end: d.end, seats: d.seats }))
          .join(', ') + (r.dayparts.length > 3 ? ` +${r.dayparts.length - 3}` : '');

  const stamped = useStampedForm('childcareProviders', editing, open);

  return (
    <div className="manage-screen">
      <ManageNotice error={refused} />
      {editing && draft && (
        <FormFrame
          key={editing === 'new' ? 'new' : editing.id}
          testId="childcare-form"
          title={editing === 'new' ? t('manage.childcare.new') : t('manage.editTitle', { name: editing.name })}
          schema={ChildcareProviderFormSchema}
          build={() => ({
            ...(editing === 'new' ? {} : { id: editing.id }),
            name: draft.name,
            locationId: draft.locationId,
            kind: draft.kind === '' ? undefined : draft.kind,
            ageMonthsMin: numberOf(draft.ageMonthsMin),
            ageMonthsMax: numberOf(draft.ageMonthsMax),
            dayparts: draft.dayparts,
            active: draft.active,
          })}
          save={stamped.save}
          onStale={stamped.onStale}
          onDone={close}
          onCancel={close}
        >
          <Field name="name" label={t('manage.field.name')}>
            {(a) => <input {...a} type="text" maxLength={80} value={draft.name} onChange={(e) => put({ name: e.target.value })} />}
          </Field>
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
          <Field name="kind" label={t('manage.field.locationKind')}>
            {(a) => (
              <select {...a} value={draft.kind} onChange={(e) => put({ kind: e.target.value as ChildcareKind })}>
                <option value="">{t('manage.choose')}</option>
                {CHILDCARE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(kindKey(k))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="ageMonthsMin" label={t('manage.field.ageMin')}>
            {(a) => <input {...a} type="number" min={0} max={216} value={draft.ageMonthsMin} onChange={(e) => put({ ageMonthsMin: e.target.value })} />}
          </Field>
          <Field name="ageMonthsMax" label={t('manage.field.ageMax')}>
            {(a) => <input {...a} type="number" min={0} max={216} value={draft.ageMonthsMax} onChange={(e) => put({ ageMonthsMax: e.target.value })} />}
          </Field>
          <label className="field field--inline manage-field--check">
            <input type="checkbox" checked={draft.active} onChange={(e) => put({ active: e.target.checked })} data-testid="childcare-form-active" />
            {t('manage.field.active')}
          </label>
          <div className="manage-field--wide">
            <PatternEditor name="dayparts" legend={t('manage.field.dayparts')} rows={draft.dayparts} seats onChange={(dayparts) => put({ dayparts })} />
          </div>
        </FormFrame>
      )}
      <ManageList<ChildcareProviderItem>
        testId="childcare-list"
        title={t('manage.nav.childcare')}
        items={list?.items ?? []}
        loading={!list}
        columns={[
          { key: 'name', label: t('manage.field.name'), sort: (r) => r.name, render: (r) => (r.active ? r.name : `${r.name} (${t('manage.inactive')})`) },
          { key: 'kind', label: t('manage.field.locationKind'), sort: (r) => t(kindKey(r.kind)), render: (r) => t(kindKey(r.kind)) },
          { key: 'location', label: t('manage.field.location'), sort: (r) => r.locationName, render: (r) => r.locationName },
          { key: 'age', label: t('manage.col.age'), sort: (r) => r.ageMonthsMin, render: (r) => t('manage.childcare.age', { min: r.ageMonthsMin, max: r.ageMonthsMax }) },
          { key: 'dayparts', label: t('manage.field.dayparts'), render: seatsText },
          { key: 'inUse', label: t('manage.col.inUse'), sort: (r) => r.bookings.future, render: (r) => plannedUse('childcareBooking', r.bookings) },
        ]}
        searchText={(r) => `${r.name} ${r.locationName} ${t(kindKey(r.kind))}`}
        countLabel={(n) => t('manage.count.childcare', { count: n })}
        addLabel={t('manage.childcare.add')}
        onAdd={() => open('new')}
        onEdit={open}
        onRemove={(r) => {
          setRefused(null);
          setRemoving(r);
        }}
        rowName={(r) => r.name}
      />
      {removing && <RemoveFlow entity="childcareProviders" id={removing.id} name={removing.name} onClose={() => setRemoving(null)} onRefused={setRefused} />}
    </div>
  );
}
