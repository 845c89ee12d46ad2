// How the coordinator likes to see the week: the view and the layers, kept across restarts.
import { create } from 'zustand';
import { CALENDAR_MODES, type CalendarMode } from './resourceView';

export type LayerName = 'classes' | 'intakes' | 'childcare';
export const LAYERS: LayerName[] = ['classes', 'intakes', 'childcare'];

const KEY = 'keten.week.calendar';

interface Saved {
  mode: CalendarMode;
  layers: Record<LayerName, boolean>;
}

// Layers start hidden: the coordinator's own sessions come first, the rest on request.
const DEFAULTS: Saved = { mode: 'week', layers: { classes: false, intakes: false, childcare: false } };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readPrefs(raw: string | null): Saved {
  if (!raw) return DEFAULTS;
  try {
    const x = JSON.parse(raw) as Partial<Saved>;
    const mode = CALENDAR_MODES.includes(x.mode as CalendarMode) ? (x.mode as CalendarMode) : DEFAULTS.mode;
    const layers = { ...DEFAULTS.layers };
    for (const l of LAYERS) if (typeof x.layers?.[l] === 'boolean') layers[l] = x.layers[l];
    return { mode, layers };
  } catch {
    return DEFAULTS;
  }
}

interface PrefsState extends Saved {
  setMode(mode: CalendarMode): void;
  toggleLayer(layer: LayerName): void;
}

export const useCalendarPrefs = create<PrefsState>()((set, get) => {
  const save = () => {
    const { mode, layers } = get();
    storage()?.setItem(KEY, JSON.stringify({ mode, layers }));
  };
  return {
    ...readPrefs(storage()?.getItem(KEY) ?? null),
    setMode(mode) {
      set({ mode });
      save();
    },
    toggleLayer(layer) {
      set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } }));
      save();
    },
  };
});
