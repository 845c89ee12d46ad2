// Where the built interface is, beside the bundled server scripts or in the project's dist/.
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function findRendererDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'dist', 'renderer'), join(here, 'renderer')]) {
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  throw new Error('De gebouwde interface (dist/renderer) ontbreekt. Draai eerst: npm run build');
}
