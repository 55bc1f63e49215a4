import type { Bytes, DecisionRequest } from '../../legacy-bridge/index.js';

/** Escape a field for filter-native's input format (see legacy-bridge/native/filter_cli.cpp). */
function field(s: Bytes): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x5c) out += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
    else out += s[i];
  }
  return out;
}

/** One line of filter-native input for a decision request. */
export function encodeNativeRequest(r: DecisionRequest): string {
  return [
    field(r.method),
    field(r.target),
    r.headers.map((h) => field(h.name) + '\x1f' + field(h.value)).join('\x1e'),
    field(r.identity.tenant),
    field(r.identity.user),
    r.identity.groups.map(field).join('\x1e'),
    String(Math.trunc(r.timeMs)),
    field(r.bypassToken),
  ].join('\t');
}
