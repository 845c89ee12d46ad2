import { useEffect, useState } from 'react';
import { GemeenteFormSchema, type GemeenteItem } from '../../../shared/api/contract';
import { useT } from '../../i18n';
import { Field, FormFrame } from './FormFrame';
import { ManageList } from './ManageList';
import { useManageStore } from './manageStore';
import { useStampedForm } from './useStampedForm';
import { focusAdd, ManageNotice } from './Notice';
import { RemoveFlow } from './RemoveFlow';

export function GemeentenScreen() {
  const { t } = useT();
  const list = useManageStore((s) => s.lists.gemeenten);
  const load = useManageStore((s) => s.load);
  const [editing, setEditing] = useState<GemeenteItem | 'new' | null>(null);
  const [removing, setRemoving] = useState<GemeenteItem | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [name, setName] = useState('');

  useEffect(() => {
    void load('gemeenten');
  }, [load]);

  const open = (row: GemeenteItem | 'new') => {
    setRefused(null);
    setName(row === 'new' ? '' : row.name);
    setEditing(row);
  };
  const close = () => {
    setEditing(null);
    focusAdd('gemeenten-list');
  };

  const stamped = useStampedForm('gemeenten', editing, open);

  return (
    <div className="manage-screen">
      <ManageNotice error={refused} />
      {editing && (
        <FormFrame
          key={editing === 'new' ? 'new' : editing.id}
          testId="gemeente-form"
          title={editing === 'new' ? t('manage.gemeenten.new') : t('manage.editTitle', { name: editing.name })}
          schema={GemeenteFormSchema}
          build={() => ({ ...(editing === 'new' ? {} : { id: editing.id }), name })}
          save={stamped.save}
          onStale={stamped.onStale}
          onDone={close}
          onCancel={close}
        >
          <Field name="name" label={t('manage.field.name')}>
            {(a) => <input {...a} type="text" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
        </FormFrame>
      )}
      <ManageList<GemeenteItem>
        testId="gemeenten-list"
        title={t('manage.nav.gemeenten')}
        items={list?.items ?? []}
        loading={!list}
        columns={[
          { key: 'name', label: t('manage.field.name'), sort: (r) => r.name, render: (r) => r.name },
          { key: 'locations', label: t('manage.col.locations'), sort: (r) => r.locations, render: (r) => r.locations },
          { key: 'participants', label: t('manage.col.participants'), sort: (r) => r.participants, render: (r) => r.participants },
          { key: 'consultants', label: t('manage.col.consultants'), sort: (r) => r.consultants, render: (r) => r.consultants },
        ]}
        searchText={(r) => r.name}
        countLabel={(n) => t('manage.count.gemeenten', { count: n })}
        addLabel={t('manage.gemeenten.add')}
        onAdd={() => open('new')}
        onEdit={open}
        onRemove={(r) => {
          setRefused(null);
          setRemoving(r);
        }}
        rowName={(r) => r.name}
      />
      {removing && <RemoveFlow entity="gemeenten" id={removing.id} name={removing.name} onClose={() => setRemoving(null)} onRefused={setRefused} />}
    </div>
  );
}
