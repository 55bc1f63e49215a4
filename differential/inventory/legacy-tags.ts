/** `@legacy <file>.cpp <function>` tags in the port's doc comments: the port's side of the map. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PORTED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../ported');

export interface LegacyTag {
  legacyFile: string;
  legacyFunction: string;
  tsFile: string;
  tsLine: number;
  /** The TypeScript function or method the tag's comment documents. */
  tsName: string;
}

const TAG = /@legacy\s+([\w.-]+\.cpp)\s+([\w~:]+)/g;
const DECL = /^\s*(?:export\s+)?(?:async\s+)?(?:function\s*\*?\s*(\w+)|(?:static\s+)?(?:private\s+|public\s+|protected\s+)?(?:#)?(\w+)\s*(?:<[^>]*>)?\s*\(|(?:export\s+)?const\s+(\w+)\s*=)/;

export function findTags(dir = PORTED_DIR): LegacyTag[] {
  const out: LegacyTag[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts') && !x.startsWith('__mutant_')).sort()) {
    const lines = readFileSync(resolve(dir, f), 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(TAG)) {
        let tsName = '(unknown)';
        for (let j = i + 1; j < Math.min(lines.length, i + 30); j++) {
          const d = DECL.exec(lines[j]!);
          if (d && !lines[j]!.trim().startsWith('*') && !lines[j]!.trim().startsWith('//')) {
            tsName = d[1] ?? d[2] ?? d[3] ?? tsName;
            break;
          }
        }
        out.push({ legacyFile: m[1]!, legacyFunction: m[2]!.replace(/^.*::/, ''), tsFile: f, tsLine: i + 1, tsName });
      }
    });
  }
  return out;
}
