import { useEffect, useState } from 'react';
import { LocationFormSchema, type LocationItem } from '../../../shared/api/contract';
import { LOCATION_KINDS, type LocationKind } from '../../../shared/domain/region-kinds';
import { useT, type MessageKey } from '../../i18n';
import { Field, FormFrame } from './FormFrame';
import { ManageList } from './ManageList';
import { useManageStore } from './manageStore';
import { useStampedForm } from './useStampedForm';
import { focusAdd, ManageNotice } from './Notice';
import { RemoveFlow } from './RemoveFlow';
import { TravelMatrix } from './TravelMatrix';

export const locationKindKey = (k: LocationKind) => `manage.locationKind.${k}` as MessageKey;

interface Draft {
  name: string;
  gemeenteId: string;
  kind: LocationKind | '';
  address: string;
}

export function LocationsScreen() {
  const { t } = useT();
  const list = useManageStore((s) => s.lists.locations);
  const load = useManageStore((s) => s.load);
  const [editing, setEditing] = useState<LocationItem | 'new' | null>(null);
  const [removing, setRemoving] = useState<LocationItem | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>({ name: '', gemeenteId: '', kind: '', address: '' });

  useEffect(() => {
    void load('locations');
  }, [load]);

  const gemeenten = list?.gemeenten ?? [];
  const open = (row: LocationItem | 'new') => {
    setRefused(null);
    setDraft(
      row === 'new'
        ? { name: '', gemeenteId: gemeenten.length === 1 ? gemeenten[0]!.id : '', kind: '', address: '' }
        : { name: row.name, gemeenteId: row.gemeenteId, kind: row.kind, address: row.address ?? '' },
    );
    setEditing(row);
  };
  const close = () => {
    setEditing(null);
    focusAdd('locations-list');
  };
  const put = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const stamped = useStampedForm('locations', editing, open);

  return (
    <div className="manage-screen">
      <ManageNotice error={refused} />
      {editing && (
        <FormFrame
          key={editing === 'new' ? 'new' : editing.id}
          testId="location-form"
          title={editing === 'new' ? t('manage.locations.new') : t('manage.editTitle', { name: editing.name })}
          schema={LocationFormSchema}
          build={() => ({
            ...(editing === 'new' ? {} : { id: editing.id }),
            name: draft.name,
            gemeenteId: draft.gemeenteId,
            kind: draft.kind === '' ? undefined : draft.kind,
            address: draft.address,
          })}
          save={stamped.save}
          onStale={stamped.onStale}
          onDone={close}
          onCancel={close}
        >
          <Field name="name" label={t('manage.field.name')}>
            {(a) => <input {...a} type="text" maxLength={80} value={draft.name} onChange={(e) => put({ name: e.target.value })} />}
          </Field>
          <Field name="gemeenteId" label={t('manage.field.gemeente')}>
            {(a) => (
              <select {...a} value={draft.gemeenteId} onChange={(e) => put({ gemeenteId: e.target.value })}>
                <option value="">{t('manage.choose')}</option>
                {gemeenten.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="kind" label={t('manage.field.locationKind')}>
            {(a) => (
              <select {...a} value={draft.kind} onChange={(e) => put({ kind: e.target.value as LocationKind })}>
                <option value="">{t('manage.choose')}</option>
                {LOCATION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(locationKindKey(k))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="address" label={t('manage.field.address')} className="manage-field--wide">
            {(a) => <input {...a} type="text" maxLength={200} value={draft.address} onChange={(e) => put({ address: e.target.value })} />}
          </Field>
        </FormFrame>
      )}
      <ManageList<LocationItem>
        testId="locations-list"
        title={t('manage.locations.title')}
        items={list?.items ?? []}
        loading={!list}
        columns={[
          { key: 'name', label: t('manage.field.name'), sort: (r) => r.name, render: (r) => r.name },
          { key: 'gemeente', label: t('manage.field.gemeente'), sort: (r) => r.gemeente, render: (r) => r.gemeente },
          { key: 'kind', label: t('manage.field.locationKind'), sort: (r) => t(locationKindKey(r.kind)), render: (r) => t(locationKindKey(r.kind)) },
          { key: 'address', label: t('manage.field.address'), sort: (r) => r.address ?? '', render: (r) => r.address ?? <span className="muted">—</span> },
          { key: 'rooms', label: t('manage.col.rooms'), sort: (r) => r.uses.rooms, render: (r) => r.uses.rooms },
        ]}
        searchText={(r) => `${r.name} ${r.gemeente} ${r.address ?? ''} ${t(locationKindKey(r.kind))}`}
        countLabel={(n) => t('manage.count.locations', { count: n })}
        addLabel={t('manage.locations.add')}
        onAdd={() => open('new')}
        onEdit={open}
        onRemove={(r) => {
          setRefused(null);
          setRemoving(r);
        }}
        rowName={(r) => r.name}
      />
      {removing && <RemoveFlow entity="locations" id={removing.id} name={removing.name} onClose={() => setRemoving(null)} onRefused={setRefused} />}
      <TravelMatrix />
    </div>
  );
}
