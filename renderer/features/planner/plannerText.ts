// Wording of planner figures; pure so it can be tested without React.
import type { ProposalCounts } from '../../../shared/api/contract';
import type { Lang, MessageKey, Translate } from '../../i18n';

/** "10 sessies, 12 proeflessen en 3 opvangboekingen": what a proposal holds or what was done with it, kinds without any left out. */
export function proposalCountsText(c: ProposalCounts, t: Translate): string {
  const parts = (['sessions', 'trials', 'intakes', 'care'] as const).filter((k) => c[k] > 0).map((k) => t(`planning.count.${k}`, { count: c[k] }));
  if (parts.length === 0) return t('planning.count.none');
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${t('planning.count.and')} ${parts[parts.length - 1]}`;
}

const KNOWN_PHASES = ['start', 'opbouwen', 'verbeteren', 'klaar'] as const;

/** The planner reports its phase as a short Dutch word; we show a readable sentence. */
export function phaseLabel(phase: string, t: Translate): string {
  if ((KNOWN_PHASES as readonly string[]).includes(phase)) return t(`planning.phase.${phase}` as MessageKey);
  // An unknown phase (a newer planner) is still shown, capitalised, rather than hidden.
  return phase ? phase.charAt(0).toUpperCase() + phase.slice(1) : t('planning.phase.start');
}

/** Costs are sums of SPEC weights; whole numbers read best, fractions keep one decimal. */
export function formatCost(cost: number, lang: Lang): string {
  const rounded = Math.round(cost * 10) / 10;
  return rounded.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
}

/** Relative distance between the plan and the lower bound, "3,2%"; null without a usable bound. */
export function gapText(cost: number | null, bound: number | null, lang: Lang): string | null {
  if (cost === null || bound === null) return null;
  const gap = cost <= 0 ? 0 : Math.max(0, (cost - bound) / cost);
  return `${(Math.round(gap * 1000) / 10).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 })}%`;
}

export function percent(fraction: number): number {
  return Math.round(Math.max(0, Math.min(1, fraction)) * 100);
}

/**
 * The optimisation figures in words, for the "Details" toggle: how far the plan can be from the
 * best possible (from the lower bound), and the score itself with what it counts.
 */
export function planDetailLines(cost: number | null, bound: number | null, t: Translate, lang: Lang): string[] {
  if (cost === null) return [];
  const lines: string[] = [];
  if (bound !== null) {
    const gap = cost <= 0 ? 0 : Math.max(0, (cost - bound) / cost);
    if (bound >= cost - 1e-6) lines.push(t('planning.details.optimal'));
    else {
      const pct = Math.round(gap * 100);
      lines.push(pct < 1 ? t('planning.details.gapSmall') : t('planning.details.gap', { percent: pct }));
    }
  }
  lines.push(t('planning.details.score', { cost: formatCost(cost, lang) }));
  return lines;
}
