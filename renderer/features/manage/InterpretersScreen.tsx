import { useEffect } from 'react';
import { InterpreterFormSchema, type DatedExceptionForm, type InterpreterItem, type WeeklyPatternForm } from '../../../shared/api/contract';
import { languageName } from '../../../shared/domain/languages';
import { INTERPRETER_MODES, type InterpreterMode } from '../../../shared/domain/region-kinds';
import { useT, type MessageKey } from '../../i18n';
import { usePlannedUse } from './usePlannedUse';
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
import { numberOf } from './RoomsScreen';

const modeKey = (m: InterpreterMode) => `manage.mode.${m}` as MessageKey;

interface Draft {
  name: string;
  languages: string[];
  costPerHour: string;
  agency: string;
  mode: InterpreterMode;
  availability: WeeklyPatternForm[];
  exceptions: DatedExceptionForm[];
  active: boolean;
}

export function InterpretersScreen() {
  const { t, lang } = useT();
  const plannedUse = usePlannedUse();
  const today = useAppStore((s) => s.info?.today ?? '');
  const list = useManageStore((s) => s.lists.interpreters);
  const load = useManageStore((s) => s.load);

  useEffect(() => {
    void load('interpreters');
  }, [load]);

  const { editing, draft, open, close, put, removing, setRemoving, refused, setRefused } = useEditor<InterpreterItem, Draft>('interpreters-list', (row) =>
    row === 'new'
      ? { name: '', languages: [], costPerHour: '', agency: '', mode: 'inPerson', availability: [], exceptions: [], active: true }
      : {
          name: row.name,
          languages: row.languages,
          costPerHour: String(row.costPerHour),
          agency: row.agency ?? '',
          mode: row.mode,
          availability: row.availability,
          exceptions: row.exceptions,
          active: row.active,
        },
  );
  const money = (n: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(n);

  const stamped = useStampedForm('interpreters', editing, open);

  return (
    <div className="manage-screen">
      <ManageNotice error={refused} />
      {editing && draft && (
        <FormFrame
          key={editing === 'new' ? 'new' : editing.id}
          testId="interpreter-form"
          title={editing === 'new' ? t('manage.interpreters.new') : t('manage.editTitle', { name: editing.name })}
          schema={InterpreterFormSchema}
          build={() => ({
            ...(editing === 'new' ? {} : { id: editing.id }),
            name: draft.name,
            languages: draft.languages,
            costPerHour: numberOf(draft.costPerHour),
            agency: draft.agency,
            mode: draft.mode,
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
          <Field name="costPerHour" label={t('manage.field.costPerHour')}>
            {(a) => <input {...a} type="number" min={0} max={500} step={0.01} value={draft.costPerHour} onChange={(e) => put({ costPerHour: e.target.value })} />}
          </Field>
          <Field name="agency" label={t('manage.field.agency')}>
            {(a) => <input {...a} type="text" maxLength={80} value={draft.agency} onChange={(e) => put({ agency: e.target.value })} />}
          </Field>
          <Field name="mode" label={t('manage.field.mode')}>
            {(a) => (
              <select {...a} value={draft.mode} onChange={(e) => put({ mode: e.target.value as InterpreterMode })}>
                {INTERPRETER_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(modeKey(m))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <LanguagePicker name="languages" testId="interpreter-form-languages" value={draft.languages} onChange={(languages) => put({ languages })} />
          <label className="field field--inline manage-field--wide">
            <input type="checkbox" checked={draft.active} onChange={(e) => put({ active: e.target.checked })} data-testid="interpreter-form-active" />
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
      <ManageList<InterpreterItem>
        testId="interpreters-list"
        title={t('manage.nav.interpreters')}
        items={list?.items ?? []}
        loading={!list}
        columns={[
          { key: 'name', label: t('manage.field.name'), sort: (r) => r.name, render: (r) => (r.active ? r.name : `${r.name} (${t('manage.inactive')})`) },
          { key: 'languages', label: t('manage.field.languages'), render: (r) => r.languages.map((c) => languageName(c, lang)).join(', ') },
          { key: 'cost', label: t('manage.col.cost'), sort: (r) => r.costPerHour, render: (r) => money(r.costPerHour) },
          { key: 'mode', label: t('manage.field.mode'), sort: (r) => t(modeKey(r.mode)), render: (r) => t(modeKey(r.mode)) },
          { key: 'agency', label: t('manage.field.agency'), sort: (r) => r.agency ?? '', render: (r) => r.agency ?? <span className="muted">—</span> },
          { key: 'availability', label: t('manage.field.availability'), render: (r) => patternText(r.availability, t) },
          { key: 'inUse', label: t('manage.col.inUse'), sort: (r) => r.sessions.future, render: (r) => plannedUse('session', r.sessions) },
        ]}
        searchText={(r) => `${r.name} ${r.agency ?? ''} ${r.languages.map((c) => languageName(c, lang)).join(' ')}`}
        countLabel={(n) => t('manage.count.interpreters', { count: n })}
        addLabel={t('manage.interpreters.add')}
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
          entity="interpreters"
          id={removing.id}
          name={removing.name}
          text={t('manage.staff.removeText', { name: removing.name })}
          onClose={() => setRemoving(null)}
          onRefused={setRefused}
        />
      )}
    </div>
  );
}
