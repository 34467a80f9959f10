// Failed logins counted per client address and per user name in a sliding window; past the limit, logins
// from that address or for that name wait until the oldest failure leaves the window.

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly attempts: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** Seconds to wait before another try for any of these keys, or 0. */
  retryAfter(keys: readonly string[]): number {
    let wait = 0;
    for (const k of keys) {
      const list = this.recent(k);
      if (list.length >= this.attempts) wait = Math.max(wait, Math.ceil((list[0]! + this.windowMs - this.now()) / 1000));
    }
    return wait;
  }

  fail(keys: readonly string[]): void {
    for (const k of keys) this.failures.set(k, [...this.recent(k), this.now()]);
    // Bounded memory under a flood of made-up names: forget the oldest keys.
    if (this.failures.size > 100_000) for (const k of [...this.failures.keys()].slice(0, 10_000)) this.failures.delete(k);
  }

  succeed(keys: readonly string[]): void {
    for (const k of keys) this.failures.delete(k);
  }
}
