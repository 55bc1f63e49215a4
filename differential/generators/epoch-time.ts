import fc from 'fast-check';

const DAY = 86_400_000;

function nthSunday(year: number, month: number, n: number): number {
  const first = Date.UTC(year, month, 1);
  const dow = new Date(first).getUTCDay();
  return first + (((7 - dow) % 7) + 7 * (n - 1)) * DAY;
}

function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY;
}

/** UTC midnights of every US and EU daylight-saving transition day from 1990 to 2045. */
export const TRANSITION_DAYS: readonly number[] = (() => {
  const out: number[] = [];
  for (let y = 1990; y <= 2045; y++) out.push(nthSunday(y, 2, 2), nthSunday(y, 10, 1), lastSunday(y, 2), lastSunday(y, 9));
  return out;
})();

/** Constraints of epochTime. */
export interface EpochTimeConstraints {
  /** Local minutes of day that matter (schedule starts and ends). */
  edges?: readonly number[];
  /** UTC offsets in minutes of the tenants (to turn local edges into instants). */
  offsets?: readonly number[];
}

/**
 * Epoch milliseconds biased to where calendars bite: minutes around each DST transition (±36 h
 * covers every offset), schedule edges in each tenant's local time on random days (± one
 * minute, ± an hour for a DST slip), weekday boundaries, year ends and leap days, far past and
 * future, negative times.
 */
export function epochTime(c: EpochTimeConstraints = {}): fc.Arbitrary<number> {
  const edges = c.edges ?? [0, 450, 480, 900, 930, 1320, 1439];
  const offsets = c.offsets ?? [-300, 60, 330, 0];
  const minute = 60_000;
  const nearTransition = fc
    .tuple(fc.constantFrom(...TRANSITION_DAYS), fc.integer({ min: -36 * 60, max: 36 * 60 }), fc.integer({ min: -2, max: 2 }))
    .map(([day, m, s]) => day + m * minute + s * 1000);
  const scheduleEdge = fc
    .tuple(fc.integer({ min: 7300, max: 25000 }), fc.constantFrom(...edges), fc.constantFrom(...offsets), fc.constantFrom(-60, -1, 0, 1, 59, 60), fc.constantFrom(0, 0, -1, 999))
    .map(([day, local, off, d, ms]) => day * DAY + (local - off + d) * minute + ms);
  // The early hours of a transition Sunday in each tenant's own local time: where a DST rule
  // that starts or ends an hour off changes the local clock.
  const nearLocalTransition = fc
    .tuple(fc.constantFrom(...TRANSITION_DAYS), fc.integer({ min: 0, max: 300 }), fc.constantFrom(...offsets))
    .map(([day, local, off]) => day + (local - off) * minute);
  // Schedule edges on transition days, in local time: a schedule that starts at 03:00 on the
  // Sunday the clocks change is where an off-by-an-hour DST rule shows.
  const edgeOnTransition = fc
    .tuple(fc.constantFrom(...TRANSITION_DAYS), fc.constantFrom(...edges), fc.constantFrom(...offsets), fc.constantFrom(-61, -60, -59, -1, 0, 1, 59, 60, 61))
    .map(([day, local, off, d]) => day + (local - off + d) * minute);
  const special = fc.constantFrom(0, -1, 1, 951782400000 /* 2000-02-29 */, 1709164800000 /* 2024-02-29 */, 1735689599999, 1735689600000, -86400000 * 366, 4102444800000, 253402300799999, -62135596800000);
  const any = fc.integer({ min: -8_000_000_000_000, max: 8_000_000_000_000 });
  const recent = fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 });
  return fc.oneof({ weight: 4, arbitrary: nearTransition }, { weight: 3, arbitrary: nearLocalTransition }, { weight: 3, arbitrary: edgeOnTransition }, { weight: 4, arbitrary: scheduleEdge }, { weight: 1, arbitrary: special }, { weight: 1, arbitrary: any }, { weight: 2, arbitrary: recent });
}
