import { callMethod, callStatic } from '../../src/stdlib';
import { ApexBlob } from '../../src/values';
import { fakeInterop } from './fakeInterop';

const rt = fakeInterop();

describe('Blob, Crypto and EncodingUtil', () => {
  it('hashes a Blob with SHA-256 and prints it as lower-case hex', () => {
    const digest = callStatic(rt, 'Crypto', 'generateDigest', [
      'SHA-256',
      callStatic(rt, 'Blob', 'valueOf', ['abc'])
    ]);
    expect(callStatic(rt, 'EncodingUtil', 'convertToHex', [digest])).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    );
  });

  it('makes an AES key of the requested bits and random Integers in the 32-bit range', () => {
    const key = callStatic(rt, 'Crypto', 'generateAesKey', [128]) as ApexBlob;
    expect(callMethod(rt, key, 'size', [])).toBe(16);
    const n = callStatic(rt, 'Crypto', 'getRandomInteger', []) as number;
    expect(n).toBeGreaterThanOrEqual(-(2 ** 31));
    expect(n).toBeLessThan(2 ** 31);
  });

  it('encodes base64 and URLs as Java URLEncoder does (space as +)', () => {
    const blob = callStatic(rt, 'Blob', 'valueOf', ['hé']);
    const text = callStatic(rt, 'EncodingUtil', 'base64Encode', [blob]);
    expect(text).toBe('aMOp');
    expect(
      callMethod(rt, callStatic(rt, 'EncodingUtil', 'base64Decode', [text]), 'toString', [])
    ).toBe('hé');
    expect(callStatic(rt, 'EncodingUtil', 'urlEncode', ["a b&c*'", 'UTF-8'])).toBe('a+b%26c*%27');
    expect(callStatic(rt, 'EncodingUtil', 'urlDecode', ['a+b%26c', 'UTF-8'])).toBe('a b&c');
  });
});
