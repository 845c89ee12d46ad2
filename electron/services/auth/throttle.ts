// Failed logins per network address, in memory: an address that keeps guessing (at one account
// or many) is refused for a while before any password is checked, so guessing stays cheap for
// the server and slow for the guesser.
export class AddressThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly opts: { clock: () => number; maxFailures: number; windowMs: number }) {}

  private recent(address: string): number[] {
    const since = this.opts.clock() - this.opts.windowMs;
    const list = (this.failures.get(address) ?? []).filter((t) => t > since);
    if (list.length === 0) this.failures.delete(address);
    else this.failures.set(address, list);
    return list;
  }

  blocked(address: string): boolean {
    return this.recent(address).length >= this.opts.maxFailures;
  }

  fail(address: string): void {
    const list = this.recent(address);
    list.push(this.opts.clock());
    this.failures.set(address, list);
    // Keep memory bounded under a flood of addresses: forget the oldest.
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!);
  }
}
