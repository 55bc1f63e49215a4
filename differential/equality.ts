/**
 * Output equality and a readable diff. Outputs are plain data (objects, arrays, strings,
 * numbers, booleans, null); key order is not significant, byte strings compare exactly.
 */
import { bytes } from '../legacy-bridge/index.js';

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao);
  if (ak.length !== Object.keys(bo).length) return false;
  for (const k of ak) {
    if (!Object.prototype.hasOwnProperty.call(bo, k) || !deepEqual(ao[k], bo[k])) return false;
  }
  return true;
}

export interface DiffEntry {
  path: string;
  control: string;
  candidate: string;
}

/** Renders a value for people: byte strings escaped, everything else as compact JSON. */
export function show(v: unknown): string {
  if (v === undefined) return '(absent)';
  if (typeof v === 'string') return JSON.stringify(bytes.escapeBytes(v));
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'string' ? bytes.escapeBytes(x) : x));
}

/** The leaves where two values differ, with paths like `matches[1].line`. */
export function diff(control: unknown, candidate: unknown, path = '', out: DiffEntry[] = [], limit = 20): DiffEntry[] {
  if (out.length >= limit || deepEqual(control, candidate)) return out;
  const bothObjects = control !== null && candidate !== null && typeof control === 'object' && typeof candidate === 'object';
  if (bothObjects && Array.isArray(control) === Array.isArray(candidate)) {
    if (Array.isArray(control) && Array.isArray(candidate)) {
      const n = Math.max(control.length, candidate.length);
      for (let i = 0; i < n; i++) diff(control[i], candidate[i], `${path}[${i}]`, out, limit);
    } else {
      const co = control as Record<string, unknown>;
      const ca = candidate as Record<string, unknown>;
      const keys = new Set([...Object.keys(co), ...Object.keys(ca)]);
      for (const k of keys) diff(co[k], ca[k], path ? `${path}.${k}` : k, out, limit);
    }
    return out;
  }
  out.push({ path: path || '(root)', control: show(control), candidate: show(candidate) });
  return out;
}

export function formatDiff(entries: DiffEntry[]): string {
  return entries.map((e) => `  ${e.path}: legacy ${e.control} ≠ ported ${e.candidate}`).join('\n');
}
