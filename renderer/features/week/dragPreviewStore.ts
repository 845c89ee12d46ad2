// The floating verdict next to the pointer while a session is dragged or resized. Kept apart
// from the calendar's own state so the tooltip re-renders on every move, the calendar not.
import { create } from 'zustand';

export interface DragPreviewState {
  active: boolean;
  state: 'ok' | 'conflict';
  /** Where the drop would land, e.g. "di 24 nov 10:00–12:00 · Raadzaal". */
  target: string;
  /** Dutch messages of the conflicts the drop would add. */
  messages: string[];
  /** Conflicts the drop would take away. */
  resolvedCount: number;
  x: number;
  y: number;
  show(p: { state: 'ok' | 'conflict'; target: string; messages: string[]; resolvedCount: number }): void;
  move(x: number, y: number): void;
  hide(): void;
}

export const useDragPreview = create<DragPreviewState>()((set) => ({
  active: false,
  state: 'ok',
  target: '',
  messages: [],
  resolvedCount: 0,
  x: 0,
  y: 0,
  show(p) {
    set({ active: true, ...p });
  },
  move(x, y) {
    set({ x, y });
  },
  hide() {
    set({ active: false, messages: [], target: '' });
  },
}));
