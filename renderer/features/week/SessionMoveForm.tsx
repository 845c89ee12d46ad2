// Moving a session by keyboard: a day of the week and a start and end time typed as 24-hour
// "UU:MM", checked next to each field. Before the move is sent it shows the conflicts it would
// add, as a drag does; the move goes through the same save (and the same confirmation for a
// published week) as a drag.
// A move is made on the session as the form showed it when the person began typing: its version
// goes along, so when someone else changed the session meanwhile (live, on the team server) the
// move is refused with who did what and when, and the form shows the session as it is now.
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { PlannedSession, SessionChange } from '../../../shared/api/contract';
import { useT } from '../../i18n';
import { formatDayLong } from '../../i18n/format';
import { useDraft } from './draftStore';
import { EditFooter } from './EditFooter';
import { checkMove, endFollowing, fieldsOf, weekDays, type MoveFields, type MoveProblem } from './moveForm';
import { previewChange } from './preview';
import { useWeekEditStore } from './weekEditStore';
import { useWeekStore } from './weekStore';

interface Props {
  session: PlannedSession;
  onChange(change: SessionChange): Promise<boolean>;
}

export function SessionMoveForm({ session: s, onChange }: Props) {
  const { t, lang } = useT();
  const id = useId();
  const weekStart = useWeekEditStore((x) => x.weekStart);
  const planning = useWeekEditStore((x) => x.planning);
  const baseline = useWeekEditStore((x) => x.baseline);
  const saving = useWeekEditStore((x) => x.saving);
  const [fields, setFields] = useState<MoveFields>(() => fieldsOf(s));
  const [endTouched, setEndTouched] = useState(false);
  const [tried, setTried] = useState(false);
  const [left, setLeft] = useState({ start: false, end: false });
  // Typing started on this version; until then the form follows the session as it changes.
  const [typed, setTyped] = useState(false);
  const [baseVersion, setBaseVersion] = useState(s.version);
  if (!typed && baseVersion !== s.version) setBaseVersion(s.version);
  // After a move (or an undo) the fields show the session's new times. The form stays in place,
  // so a keyboard user keeps the focus in the field they pressed Enter in. What the person is
  // typing stays until they send it.
  const times = `${s.start}-${s.end}`;
  const [shownFor, setShownFor] = useState(times);
  if (shownFor !== times && !typed) {
    setShownFor(times);
    setFields(fieldsOf(s));
    setEndTouched(false);
    setTried(false);
    setLeft({ start: false, end: false });
  }

  const check = useMemo(() => (weekStart ? checkMove(s, weekStart, fields) : null), [s, weekStart, fields]);
  const introduced = useMemo(() => {
    if (!check?.change || !planning) return [];
    return previewChange(planning.instance, planning.plan, baseline, check.change).introduced;
  }, [check, planning, baseline]);

  // Typed and not sent: closing the panel asks first. Fields that are not valid yet count too.
  const invalid = !!check && (!!check.start || !!check.end || !!check.day);
  const pending = typed && !!check && (check.change !== null || invalid);
  useDraft('move', pending ? { sessionId: s.id, version: baseVersion, change: check.change && !invalid ? { start: check.change.start, end: check.change.end } : null } : null);

  if (!weekStart || !check) return null;

  const problemText = (p: MoveProblem | null) =>
    p === 'time' ? t('week.move.problem.time') : p === 'endBeforeStart' ? t('week.move.problem.endBeforeStart') : p === 'outsideWeek' ? t('week.move.problem.outsideWeek') : null;
  // A time is judged once the person has left the field or tried to move; not at every key.
  const [startProblem, endProblem] = [problemText(check.start), problemText(check.end)];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setTried(true);
    if (!check.change) return;
    const saved = await onChange({ ...check.change, expectedVersion: baseVersion });
    // Saved, or refused because the session changed meanwhile: show it as it is now.
    const current = useWeekStore.getState().view?.sessions.find((x) => x.id === s.id)?.version;
    if (saved || current !== baseVersion) setTyped(false);
  };

  const field = (name: 'start' | 'end', label: string, problem: string | null) => {
    const errId = `${id}-${name}-err`;
    const show = problem && (tried || left[name]);
    return (
      <label className="edit-field move__time">
        <span className="edit-field__label">{label}</span>
        <input
          type="text"
          className="edit-field__input"
          data-testid={`session-move-${name}`}
          inputMode="numeric"
          autoComplete="off"
          pattern="([01]?[0-9]|2[0-3])[:.][0-5][0-9]"
          placeholder={t('week.move.placeholder')}
          maxLength={5}
          value={fields[name]}
          aria-invalid={show ? true : undefined}
          aria-describedby={show ? errId : undefined}
          readOnly={saving}
          onBlur={() => setLeft((l) => ({ ...l, [name]: true }))}
          onChange={(e) => {
            const value = e.target.value;
            setTyped(true);
            if (name === 'end') {
              setEndTouched(true);
              setFields((f) => ({ ...f, end: value }));
            } else {
              const end = endTouched ? null : endFollowing(s, value);
              setFields((f) => ({ ...f, start: value, end: end ?? f.end }));
            }
          }}
        />
        {show && (
          <span id={errId} className="edit-field__warn" data-testid={`session-move-${name}-error`}>
            {problem}
          </span>
        )}
      </label>
    );
  };

  return (
    <form className="move" aria-labelledby={`${id}-title`} data-testid="session-move" onSubmit={(e) => void submit(e)} noValidate>
      <h5 id={`${id}-title`} className="move__title">
        {t('week.move.heading')}
      </h5>
      <label className="edit-field">
        <span className="edit-field__label">{t('week.move.day')}</span>
        <select
          className="edit-field__select"
          data-testid="session-move-day"
          value={fields.day}
          disabled={saving}
          onChange={(e) => {
            setTyped(true);
            setFields((f) => ({ ...f, day: e.target.value }));
          }}
        >
          {!weekDays(weekStart).includes(fields.day) && <option value={fields.day}>{formatDayLong(fields.day, lang)}</option>}
          {weekDays(weekStart).map((d) => (
            <option key={d} value={d}>
              {formatDayLong(d, lang)}
            </option>
          ))}
        </select>
        {check.day && <span className="edit-field__warn">{problemText(check.day)}</span>}
      </label>
      <div className="move__times">
        {field('start', t('week.move.start'), startProblem)}
        {field('end', t('week.move.end'), endProblem)}
      </div>
      <EditFooter
        testId="session-move"
        saveTestId="session-move-submit"
        pending={!!check.change}
        introduced={introduced}
        noConflicts={t('week.move.noConflicts')}
        conflicts={(count) => t('week.move.conflicts', { count })}
        saveLabel={t('week.move.button')}
        saving={saving}
        unchanged={tried && !check.change && !startProblem && !endProblem && !check.day ? t('week.move.unchanged') : null}
      />
    </form>
  );
}
