import { useEffect } from 'react';
import { RoomFormSchema, type DatedExceptionForm, type RoomItem, type WeeklyPatternForm } from '../../../shared/api/contract';
import { useT } from '../../i18n';
import { usePlannedUse } from './usePlannedUse';
import { useAppStore } from '../../stores/appStore';
import { Field, FormFrame, GroupError } from './FormFrame';
import { ManageList } from './ManageList';
import { useManageStore } from './manageStore';
import { useStampedForm } from './useStampedForm';
import { ManageNotice } from './Notice';
import { dayKey, ExceptionsEditor, PatternEditor } from './PatternEditor';
import { RemoveFlow } from './RemoveFlow';
import { useEditor } from './useEditor';

type RoomKind = 'groupInfo' | 'toets';
const ROOM_KINDS: RoomKind[] = ['groupInfo', 'toets'];

interface Draft {
  locationId: string;
  name: string;
  capacity: string;
  laptopsTouch: string;
  laptopsMouse: string;
  kinds: RoomKind[];
  opening: WeeklyPatternForm[];
  exceptions: DatedExceptionForm[];
  active: boolean;
}

/** A number field's text as the schema takes it: empty is "not filled in". */
export const numberOf = (s: string) => (s.trim() === '' ? undefined : Number(s));

export function RoomsScreen() {
  const { t } = useT();
  const plannedUse = usePlannedUse();
  const today = useAppStore((s) => s.info?.today ?? '');
  const list = useManageStore((s) => s.lists.rooms);
  const load = useManageStore((s) => s.load);

  useEffect(() => {
    void load('rooms');
  }, [load]);

  const locations = list?.locations ?? [];
  const { editing, draft, open, close, put, removing, setRemoving, refused, setRefused } = useEditor<RoomItem, Draft>('rooms-list', (row) =>
    row === 'new'
      ? {
          locationId: locations.length === 1 ? locations[0]!.id : '',
          name: '',
          capacity: '',
          laptopsTouch: '0',
          laptopsMouse: '0',
          kinds: [],
          opening: [],
          exceptions: [],
          active: true,
        }
      : {
          locationId: row.locationId,
          name: row.name,
          capacity: String(row.capacity),
          laptopsTouch: String(row.laptopsTouch),
          laptopsMouse: String(row.laptopsMouse),
          kinds: [...row.kinds] as RoomKind[],
          opening: row.opening,
          exceptions: row.exceptions,
          active: row.active,
        },
  );
  const kindLabel = (k: string) => t(k === 'toets' ? 'manage.roomKind.toets' : 'manage.roomKind.groupInfo');
  const openingText = (r: RoomItem) =>
    r.opening.length === 0
      ? t('manage.rooms.noOpening')
      : r.opening
          .slice(0, 3)
          .map((p) => `${t(dayKey(p.weekday)).slice(0, 2)} ${p.start}-${p.end}`)
          .join(', ') + (r.opening.length > 3 ? ` +${r.opening.length - 3}` : '');

  const stamped = useStampedForm('rooms', editing, open);

  return (
    <div className="manage-screen">
      <ManageNotice error={refused} />
      {editing && draft && (
        <FormFrame
          key={editing === 'new' ? 'new' : editing.id}
          testId="room-form"
          title={editing === 'new' ? t('manage.rooms.new') : t('manage.editTitle', { name: editing.name })}
          schema={RoomFormSchema}
          build={() => ({
            ...(editing === 'new' ? {} : { id: editing.id }),
            locationId: draft.locationId,
            name: draft.name,
            capacity: numberOf(draft.capacity),
            laptopsTouch: numberOf(draft.laptopsTouch),
            laptopsMouse: numberOf(draft.laptopsMouse),
            kinds: draft.kinds,
            opening: draft.opening,
            exceptions: draft.exceptions,
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
          <Field name="capacity" label={t('manage.field.capacity')}>
            {(a) => <input {...a} type="number" min={0} max={500} value={draft.capacity} onChange={(e) => put({ capacity: e.target.value })} />}
          </Field>
          <Field name="laptopsTouch" label={t('manage.field.laptopsTouch')}>
            {(a) => <input {...a} type="number" min={0} max={100} value={draft.laptopsTouch} onChange={(e) => put({ laptopsTouch: e.target.value })} />}
          </Field>
          <Field name="laptopsMouse" label={t('manage.field.laptopsMouse')}>
            {(a) => <input {...a} type="number" min={0} max={100} value={draft.laptopsMouse} onChange={(e) => put({ laptopsMouse: e.target.value })} />}
          </Field>
          <fieldset className="manage-checks manage-field--wide" data-testid="room-form-kinds">
            <legend className="field__label">{t('manage.field.roomKinds')}</legend>
            {ROOM_KINDS.map((k) => (
              <label key={k} className="field field--inline">
                <input
                  type="checkbox"
                  checked={draft.kinds.includes(k)}
                  data-testid={`room-form-kind-${k}`}
                  onChange={(e) => put({ kinds: e.target.checked ? [...draft.kinds, k] : draft.kinds.filter((x) => x !== k) })}
                />
                {kindLabel(k)}
              </label>
            ))}
            <GroupError name="kinds" />
          </fieldset>
          <label className="field field--inline manage-field--wide">
            <input type="checkbox" checked={draft.active} onChange={(e) => put({ active: e.target.checked })} data-testid="room-form-active" />
            {t('manage.field.active')}
          </label>
          <div className="manage-field--wide">
            <PatternEditor name="opening" legend={t('manage.field.opening')} rows={draft.opening} onChange={(opening) => put({ opening })} />
          </div>
          <div className="manage-field--wide">
            <ExceptionsEditor name="exceptions" legend={t('manage.field.exceptions')} rows={draft.exceptions} onChange={(exceptions) => put({ exceptions })} today={today} />
          </div>
        </FormFrame>
      )}
      <ManageList<RoomItem>
        testId="rooms-list"
        title={t('manage.nav.rooms')}
        items={list?.items ?? []}
        loading={!list}
        columns={[
          { key: 'name', label: t('manage.field.name'), sort: (r) => r.name, render: (r) => (r.active ? r.name : `${r.name} (${t('manage.rooms.inactive')})`) },
          { key: 'location', label: t('manage.field.location'), sort: (r) => r.locationName, render: (r) => r.locationName },
          { key: 'capacity', label: t('manage.col.capacity'), sort: (r) => r.capacity, render: (r) => r.capacity },
          {
            key: 'laptops',
            label: t('manage.col.laptops'),
            sort: (r) => r.laptopsTouch + r.laptopsMouse,
            render: (r) => t('manage.rooms.laptops', { touch: r.laptopsTouch, mouse: r.laptopsMouse }),
          },
          { key: 'kinds', label: t('manage.field.roomKinds'), render: (r) => r.kinds.map(kindLabel).join(', ') },
          { key: 'opening', label: t('manage.field.opening'), render: openingText },
          { key: 'inUse', label: t('manage.col.inUse'), sort: (r) => r.sessions.future, render: (r) => plannedUse('session', r.sessions) },
        ]}
        searchText={(r) => `${r.name} ${r.locationName} ${r.kinds.map(kindLabel).join(' ')}`}
        countLabel={(n) => t('manage.count.rooms', { count: n })}
        addLabel={t('manage.rooms.add')}
        onAdd={() => open('new')}
        onEdit={open}
        onRemove={(r) => {
          setRefused(null);
          setRemoving(r);
        }}
        rowName={(r) => r.name}
      />
      {removing && <RemoveFlow entity="rooms" id={removing.id} name={removing.name} onClose={() => setRemoving(null)} onRefused={setRefused} />}
    </div>
  );
}
