import { useT } from '../../i18n';
import { useDragPreview } from './dragPreviewStore';

const MAX_SHOWN = 3;

/** The verdict that follows the pointer while a session is dragged: red with the reasons, or green. */
export function DragPreview() {
  const { t } = useT();
  const p = useDragPreview();
  if (!p.active) return null;
  const conflict = p.state === 'conflict';
  // Keep the box on screen near the right and bottom edges.
  const left = Math.min(p.x + 18, window.innerWidth - 380);
  const top = Math.min(p.y + 18, window.innerHeight - 160);
  return (
    <div className={`drag-preview drag-preview--${p.state}`} data-testid="drag-preview" data-state={p.state} role="status" aria-live="polite" style={{ left, top }}>
      <div className="drag-preview__target">{p.target}</div>
      <div className="drag-preview__verdict">
        <span aria-hidden="true">{conflict ? '⚠ ' : '✓ '}</span>
        {conflict ? (p.messages.length === 1 ? t('week.drag.conflict') : t('week.drag.conflicts', { count: p.messages.length })) : t('week.drag.ok')}
        {p.resolvedCount > 0 && <span className="drag-preview__resolved"> · {t('week.drag.resolves', { count: p.resolvedCount })}</span>}
      </div>
      {conflict && (
        <ul className="drag-preview__messages">
          {p.messages.slice(0, MAX_SHOWN).map((m, i) => (
            <li key={i}>{m}</li>
          ))}
          {p.messages.length > MAX_SHOWN && <li className="muted">{t('week.drag.more', { count: p.messages.length - MAX_SHOWN })}</li>}
        </ul>
      )}
    </div>
  );
}
