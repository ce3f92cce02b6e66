// Minimal reader for the entries of a .jar (zip) file: enough to read class files offline,
// without unzip on the machine or another dependency.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function findEndOfCentralDirectory(buffer) {
  // The record is 22 bytes plus a comment of at most 64 KiB, at the very end of the file.
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let offset = buffer.length - 22; offset >= earliest; offset--) {
    if (buffer.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('not a zip file: no end-of-central-directory record');
}

/** Yields { name, read() } for each entry whose name passes the filter. */
export function* zipEntries(zipPath, filter = () => true) {
  const buffer = readFileSync(zipPath);
  const end = findEndOfCentralDirectory(buffer);
  const entryCount = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  for (let index = 0; index < entryCount; index++) {
    if (buffer.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) {
      throw new Error(`${zipPath}: corrupt central directory at entry ${index}`);
    }
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localHeader = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (!filter(name)) continue;
    yield {
      name,
      read() {
        if (buffer.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) {
          throw new Error(`${zipPath}: corrupt local header for ${name}`);
        }
        const dataStart =
          localHeader +
          30 +
          buffer.readUInt16LE(localHeader + 26) +
          buffer.readUInt16LE(localHeader + 28);
        const data = buffer.subarray(dataStart, dataStart + compressedSize);
        if (method === STORED) return data;
        if (method === DEFLATED) return inflateRawSync(data);
        throw new Error(`${zipPath}: ${name} uses unsupported compression method ${method}`);
      }
    };
  }
}
