/** Deterministic pseudo-random numbers (mulberry32), so that a failing case can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** PHDV_TRUST_SEED replays a run; otherwise the given default. */
export function seedFromEnv(fallback: number): number {
  const raw = process.env.PHDV_TRUST_SEED?.trim();
  return raw && Number.isInteger(Number(raw)) ? Number(raw) : fallback;
}
