import { useId, useState } from 'react';
import { useT } from '../../i18n';
import '../../styles/planning.css';
import { planDetailLines } from './plannerText';

/**
 * The optimisation figures behind a "Details" toggle: a coordinator reads the plan, not its
 * score; who wants to know reads in words how close to the best possible it is.
 */
export function PlanDetails({ cost, bound = null }: { cost: number | null; bound?: number | null }) {
  const { t, lang } = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  const lines = planDetailLines(cost, bound, t, lang);
  if (lines.length === 0) return null;
  return (
    <span className="plan-details">
      <button type="button" className="link plan-details__toggle" data-testid="plan-details-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {t('planning.details')}
      </button>
      <span id={id} className="plan-details__body" data-testid="plan-details" hidden={!open}>
        {lines.map((l) => (
          <span key={l} className="plan-details__line">
            {l}
          </span>
        ))}
      </span>
    </span>
  );
}
