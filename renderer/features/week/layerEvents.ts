// The other parties' sessions shown under the coordinator's own: school classes with trial
// seats, startklas intake moments and childcare places. Read-only context while planning,
// drawn as shaded bands behind the sessions so these keep their full width. Items of one
// layer that overlap are merged into one band that lists them all.
import type { EventInput } from '@fullcalendar/core';
import type { WeekLayers } from '../../../shared/api/contract';
import type { Translate } from '../../i18n/translate';
import type { LayerName } from './calendarPrefs';

export interface LayerLine {
  text: string;
  /** No free place left: shown in a warning tone. */
  full: boolean;
}

export interface LayerItem {
  layer: LayerName;
  start: string;
  end: string;
  title: string;
  lines: LayerLine[];
}

interface Raw {
  start: string;
  end: string;
  line: LayerLine;
}

/** Overlapping items merged into bands, earliest first. */
export function mergeBands(items: Raw[]): { start: string; end: string; lines: LayerLine[] }[] {
  const sorted = [...items].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: { start: string; end: string; lines: LayerLine[] }[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (last && it.start < last.end) {
      if (it.end > last.end) last.end = it.end;
      last.lines.push(it.line);
    } else {
      out.push({ start: it.start, end: it.end, lines: [it.line] });
    }
  }
  return out;
}

export function layerItems(layers: WeekLayers, shown: Record<LayerName, boolean>, t: Translate): LayerItem[] {
  const out: LayerItem[] = [];
  const add = (layer: LayerName, raw: Raw[]) => {
    for (const b of mergeBands(raw)) out.push({ layer, start: b.start, end: b.end, title: t(`week.layer.${layer}`), lines: b.lines });
  };
  if (shown.classes) {
    add(
      'classes',
      layers.classSessions.map((c) => {
        const free = Math.max(0, c.trialSeats - c.trialBooked.length);
        return {
          start: c.start,
          end: c.end,
          line: {
            text: `${t('week.layer.class', { school: c.schoolName, route: t(`route.${c.route}`) })}: ${t('week.layer.trialSeats', { free, seats: c.trialSeats })}`,
            full: free === 0,
          },
        };
      }),
    );
  }
  if (shown.intakes) {
    add(
      'intakes',
      layers.intakes.map((i) => {
        const free = Math.max(0, i.seats - i.booked.length);
        return {
          start: i.start,
          end: i.end,
          line: { text: `${t('week.layer.intake', { location: i.locationName })}: ${t('week.layer.intakeSeats', { free, seats: i.seats })}`, full: free === 0 },
        };
      }),
    );
  }
  if (shown.childcare) {
    add(
      'childcare',
      layers.childcare.map((c) => ({
        start: c.start,
        end: c.end,
        line: { text: `${c.providerName}: ${t('week.layer.careFree', { free: c.free })}`, full: c.free === 0 },
      })),
    );
  }
  return out;
}

export function layerEvents(layers: WeekLayers, shown: Record<LayerName, boolean>, t: Translate): EventInput[] {
  return layerItems(layers, shown, t).map((item) => ({
    id: `layer-${item.layer}-${item.start}`,
    start: `${item.start}:00`,
    end: `${item.end}:00`,
    editable: false,
    display: 'background',
    classNames: ['layer', `layer--${item.layer}`],
    extendedProps: { layerItem: item },
  }));
}
