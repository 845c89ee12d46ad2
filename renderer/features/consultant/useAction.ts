import { useCallback, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { failureText } from '../../stores/errorStore';

/**
 * One button's call: busy while running, the error in the chosen language when it fails, and whether the refusal
 * may be overridden ("Toch boeken" with a reason: the service names the field 'override').
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [overridable, setOverridable] = useState(false);
  const run = useCallback(async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    setOverridable(false);
    try {
      return await fn();
    } catch (err) {
      setError(failureText(err));
      setOverridable(err instanceof ApiError && err.field === 'override');
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, overridable, run };
}
