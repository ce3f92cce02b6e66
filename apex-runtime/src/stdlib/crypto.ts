// Blob, Crypto and EncodingUtil (Apex Reference: Blob Class, Crypto Class, EncodingUtil Class),
// over node:crypto.
import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import { ApexError } from '../errors';
import { ApexBlob, type ApexValue } from '../values';
import { arity, blob, int, notImplemented, str } from './args';
import type { InstanceMethod, StaticMethod } from './interop';

const utf8 = (s: string): ApexBlob => new ApexBlob(new Uint8Array(Buffer.from(s, 'utf8')));
const bytes = (b: ApexBlob): Buffer => Buffer.from(b.bytes);

const DIGESTS: Record<string, string> = {
  md5: 'md5',
  sha1: 'sha1',
  'sha-256': 'sha256',
  'sha-512': 'sha512',
  sha3_256: 'sha3-256'
};
const MACS: Record<string, string> = {
  hmacmd5: 'md5',
  hmacsha1: 'sha1',
  hmacsha256: 'sha256',
  hmacsha512: 'sha512'
};

export const BLOB_STATIC: Record<string, StaticMethod> = {
  valueof: (rt, args) => {
    arity(rt, 'Blob.valueOf', args, 1);
    return utf8(str(rt, 'Blob.valueOf', args[0]));
  }
};

export const BLOB_METHODS: Record<string, InstanceMethod<ApexBlob>> = {
  size: (_rt, b) => b.bytes.length,
  tostring: (_rt, b) => {
    const text = new TextDecoder('utf-8', { fatal: true });
    try {
      return text.decode(b.bytes);
    } catch {
      throw new ApexError('StringException', 'BLOB is not a valid UTF-8 string');
    }
  }
};

export const CRYPTO_STATIC: Record<string, StaticMethod> = {
  getrandominteger: (rt, args) => {
    arity(rt, 'Crypto.getRandomInteger', args, 0);
    return randomBytes(4).readInt32BE(0);
  },
  getrandomlong: (rt, args) => {
    arity(rt, 'Crypto.getRandomLong', args, 0);
    // A JS number holds 53 bits exactly: the Long is drawn from that range.
    return randomInt(-(2 ** 47), 2 ** 47) * 64 + randomInt(0, 64);
  },
  generateaeskey: (rt, args) => {
    arity(rt, 'Crypto.generateAesKey', args, 1);
    const size = int(rt, 'Crypto.generateAesKey', args[0]);
    if (![128, 192, 256].includes(size))
      throw new ApexError('InvalidParameterValueException', `Invalid key size: ${size}`);
    return new ApexBlob(new Uint8Array(randomBytes(size / 8)));
  },
  generatedigest: (rt, args) => {
    arity(rt, 'Crypto.generateDigest', args, 2);
    const name = str(rt, 'Crypto.generateDigest', args[0]);
    const algorithm = DIGESTS[name.toLowerCase()];
    if (!algorithm)
      throw new ApexError('NoSuchAlgorithmException', `Algorithm not supported: ${name}`);
    const digest = createHash(algorithm)
      .update(bytes(blob(rt, 'Crypto.generateDigest', args[1])))
      .digest();
    return new ApexBlob(new Uint8Array(digest));
  },
  generatemac: (rt, args) => {
    arity(rt, 'Crypto.generateMac', args, 3);
    const name = str(rt, 'Crypto.generateMac', args[0]);
    const algorithm = MACS[name.toLowerCase()];
    if (!algorithm)
      throw new ApexError('NoSuchAlgorithmException', `Algorithm not supported: ${name}`);
    const mac = createHmac(algorithm, bytes(blob(rt, 'Crypto.generateMac', args[2])))
      .update(bytes(blob(rt, 'Crypto.generateMac', args[1])))
      .digest();
    return new ApexBlob(new Uint8Array(mac));
  }
};

function charset(rt: Parameters<StaticMethod>[0], what: string, value: ApexValue): void {
  const name = str(rt, what, value).toUpperCase();
  if (name !== 'UTF-8') notImplemented(rt, `${what} with encoding ${name}`);
}

export const ENCODING_UTIL_STATIC: Record<string, StaticMethod> = {
  converttohex: (rt, args) => {
    arity(rt, 'EncodingUtil.convertToHex', args, 1);
    return bytes(blob(rt, 'EncodingUtil.convertToHex', args[0])).toString('hex');
  },
  convertfromhex: (rt, args) => {
    arity(rt, 'EncodingUtil.convertFromHex', args, 1);
    const hex = str(rt, 'EncodingUtil.convertFromHex', args[0]);
    if (!/^([0-9a-fA-F]{2})*$/.test(hex))
      throw new ApexError('InvalidParameterValueException', `Invalid hex string: ${hex}`);
    return new ApexBlob(new Uint8Array(Buffer.from(hex, 'hex')));
  },
  base64encode: (rt, args) => {
    arity(rt, 'EncodingUtil.base64Encode', args, 1);
    return bytes(blob(rt, 'EncodingUtil.base64Encode', args[0])).toString('base64');
  },
  base64decode: (rt, args) => {
    arity(rt, 'EncodingUtil.base64Decode', args, 1);
    return new ApexBlob(
      new Uint8Array(Buffer.from(str(rt, 'EncodingUtil.base64Decode', args[0]), 'base64'))
    );
  },
  // URLEncoder.encode: spaces become '+', and only A-Z a-z 0-9 . - * _ stay as they are.
  urlencode: (rt, args) => {
    arity(rt, 'EncodingUtil.urlEncode', args, 2);
    charset(rt, 'EncodingUtil.urlEncode', args[1]);
    return encodeURIComponent(str(rt, 'EncodingUtil.urlEncode', args[0]))
      .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%20/g, '+');
  },
  urldecode: (rt, args) => {
    arity(rt, 'EncodingUtil.urlDecode', args, 2);
    charset(rt, 'EncodingUtil.urlDecode', args[1]);
    try {
      return decodeURIComponent(str(rt, 'EncodingUtil.urlDecode', args[0]).replace(/\+/g, ' '));
    } catch {
      throw new ApexError('InvalidParameterValueException', 'Invalid URL-encoded text');
    }
  }
};
