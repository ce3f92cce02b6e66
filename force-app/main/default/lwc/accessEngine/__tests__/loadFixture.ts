// Reads a snapshot fixture through the real parser, so every fixture is also a valid snapshot.
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseSnapshot } from '../accessEngine';
import type { Snapshot } from '../accessEngine';

export function fixtureText(name: string): string {
  return readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8');
}

export function loadFixture(name: string): Snapshot {
  return parseSnapshot(fixtureText(name));
}
