/**
 * When a scenario sets `shuffle: true`, each scene's choices appear in an order drawn
 * once per run from the run's seed (kept in its log), so a replay shows the same order.
 * mulberry32 seeded by the run seed and the scene id: small, fast, reproducible everywhere.
 */

function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** mulberry32: a small, fast, seeded PRNG (also used to generate benchmark scenarios). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `items` in the order drawn for `sceneId` in the run with `seed` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: number, sceneId: string): T[] {
  const random = mulberry32(seed ^ hashString(sceneId));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A fresh seed for a new run. */
export function newSeed(): number {
  return Math.floor(Math.random() * 0x100000000) >>> 0;
}
