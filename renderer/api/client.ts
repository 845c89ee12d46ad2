// Typed calls on top of the bridge. Stores use this; components use stores.
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import { getBridge } from './bridge';

export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  return (await getBridge().call(name, input)) as CallOutput<N>;
}

export function subscribe(listener: Parameters<ReturnType<typeof getBridge>['subscribe']>[0]): () => void {
  return getBridge().subscribe(listener);
}
