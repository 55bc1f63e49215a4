// Frozen from the legacy oracle by scripts/dev/freeze-examples.ts (inputs: inputs.ts); reviewed by hand.
import type { ModuleExamples } from './harness.js';
import { SOURCES } from './sources.js';

export const examples: ModuleExamples<'identity_headers'> = {
  module: 'identity_headers',
  sources: SOURCES,
  cases: [
    {
      name: 'identity block prepended',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, headers: [{ name: 'Host', value: 'example.com' }, { name: 'Accept', value: '*/*' }] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'bart' }, { name: 'X-Filter-Groups', value: 'students' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: '5f403f6d043c9f91a8eb3338756896e73b93afaa3afb8844e5acc79f5405ea42' }, { name: 'Host', value: 'example.com' }, { name: 'Accept', value: '*/*' }], removed: 0 },
    },
    {
      name: 'spoofed identity header removed',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, headers: [{ name: 'X-Filter-User', value: 'admin' }, { name: 'Accept', value: '*/*' }] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'bart' }, { name: 'X-Filter-Groups', value: 'students' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: '5f403f6d043c9f91a8eb3338756896e73b93afaa3afb8844e5acc79f5405ea42' }, { name: 'Accept', value: '*/*' }], removed: 1 },
    },
    {
      name: 'names compared case-insensitively',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, headers: [{ name: 'x-filter-tenant', value: 'a' }, { name: 'X-FILTER-GROUPS', value: 'staff' }] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'bart' }, { name: 'X-Filter-Groups', value: 'students' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: '5f403f6d043c9f91a8eb3338756896e73b93afaa3afb8844e5acc79f5405ea42' }], removed: 2 },
    },
    {
      name: 'odd spacing around names',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, headers: [{ name: ' X-Filter-User', value: 'a' }, { name: 'X-Filter-Signature\x09', value: 'b' }] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'bart' }, { name: 'X-Filter-Groups', value: 'students' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: '5f403f6d043c9f91a8eb3338756896e73b93afaa3afb8844e5acc79f5405ea42' }], removed: 2 },
    },
    {
      name: 'duplicates all removed',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, headers: [{ name: 'X-Filter-User', value: 'a' }, { name: 'X-Filter-User', value: 'b' }, { name: 'X-Filter-User', value: 'c' }] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'bart' }, { name: 'X-Filter-Groups', value: 'students' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: '5f403f6d043c9f91a8eb3338756896e73b93afaa3afb8844e5acc79f5405ea42' }], removed: 3 },
    },
    {
      name: 'underscore spelling (CGI) removed',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, headers: [{ name: 'X_Filter_User', value: 'a' }] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'bart' }, { name: 'X-Filter-Groups', value: 'students' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: '5f403f6d043c9f91a8eb3338756896e73b93afaa3afb8844e5acc79f5405ea42' }], removed: 1 },
    },
    {
      name: 'common upstream identity headers removed',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, headers: [{ name: 'X-Authenticated-User', value: 'a' }, { name: 'X-Forwarded-User', value: 'b' }, { name: 'X-Remote-User', value: 'c' }, { name: 'X-Authenticated-Groups', value: 'd' }] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'bart' }, { name: 'X-Filter-Groups', value: 'students' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: '5f403f6d043c9f91a8eb3338756896e73b93afaa3afb8844e5acc79f5405ea42' }], removed: 4 },
    },
    {
      name: 'similar names kept',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, headers: [{ name: 'X-Filter-Users', value: 'a' }, { name: 'X-Filter', value: 'b' }] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'bart' }, { name: 'X-Filter-Groups', value: 'students' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: '5f403f6d043c9f91a8eb3338756896e73b93afaa3afb8844e5acc79f5405ea42' }, { name: 'X-Filter-Users', value: 'a' }, { name: 'X-Filter', value: 'b' }], removed: 0 },
    },
    {
      name: 'CR/LF cannot be injected through the user',
      input: { tenant: 'springfield', user: 'bart\x0d\x0aX-Filter-User: admin', groups: ['students'], timeMs: 1795532400000, headers: [] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'bartX-Filter-User: admin' }, { name: 'X-Filter-Groups', value: 'students' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: '16afed0fce881b1c0ca984dfddc79ba6f76cdde6c9bc34ea54ddb4c2fdb57f2b' }], removed: 0 },
    },
    {
      name: 'NUL and other controls dropped, TAB kept',
      input: { tenant: 'springfield', user: 'a\x00b\x09c\x7f', groups: ['g\x01'], timeMs: 1795532400000, headers: [] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'ab\x09c' }, { name: 'X-Filter-Groups', value: 'g' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: '671a0cbfd8701bad5d0910c22b64545bd4d384db2374895c2f0a426f95e80d93' }], removed: 0 },
    },
    {
      name: 'groups joined with commas',
      input: { tenant: 'springfield', user: 'bart', groups: ['students', 'library', 'band'], timeMs: 1795532400000, headers: [] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'bart' }, { name: 'X-Filter-Groups', value: 'students,library,band' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: 'fab078569afa366c6b85306bfaef55e8cfce062e11bc31bf8be7ab1a6e42cdc0' }], removed: 0 },
    },
    {
      name: 'no groups',
      input: { tenant: 'springfield', user: 'bart', groups: [], timeMs: 1795532400000, headers: [] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'bart' }, { name: 'X-Filter-Groups', value: '' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: '889ab019ee90e838ec919d0484de9e040dce4b89240ae022fe7127e66c039fb5' }], removed: 0 },
    },
    {
      name: 'bytes >= 0x80 kept as they are',
      input: { tenant: 'springfield', user: 'z\xc3\xa9', groups: ['students'], timeMs: 1795532400000, headers: [{ name: 'X-Note', value: '\xff\xfe' }] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'springfield' }, { name: 'X-Filter-User', value: 'z\xc3\xa9' }, { name: 'X-Filter-Groups', value: 'students' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: 'c9e4a8b78e7319e83038741d965a2298c15088882e004763b9491badf41034f7' }, { name: 'X-Note', value: '\xff\xfe' }], removed: 0 },
    },
    {
      name: 'signature depends on the tenant secret',
      input: { tenant: 'lyon', user: 'bart', groups: ['students'], timeMs: 1795532400000, headers: [] },
      expected: { headers: [{ name: 'X-Filter-Tenant', value: 'lyon' }, { name: 'X-Filter-User', value: 'bart' }, { name: 'X-Filter-Groups', value: 'students' }, { name: 'X-Filter-Timestamp', value: '1795532400000' }, { name: 'X-Filter-Signature', value: '43756d71003876f70321715112c244cb38c9ac7c6c12007b119646307562727d' }], removed: 0 },
    },
    {
      name: 'unknown tenant throws',
      input: { tenant: 'nowhere', user: 'bart', groups: ['students'], timeMs: 1795532400000, headers: [] },
      expected: { throws: 'E_UNKNOWN_TENANT' },
    },
  ],
};
