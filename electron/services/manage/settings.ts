// Beheer, the region's planning settings: the day, the grid, group sizes, the toets duration
// and the planning weights as levels (shared/domain/planning-weights.ts).
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import { ApiError } from '../../../shared/api/errors';
import { msg } from '../../../shared/messages';
import { WEIGHT_KEYS, presetOf, weightLevelOf, weightsFromLevels, type WeightChoice, type WeightKey } from '../../../shared/domain/planning-weights';
import { getRegion } from '../../../db/repositories/region';
import { saveRegionSettings } from '../../../db/repositories/manage-settings';
import type { ServiceDeps } from '../context';
import { runChange } from './change';
import { lastChangeOf } from '../../../db/repositories/audit';

// The settings are one audited row (manage-settings.ts): entity and id 'region'.
const SETTINGS_ROW = { entity: 'region', id: 'region', what: 'settings' } as const;

export function manageSettingsHandlers(deps: ServiceDeps): Pick<Handlers<ApiCtx>, 'settings.get' | 'settings.save'> {
  const { db } = deps;
  const region = () => {
    const r = getRegion(db);
    if (!r) throw new ApiError({ code: 'not_found', msg: msg('error.noRegion') });
    return r;
  };
  return {
    'settings.get': () => {
      const r = region();
      const weights = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, weightLevelOf(k, r.weights[k])])) as Record<WeightKey, WeightChoice>;
      return {
        name: r.name,
        dayStart: r.dayStart,
        dayEnd: r.dayEnd,
        slotMinutes: r.slotMinutes,
        workingDays: r.workingDays,
        groupInfo: r.groupInfo,
        toets: r.toets,
        weights,
        preset: presetOf(weights),
        weightValues: { ...r.weights },
        stamp: lastChangeOf(db, SETTINGS_ROW.entity, SETTINGS_ROW.id)?.id ?? 0,
      };
    },
    'settings.save': ({ reason, preview, confirm, expectedStamp, weights, ...s }, ctx) => {
      const current = region();
      return runChange(
        deps,
        ctx,
        { reason, preview, confirm, expectedStamp },
        {
          stamped: SETTINGS_ROW,
          what: msg('manage.what.saveSettings'),
          purpose: 'beheer: instellingen regio',
          area: 'settings',
          checkPlans: true,
          apply: (audit) => {
            const r = saveRegionSettings(db, audit, { ...s, weights: weightsFromLevels(weights, current.weights) });
            return { id: null, msg: msg(r.fields.length ? 'manage.settings.saved' : 'manage.settings.unchanged') };
          },
        },
      );
    },
  };
}
