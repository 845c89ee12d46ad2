import { useEffect, useState } from 'react';
import { ClassFormSchema, SchoolFormSchema, type ClassItem, type SchoolItem } from '../../../shared/api/contract';
import { ROUTES, type Route } from '../../../shared/domain/routes';
import { useT, type MessageKey } from '../../i18n';
import { usePlannedUse } from './usePlannedUse';
import { Field, FormFrame } from './FormFrame';
import { ManageList } from './ManageList';
import { useManageStore } from './manageStore';
import { useStampedForm } from './useStampedForm';
import { focusAdd, ManageNotice } from './Notice';
import { PatternEditor, patternText, type WeeklyTime } from './PatternEditor';
import { RemoveFlow } from './RemoveFlow';
import { numberOf } from './RoomsScreen';

const routeKey = (r: Route) => `route.${r}` as MessageKey;

interface ClassDraft {
  schoolId: string;
  locationId: string;
  name: string;
  route: Route | '';
  capacity: string;
  placesTaken: string;
  trialSeats: string;
  lessons: WeeklyTime[];
  firstDate: string;
  lastDate: string;
  active: boolean;
}

/** Language schools and, below them, their classes (route, lesson times, seats, trial seats, first and last day). */
export function SchoolsScreen() {
  const { t } = useT();
  const plannedUse = usePlannedUse();
  const schools = useManageStore((s) => s.lists.schools);
  const classes = useManageStore((s) => s.lists.classes);
  const load = useManageStore((s) => s.load);
  const [editingSchool, setEditingSchool] = useState<SchoolItem | 'new' | null>(null);
  const [schoolDraft, setSchoolDraft] = useState({ name: '', locationId: '' });
  const [editingClass, setEditingClass] = useState<ClassItem | 'new' | null>(null);
  const [classDraft, setClassDraft] = useState<ClassDraft | null>(null);
  const [removing, setRemoving] = useState<{ entity: 'schools' | 'classes'; id: string; name: string } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);

  useEffect(() => {
    void load('schools');
    void load('classes');
  }, [load]);

  const openSchool = (row: SchoolItem | 'new') => {
    setRefused(null);
    setEditingClass(null);
    setSchoolDraft(row === 'new' ? { name: '', locationId: '' } : { name: row.name, locationId: row.locationId ?? '' });
    setEditingSchool(row);
  };
  const openClass = (row: ClassItem | 'new') => {
    setRefused(null);
    setEditingSchool(null);
    const schoolOptions = classes?.schools ?? [];
    setClassDraft(
      row === 'new'
        ? {
            schoolId: schoolOptions.length === 1 ? schoolOptions[0]!.id : '',
            locationId: '',
            name: '',
            route: '',
            capacity: '',
            placesTaken: '0',
            trialSeats: '0',
            lessons: [],
            firstDate: '',
            lastDate: '',
            active: true,
          }
        : {
            schoolId: row.schoolId,
            locationId: row.locationId,
            name: row.name,
            route: row.route,
            capacity: String(row.capacity),
            placesTaken: String(row.placesTaken),
            trialSeats: String(row.trialSeats),
            lessons: row.lessons,
            firstDate: row.firstDate ?? '',
            lastDate: row.lastDate ?? '',
            active: row.active,
          },
    );
    setEditingClass(row);
  };
  const putClass = (patch: Partial<ClassDraft>) => setClassDraft((d) => (d ? { ...d, ...patch } : d));
  const closeSchool = () => {
    setEditingSchool(null);
    focusAdd('schools-list');
  };
  const closeClass = () => {
    setEditingClass(null);
    focusAdd('classes-list');
  };

  const stampedSchools = useStampedForm('schools', editingSchool, openSchool);
  const stampedClasses = useStampedForm('classes', editingClass, openClass);

  return (
    <div className="manage-screen">
      <ManageNotice error={refused} />
      {editingSchool && (
        <FormFrame
          key={editingSchool === 'new' ? 'new' : editingSchool.id}
          testId="school-form"
          title={editingSchool === 'new' ? t('manage.schools.new') : t('manage.editTitle', { name: editingSchool.name })}
          schema={SchoolFormSchema}
          build={() => ({ ...(editingSchool === 'new' ? {} : { id: editingSchool.id }), name: schoolDraft.name, locationId: schoolDraft.locationId || null })}
          save={stampedSchools.save}
          onStale={stampedSchools.onStale}
          onDone={closeSchool}
          onCancel={closeSchool}
        >
          <Field name="name" label={t('manage.field.name')}>
            {(a) => <input {...a} type="text" maxLength={80} value={schoolDraft.name} onChange={(e) => setSchoolDraft((d) => ({ ...d, name: e.target.value }))} />}
          </Field>
          <Field name="locationId" label={t('manage.field.mainLocation')}>
            {(a) => (
              <select {...a} value={schoolDraft.locationId} onChange={(e) => setSchoolDraft((d) => ({ ...d, locationId: e.target.value }))}>
                <option value="">{t('manage.none')}</option>
                {(schools?.locations ?? []).map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </FormFrame>
      )}
      {editingClass && classDraft && (
        <FormFrame
          key={editingClass === 'new' ? 'new' : editingClass.id}
          testId="class-form"
          title={editingClass === 'new' ? t('manage.classes.new') : t('manage.editTitle', { name: editingClass.name })}
          schema={ClassFormSchema}
          build={() => ({
            ...(editingClass === 'new' ? {} : { id: editingClass.id }),
            schoolId: classDraft.schoolId,
            locationId: classDraft.locationId,
            name: classDraft.name,
            route: classDraft.route === '' ? undefined : classDraft.route,
            capacity: numberOf(classDraft.capacity),
            placesTaken: numberOf(classDraft.placesTaken),
            trialSeats: numberOf(classDraft.trialSeats),
            lessons: classDraft.lessons,
            firstDate: classDraft.firstDate || null,
            lastDate: classDraft.lastDate || null,
            active: classDraft.active,
          })}
          save={stampedClasses.save}
          onStale={stampedClasses.onStale}
          onDone={closeClass}
          onCancel={closeClass}
        >
          <Field name="name" label={t('manage.field.name')}>
            {(a) => <input {...a} type="text" maxLength={80} value={classDraft.name} onChange={(e) => putClass({ name: e.target.value })} />}
          </Field>
          <Field name="schoolId" label={t('manage.field.school')}>
            {(a) => (
              <select {...a} value={classDraft.schoolId} onChange={(e) => putClass({ schoolId: e.target.value })}>
                <option value="">{t('manage.choose')}</option>
                {(classes?.schools ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="locationId" label={t('manage.field.location')}>
            {(a) => (
              <select {...a} value={classDraft.locationId} onChange={(e) => putClass({ locationId: e.target.value })}>
                <option value="">{t('manage.choose')}</option>
                {(classes?.locations ?? []).map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="route" label={t('manage.field.route')}>
            {(a) => (
              <select {...a} value={classDraft.route} onChange={(e) => putClass({ route: e.target.value as Route })}>
                <option value="">{t('manage.choose')}</option>
                {ROUTES.map((r) => (
                  <option key={r} value={r}>
                    {t(routeKey(r))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="capacity" label={t('manage.field.classCapacity')}>
            {(a) => <input {...a} type="number" min={1} max={200} value={classDraft.capacity} onChange={(e) => putClass({ capacity: e.target.value })} />}
          </Field>
          <Field name="placesTaken" label={t('manage.field.placesTaken')}>
            {(a) => <input {...a} type="number" min={0} max={200} value={classDraft.placesTaken} onChange={(e) => putClass({ placesTaken: e.target.value })} />}
          </Field>
          <Field name="trialSeats" label={t('manage.field.trialSeats')}>
            {(a) => <input {...a} type="number" min={0} max={50} value={classDraft.trialSeats} onChange={(e) => putClass({ trialSeats: e.target.value })} />}
          </Field>
          <Field name="firstDate" label={t('manage.field.firstDate')}>
            {(a) => <input {...a} type="date" value={classDraft.firstDate} onChange={(e) => putClass({ firstDate: e.target.value })} />}
          </Field>
          <Field name="lastDate" label={t('manage.field.lastDate')}>
            {(a) => <input {...a} type="date" value={classDraft.lastDate} onChange={(e) => putClass({ lastDate: e.target.value })} />}
          </Field>
          <label className="field field--inline manage-field--check">
            <input type="checkbox" checked={classDraft.active} onChange={(e) => putClass({ active: e.target.checked })} data-testid="class-form-active" />
            {t('manage.field.active')}
          </label>
          <div className="manage-field--wide">
            <PatternEditor name="lessons" legend={t('manage.field.lessons')} rows={classDraft.lessons} plain onChange={(lessons) => putClass({ lessons })} />
          </div>
        </FormFrame>
      )}
      <ManageList<SchoolItem>
        testId="schools-list"
        title={t('manage.schools.title')}
        items={schools?.items ?? []}
        loading={!schools}
        columns={[
          { key: 'name', label: t('manage.field.name'), sort: (r) => r.name, render: (r) => r.name },
          { key: 'location', label: t('manage.col.mainLocation'), sort: (r) => r.locationName ?? '', render: (r) => r.locationName ?? <span className="muted">—</span> },
          { key: 'classes', label: t('manage.col.classes'), sort: (r) => r.classes, render: (r) => r.classes },
          { key: 'trials', label: t('manage.col.trials'), sort: (r) => r.trialDemands, render: (r) => r.trialDemands },
        ]}
        searchText={(r) => `${r.name} ${r.locationName ?? ''}`}
        countLabel={(n) => t('manage.count.schools', { count: n })}
        addLabel={t('manage.schools.add')}
        onAdd={() => openSchool('new')}
        onEdit={openSchool}
        onRemove={(r) => {
          setRefused(null);
          setRemoving({ entity: 'schools', id: r.id, name: r.name });
        }}
        rowName={(r) => r.name}
      />
      <ManageList<ClassItem>
        testId="classes-list"
        title={t('manage.classes.title')}
        items={classes?.items ?? []}
        loading={!classes}
        columns={[
          { key: 'name', label: t('manage.field.name'), sort: (r) => r.name, render: (r) => (r.active ? r.name : `${r.name} (${t('manage.inactive')})`) },
          { key: 'school', label: t('manage.field.school'), sort: (r) => r.schoolName, render: (r) => r.schoolName },
          { key: 'route', label: t('manage.field.route'), sort: (r) => t(routeKey(r.route)), render: (r) => t(routeKey(r.route)) },
          {
            key: 'seats',
            label: t('manage.col.seats'),
            sort: (r) => r.capacity - r.placesTaken,
            render: (r) => t('manage.classes.seats', { taken: r.placesTaken, capacity: r.capacity }),
          },
          { key: 'trialSeats', label: t('manage.col.trialSeats'), sort: (r) => r.trialSeats, render: (r) => r.trialSeats },
          { key: 'lessons', label: t('manage.field.lessons'), render: (r) => patternText(r.lessons, t) },
          { key: 'inUse', label: t('manage.col.inUse'), sort: (r) => r.trialBookings.future, render: (r) => plannedUse('trialLesson', r.trialBookings) },
        ]}
        searchText={(r) => `${r.name} ${r.schoolName} ${r.locationName} ${t(routeKey(r.route))}`}
        countLabel={(n) => t('manage.count.classes', { count: n })}
        addLabel={t('manage.classes.add')}
        onAdd={() => openClass('new')}
        onEdit={openClass}
        onRemove={(r) => {
          setRefused(null);
          setRemoving({ entity: 'classes', id: r.id, name: r.name });
        }}
        rowName={(r) => `${r.name} (${r.schoolName})`}
      />
      {removing && <RemoveFlow entity={removing.entity} id={removing.id} name={removing.name} onClose={() => setRemoving(null)} onRefused={setRefused} />}
    </div>
  );
}
