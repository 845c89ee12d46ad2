import { useCallback, useState } from 'react';
import { messageOf } from '../../stores/errorStore';

/** One button's call: busy while running, the Dutch error when it fails. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (err) {
      setError(messageOf(err) ?? 'Er ging onverwacht iets mis. Probeer het opnieuw.');
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
