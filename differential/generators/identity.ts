import fc from 'fast-check';
import type { Identity } from '../../legacy-bridge/index.js';
import { textWithEvasions } from './byte-string.js';

export const FIXTURE_TENANTS = ['springfield', 'lyon-lycee', 'pune-academy'];
export const GROUPS = ['students', 'staff', 'teachers', 'admins', 'guests', 'Students', 'STAFF', '*', ''];

/** Constraints of identity. */
export interface IdentityConstraints {
  tenants?: readonly string[];
  groups?: readonly string[];
}

/** Identities on the known tenants (and a few unknown ones), groups with case and spacing variants, CR/LF in names. */
export function identity(c: IdentityConstraints = {}): fc.Arbitrary<Identity> {
  const tenants = c.tenants ?? FIXTURE_TENANTS;
  const tenant = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...tenants) }, { weight: 1, arbitrary: fc.constantFrom('unknown', '', 'SPRINGFIELD', 'springfield ') });
  const group = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...(c.groups ?? GROUPS)) }, { weight: 1, arbitrary: textWithEvasions(8) });
  const user = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('bart', 'lisa', 'msk', 'j.dupont', 'priya') }, { weight: 1, arbitrary: textWithEvasions(12) });
  return fc.record({ tenant, user, groups: fc.array(group, { maxLength: 4 }) });
}
