/** The project's root folder, so a tool finds content/, public/ and node_modules/ from wherever it is started. */
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
