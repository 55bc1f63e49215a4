import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, EngineError, LegacyEngine } from '../../legacy-bridge/index.js';
import { loadAddon } from '../../legacy-bridge/addon.js';

describe('error codes', () => {
  it('the C++ table (errors.h) and the TypeScript table list the same codes in the same order', () => {
    expect(loadAddon().errorCodes).toEqual(Object.keys(ERROR_CODES));
  });

  it('every code is documented in the README error table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const code of Object.keys(ERROR_CODES)) expect(readme, code).toContain(`\`${code}\``);
  });

  it('every proxy error code is documented in the README with its status', async () => {
    const { PROXY_ERRORS } = await import('../../proxy/index.js');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [code, e] of Object.entries(PROXY_ERRORS)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${code}\``));
      expect(row, code).toBeDefined();
      expect(row).toContain(e.side);
    }
  });

  it('parse errors arrive as EngineError with code, source and line', () => {
    let thrown: unknown;
    try {
      LegacyEngine.fromSources({ categories: '', policy: '[tenant a]\nsecret = x\nthis is not a key value line\n', phrases: '' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(EngineError);
    expect(thrown).toMatchObject({ code: 'E_POLICY_SYNTAX', source: 'policy', line: 3 });
  });
});
