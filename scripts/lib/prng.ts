/** mulberry32: a small seeded PRNG, so the generated fixtures are the same on every machine. */
export function seededRandom(seed: number): { rand: () => number; pick: <T>(a: readonly T[]) => T; chance: (p: number) => boolean } {
  let state = seed >>> 0;
  const rand = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { rand, pick: <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!, chance: (p: number) => rand() < p };
}
