// The session panel's room, consultant and interpreter as one small form (WCAG 3.2.2, On Input):
// choosing in a list only stages the choice; "Opslaan" (or Enter) applies the staged choices in
// one change, "Annuleren" puts the lists back. Every option shows beforehand whether it would add
// a conflict, and the staged choices together are checked as one change before saving.
// The change carries the version the form was filled on, so a change someone else made meanwhile
// refuses it ('stale': the week reloads and StaleNotice says who and when) and the form then shows
// the session as it is now.
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { PlannedSession, SessionChange } from '../../../shared/api/contract';
import { useMsg, useT } from '../../i18n';
import { useDraft } from './draftStore';
import { EditFooter } from './EditFooter';
import { previewChange, type ResourceOption } from './preview';
import { useWeekEditStore } from './weekEditStore';
import { useWeekStore } from './weekStore';

const NONE = '';

/** What the form can change: the staged choices, only those that differ from the session. */
export type StagedResources = Pick<SessionChange, 'roomId' | 'consultantId' | 'interpreterId'>;

/** The staged choices that differ from the session; empty when nothing is to be saved. */
export function changedResources(s: PlannedSession, staged: StagedResources): StagedResources {
  const out: StagedResources = {};
  if (staged.roomId !== undefined && staged.roomId !== s.room.id) out.roomId = staged.roomId;
  if (staged.consultantId !== undefined && staged.consultantId !== s.consultant.id) out.consultantId = staged.consultantId;
  if (staged.interpreterId !== undefined && staged.interpreterId !== (s.interpreter?.id ?? null)) out.interpreterId = staged.interpreterId;
  return out;
}

function OptionSelect({
  label,
  testId,
  current,
  value,
  options,
  onPick,
}: {
  label: string;
  testId: string;
  /** The session's own choice now. */
  current: string | null;
  /** The choice shown: staged, else the current one. */
  value: string | null;
  options: ResourceOption[];
  onPick(id: string | null): void;
}) {
  const { t } = useT();
  const m = useMsg();
  const shown = options.find((o) => o.id === value);
  return (
    <label className="edit-field">
      <span className="edit-field__label">{label}</span>
      <select
        className="edit-field__select"
        data-testid={testId}
        data-changed={value !== current ? 'true' : undefined}
        value={value ?? NONE}
        disabled={options.length === 0}
        onChange={(e) => onPick(e.target.value === NONE ? null : e.target.value)}
      >
        {options.length === 0 && <option value={value ?? NONE}>{t('week.edit.noOptions')}</option>}
        {options.map((o) => (
          <option
            key={o.id ?? NONE}
            value={o.id ?? NONE}
            data-conflict={o.introduced.length > 0 ? 'true' : 'false'}
            title={o.introduced.map((v) => m(v.msg, v.message)).join('\n') || undefined}
          >
            {o.id === current ? t('week.edit.current', { name: o.name }) : o.introduced.length > 0 ? `⚠ ${t('week.edit.optionConflict', { name: o.name })}` : `✓ ${o.name}`}
          </option>
        ))}
      </select>
      {shown && shown.introduced.length > 0 && <span className="edit-field__warn">{m(shown.introduced[0]!.msg, shown.introduced[0]!.message)}</span>}
    </label>
  );
}

interface Props {
  session: PlannedSession;
  options: { rooms: ResourceOption[]; consultants: ResourceOption[]; interpreters: ResourceOption[] };
  onChange(change: SessionChange): Promise<boolean>;
}

export function SessionResourceForm({ session: s, options, onChange }: Props) {
  const { t } = useT();
  const id = useId();
  const planning = useWeekEditStore((x) => x.planning);
  const baseline = useWeekEditStore((x) => x.baseline);
  const saving = useWeekEditStore((x) => x.saving);
  const [staged, setStaged] = useState<StagedResources>({});
  const [unchangedTried, setUnchangedTried] = useState(false);
  const changes = useMemo(() => changedResources(s, staged), [s, staged]);
  const dirty = Object.keys(changes).length > 0;
  // Choosing started on this version; until then the form follows the session as it changes.
  const [baseVersion, setBaseVersion] = useState(s.version);
  if (!dirty && baseVersion !== s.version) setBaseVersion(s.version);
  // A saved choice stays shown until the week brings the session's new version (the lists would
  // otherwise show the old choice for a moment), then the form follows the session again.
  const [clearFrom, setClearFrom] = useState<typeof s.version | null>(null);
  if (clearFrom !== null && s.version !== clearFrom) {
    setClearFrom(null);
    setStaged({});
  }

  useDraft('resources', dirty ? { sessionId: s.id, version: baseVersion, change: changes } : null);

  const introduced = useMemo(() => {
    if (Object.keys(changes).length === 0 || !planning) return [];
    return previewChange(planning.instance, planning.plan, baseline, { sessionId: s.id, ...changes }).introduced;
  }, [changes, planning, baseline, s.id]);

  const stage = (patch: StagedResources) => {
    setUnchangedTried(false);
    setStaged((x) => ({ ...x, ...patch }));
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (saving) return;
    if (!dirty) {
      setUnchangedTried(true);
      return;
    }
    const saved = await onChange({ sessionId: s.id, ...changes, expectedVersion: baseVersion });
    // Saved, or refused because the session changed meanwhile: show it as it is now.
    const now = useWeekStore.getState().view?.sessions.find((x) => x.id === s.id)?.version;
    if (now !== baseVersion) setStaged({});
    else if (saved) setClearFrom(baseVersion);
  };

  // Enter on a list submits the form, as it does in a text field (the browser does not by itself).
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <form className="resources" aria-labelledby={`${id}-title`} data-testid="session-resources" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
      <h5 id={`${id}-title`} className="move__title">
        {t('week.resources.heading')}
      </h5>
      <OptionSelect
        label={t('session.field.room')}
        testId="session-room"
        current={s.room.id}
        value={staged.roomId ?? s.room.id}
        options={options.rooms}
        onPick={(v) => v && stage({ roomId: v })}
      />
      <OptionSelect
        label={t('session.field.consultant')}
        testId="session-consultant"
        current={s.consultant.id}
        value={staged.consultantId ?? s.consultant.id}
        options={options.consultants}
        onPick={(v) => v && stage({ consultantId: v })}
      />
      {s.kind === 'groupInfo' && (
        <OptionSelect
          label={t('session.field.interpreter')}
          testId="session-interpreter"
          current={s.interpreter?.id ?? null}
          value={staged.interpreterId !== undefined ? staged.interpreterId : (s.interpreter?.id ?? null)}
          options={options.interpreters}
          onPick={(v) => stage({ interpreterId: v })}
        />
      )}
      <EditFooter
        testId="session-resources"
        saveTestId="session-resources-save"
        pending={dirty}
        introduced={introduced}
        noConflicts={t('week.resources.noConflicts')}
        conflicts={(count) => t('week.resources.conflicts', { count })}
        saveLabel={t('week.resources.save')}
        saving={saving}
        unchanged={unchangedTried && !dirty ? t('week.resources.unchanged') : null}
        actions={
          <button
            type="button"
            className="btn btn--small"
            data-testid="session-resources-cancel"
            onClick={() => {
              setStaged({});
              setUnchangedTried(false);
            }}
          >
            {t('week.resources.cancel')}
          </button>
        }
      >
        {dirty && !saving && (
          <span className="muted resources__pending" data-testid="session-resources-pending">
            {t('week.resources.pending')}
          </span>
        )}
      </EditFooter>
    </form>
  );
}
