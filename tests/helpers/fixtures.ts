import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const fixture = (p: string): string => FIXTURES + p;
export const readFixture = (p: string): string => readFileSync(fixture(p), 'utf8');
export const ZWNJ = '\u200c';
