/**
 * How many API calls and how many request bytes the server holds at once. Bodies are refused
 * before they are buffered: six 79 MB uploads at once once took the server from 190 MB to 1.1 GB.
 */
export interface Limits {
  maxConcurrentApi: number;
  /** One request body. */
  maxBodyBytes: number;
  /** All request bodies being received or handled, together. */
  maxInFlightBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxConcurrentApi: 8,
  maxBodyBytes: 80 * 1024 * 1024,
  maxInFlightBytes: 120 * 1024 * 1024,
};

/** One admitted API call: the bytes it holds, returned once whatever way it ends. */
export interface Ticket {
  /** Adds bytes to this call; false (nothing added) when the budget would be passed. */
  reserve(bytes: number): boolean;
  release(): void;
}

export class Budget {
  active = 0;
  bytes = 0;

  constructor(private readonly limits: Limits) {}

  /** null when as many calls as allowed are already running. */
  admit(): Ticket | null {
    if (this.active >= this.limits.maxConcurrentApi) return null;
    this.active++;
    let held = 0;
    let done = false;
    return {
      reserve: (n) => {
        if (done || this.bytes + n > this.limits.maxInFlightBytes) return false;
        this.bytes += n;
        held += n;
        return true;
      },
      release: () => {
        if (done) return;
        done = true;
        this.bytes -= held;
        this.active--;
      },
    };
  }
}
