import fc from 'fast-check';
import type { ModuleContract, PropertyCase } from './contract.js';
import { categoryDatabase } from '../generators/category-database.js';
import { hostName } from '../generators/host-name.js';
import { ipv4Host } from '../generators/ipv4-host.js';
import { byteString } from '../generators/byte-string.js';

const onBundled = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: hostName().map((host) => ({ host, hostKind: 'name' as const })) }, { weight: 1, arbitrary: ipv4Host().map((h) => ({ host: h.split('.').length === 4 && !/x|^0\d/i.test(h) ? h : '10.1.2.3', hostKind: 'ipv4' as const })) }),
    fc.oneof(fc.constantFrom('/', '/search', '/watch', '/wiki/Main_Page', '/games/', '/a/b'), byteString({ maxLength: 20 }).map((s) => '/' + s)),
  )
  .map(([h, path]): PropertyCase<'category_lookup'> => ({ input: { host: h.host, hostKind: h.hostKind, path } }));

const onGenerated = categoryDatabase().map((c): PropertyCase<'category_lookup'> => ({ sources: { categories: c.text, policy: '', phrases: '' }, input: c.lookup }));

export const categoryLookupContract: ModuleContract<'category_lookup'> = {
  module: 'category_lookup',
  cases: fc.oneof({ weight: 2, arbitrary: onBundled }, { weight: 3, arbitrary: onGenerated }),
  cost: 2,
};
