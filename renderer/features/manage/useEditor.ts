import { useState } from 'react';
import { focusAdd } from './Notice';

/**
 * The state every Beheer screen keeps around its form: the row being edited (or 'new') with its
 * draft, the row being removed, and the refusal shown above the list. Closing the form returns
 * the focus to the list's add button.
 */
export function useEditor<Item, Draft>(listTestId: string, toDraft: (row: Item | 'new') => Draft) {
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [removing, setRemoving] = useState<Item | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const open = (row: Item | 'new') => {
    setRefused(null);
    setDraft(toDraft(row));
    setEditing(row);
  };
  const close = () => {
    setEditing(null);
    focusAdd(listTestId);
  };
  const put = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  return { editing, draft, open, close, put, removing, setRemoving, refused, setRefused };
}
