import fc from 'fast-check';
import type { ModuleContract, PropertyCase } from './contract.js';
import { policyFile, policyTime } from '../generators/policy-file.js';
import { identity } from '../generators/identity.js';
import { epochTime } from '../generators/epoch-time.js';
import { byteString } from '../generators/byte-string.js';

const host = (domains: readonly string[]) => fc.oneof(fc.constantFrom(...domains), fc.constantFrom(...domains).map((d) => 'www.' + d), fc.constantFrom('example.test', 'xgames.test', 'GAMES.TEST', ''));
const categories = fc.array(fc.integer({ min: 0, max: 14 }), { maxLength: 4 });
const score = fc.oneof(fc.constantFrom(0, 29, 30, 49, 50, 99, 100, 101, -10), fc.integer({ min: -1000, max: 1000 }));
const token = fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: byteString({ maxLength: 40 }) });

const onGenerated = policyFile()
  .chain((p) =>
    fc.record({
      p: fc.constant(p),
      who: identity({ tenants: p.tenants, groups: p.groups }),
      timeMs: policyTime(p),
      host: host(p.domains),
      categories,
      phraseScore: score,
      bypassToken: token,
    }),
  )
  .map(({ p, who, timeMs, host: h, categories: cs, phraseScore, bypassToken }): PropertyCase<'policy_eval'> => ({
    sources: { categories: '', policy: p.text, phrases: '' },
    input: { ...who, timeMs, host: h, url: `http://${h}/`, categories: cs, phraseScore, bypassToken },
  }));

const onBundled = fc
  .record({ who: identity(), timeMs: epochTime(), host: host(['springfield.k12.us', 'facebook.com', 'youtube.com', 'games.example', 'khanacademy.org']), categories, phraseScore: score, bypassToken: token })
  .map(({ who, timeMs, host: h, categories: cs, phraseScore, bypassToken }): PropertyCase<'policy_eval'> => ({ input: { ...who, timeMs, host: h, url: `http://${h}/`, categories: cs, phraseScore, bypassToken } }));

export const policyEvalContract: ModuleContract<'policy_eval'> = {
  module: 'policy_eval',
  cases: fc.oneof({ weight: 3, arbitrary: onGenerated }, { weight: 2, arbitrary: onBundled }),
  cost: 2,
};
