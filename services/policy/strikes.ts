/**
 * Strikes per sender for the enforcement ladder ("for serious or repeated violations…"): each blocking
 * verdict adds a weight by severity; weights decay exponentially over event time with the ladder's
 * half-life. Bounded: the least recently struck senders are evicted first once the cap is reached.
 */
export class StrikeStore {
  private readonly bySender = new Map<string, { value: number; at: number }>();
  private evicted = 0;

  constructor(private halfLifeMs: number, private readonly maxSenders: number) {}

  setHalfLife(ms: number): void {
    this.halfLifeMs = ms;
  }

  /** Decayed strikes of a sender at event time t. */
  get(senderId: string, t: number): number {
    const s = this.bySender.get(senderId);
    return s ? decay(s.value, Math.max(0, t - s.at), this.halfLifeMs) : 0;
  }

  /** Adds a weight at event time t and returns the new decayed total. */
  add(senderId: string, t: number, weight: number): number {
    const s = this.bySender.get(senderId);
    let value = weight;
    let at = t;
    if (s) {
      this.bySender.delete(senderId);
      if (t >= s.at) value += decay(s.value, t - s.at, this.halfLifeMs);
      else {
        // an older event arriving late: decay its weight to the stored time instead
        value = s.value + decay(weight, s.at - t, this.halfLifeMs);
        at = s.at;
      }
    } else if (this.bySender.size >= this.maxSenders) {
      const oldest = this.bySender.keys().next();
      if (!oldest.done) this.bySender.delete(oldest.value);
      this.evicted++;
    }
    this.bySender.set(senderId, { value, at });
    return this.get(senderId, t);
  }

  /** Removes a weight added at event time t (an overturned verdict); the total never goes below zero. */
  remove(senderId: string, t: number, weight: number): number {
    const s = this.bySender.get(senderId);
    if (!s) return 0;
    const at = Math.max(t, s.at);
    const now = decay(s.value, at - s.at, this.halfLifeMs);
    const taken = t >= s.at ? weight : decay(weight, s.at - t, this.halfLifeMs);
    this.bySender.set(senderId, { value: Math.max(0, now - taken), at });
    return this.get(senderId, at);
  }

  stats(): { senders: number; evicted: number } {
    return { senders: this.bySender.size, evicted: this.evicted };
  }
}

function decay(value: number, dtMs: number, halfLifeMs: number): number {
  return value * Math.pow(0.5, dtMs / halfLifeMs);
}
