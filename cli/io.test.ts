/** @jest-environment node */
import { processIo } from './io';

it('writes to the process streams by default', () => {
  expect(processIo()).toEqual({ stdout: process.stdout, stderr: process.stderr });
});
