import { useEffect } from 'react';
import { ConsultantFormSchema, type ConsultantItem, type DatedExceptionForm, type WeeklyPatternForm } from '../../../shared/api/contract';
import { languageName } from '../../../shared/domain/languages';
import { useT } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { Field, FormFrame } from './FormFrame';
import { LanguagePicker } from './LanguagePicker';
import { ManageList } from './ManageList';
import { useManageStore } from './manageStore';
import { useStampedForm } from './useStampedForm';
import { ManageNotice } from './Notice';
import { ExceptionsEditor, PatternEditor, patternText } from './PatternEditor';
import { RemoveFlow } from './RemoveFlow';
import { useEditor } from './useEditor';

interface Draft {
  name: string;
  languages: string[];
  toetsCertified: boolean;
  gemeenteId: string;
  hoursPerWeek: string;
  availability: WeeklyPatternForm[];
  exceptions: DatedExceptionForm[];
  active: boolean;
}

export function ConsultantsScreen() {
  const { t, lang } = useT();
  const today = useAppStore((s) => s.info?.today ?? '');
  const list = useManageStore((s) => s.lists.consultants);
  const load = useManageStore((s) => s.load);

  useEffect(() => {
    void load('consultants');
  }, [load]);

  const gemeenten = list?.gemeenten ?? [];
  const { editing, draft, open, close, put, removing, setRemoving, refused, setRefused } = useEditor<ConsultantItem, Draft>('consultants-list', (row) =>
    row === 'new'
      ? { name: '', languages: ['nl'], toetsCertified: false, gemeenteId: '', hoursPerWeek: '', availability: [], exceptions: [], active: true }
      : {
          name: row.name,
          languages: row.languages,
          toetsCertified: row.toetsCertified,
          gemeenteId: row.gemeenteId ?? '',
          hoursPerWeek: row.hoursPerWeek === null ? '' : String(row.hoursPerWeek),
          availability: row.availability,
          exceptions: row.exceptions,
          active: row.active,
        },
  );

  const stamped = useStampedForm('consultants', editing, open);

  return (
    <div className="manage-screen">
      <ManageNotice error={refused} />
      {editing && draft && (
        <FormFrame
          key={editing === 'new' ? 'new' : editing.id}
          testId="consultant-form"
          title={editing === 'new' ? t('manage.consultants.new') : t('manage.editTitle', { name: editing.name })}
          schema={ConsultantFormSchema}
          build={() => ({
            ...(editing === 'new' ? {} : { id: editing.id }),
            name: draft.name,
            languages: draft.languages,
            toetsCertified: draft.toetsCertified,
            gemeenteId: draft.gemeenteId || null,
            hoursPerWeek: draft.hoursPerWeek.trim() === '' ? null : Number(draft.hoursPerWeek),
            availability: draft.availability,
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
          <Field name="gemeenteId" label={t('manage.field.gemeenteOptional')}>
            {(a) => (
              <select {...a} value={draft.gemeenteId} onChange={(e) => put({ gemeenteId: e.target.value })}>
                <option value="">{t('manage.none')}</option>
                {gemeenten.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="hoursPerWeek" label={t('manage.field.hoursPerWeek')}>
            {(a) => <input {...a} type="number" min={0} max={60} step={0.5} value={draft.hoursPerWeek} onChange={(e) => put({ hoursPerWeek: e.target.value })} />}
          </Field>
          <label className="field field--inline manage-field--check">
            <input type="checkbox" checked={draft.toetsCertified} onChange={(e) => put({ toetsCertified: e.target.checked })} data-testid="consultant-form-toetsCertified" />
            {t('manage.field.toetsCertified')}
          </label>
          <LanguagePicker name="languages" testId="consultant-form-languages" value={draft.languages} onChange={(languages) => put({ languages })} />
          <label className="field field--inline manage-field--wide">
            <input type="checkbox" checked={draft.active} onChange={(e) => put({ active: e.target.checked })} data-testid="consultant-form-active" />
            {t('manage.field.active')}
          </label>
          <div className="manage-field--wide">
            <PatternEditor name="availability" legend={t('manage.field.availability')} rows={draft.availability} onChange={(availability) => put({ availability })} />
          </div>
          <div className="manage-field--wide">
            <ExceptionsEditor name="exceptions" legend={t('manage.field.absence')} rows={draft.exceptions} onChange={(exceptions) => put({ exceptions })} today={today} />
          </div>
        </FormFrame>
      )}
      <ManageList<ConsultantItem>
        testId="consultants-list"
        title={t('manage.nav.consultants')}
        items={list?.items ?? []}
        loading={!list}
        columns={[
          { key: 'name', label: t('manage.field.name'), sort: (r) => r.name, render: (r) => (r.active ? r.name : `${r.name} (${t('manage.inactive')})`) },
          { key: 'languages', label: t('manage.field.languages'), render: (r) => r.languages.map((c) => languageName(c, lang)).join(', ') },
          { key: 'toets', label: t('manage.col.toets'), sort: (r) => (r.toetsCertified ? 1 : 0), render: (r) => (r.toetsCertified ? t('manage.yes') : t('manage.no')) },
          { key: 'gemeente', label: t('manage.field.gemeente'), sort: (r) => r.gemeente ?? '', render: (r) => r.gemeente ?? <span className="muted">—</span> },
          { key: 'hours', label: t('manage.col.hours'), sort: (r) => r.hoursPerWeek ?? -1, render: (r) => r.hoursPerWeek ?? <span className="muted">—</span> },
          { key: 'availability', label: t('manage.field.availability'), render: (r) => patternText(r.availability, t) },
          { key: 'clients', label: t('manage.col.clients'), sort: (r) => r.clients, render: (r) => r.clients },
        ]}
        searchText={(r) => `${r.name} ${r.gemeente ?? ''} ${r.languages.map((c) => languageName(c, lang)).join(' ')}`}
        countLabel={(n) => t('manage.count.consultants', { count: n })}
        addLabel={t('manage.consultants.add')}
        onAdd={() => open('new')}
        onEdit={open}
        onRemove={(r) => {
          setRefused(null);
          setRemoving(r);
        }}
        rowName={(r) => r.name}
      />
      {removing && (
        <RemoveFlow
          entity="consultants"
          id={removing.id}
          name={removing.name}
          text={t('manage.staff.removeText', { name: removing.name })}
          transfer={{ clients: removing.clients, options: (list?.items ?? []).filter((c) => c.active && c.id !== removing.id).map((c) => ({ id: c.id, name: c.name })) }}
          onClose={() => setRemoving(null)}
          onRefused={setRefused}
        />
      )}
    </div>
  );
}
