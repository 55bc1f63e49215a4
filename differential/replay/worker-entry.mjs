// Worker threads start without the parent's TypeScript loader (under vitest, for one): register
// tsx here, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./replay-worker.ts');
