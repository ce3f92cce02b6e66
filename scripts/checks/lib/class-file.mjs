// Reads the public instance fields of a Java class file (name and type descriptor): the shape in
// which the platform type library (sobject-types jar) records each SObject's fields.

const ACC_PUBLIC = 0x0001;
const ACC_STATIC = 0x0008;
const CONSTANT_UTF8 = 1;
// Byte size of each other constant-pool entry after its tag; Long and Double take two slots.
const CONSTANT_SIZES = {
  3: 4,
  4: 4,
  5: 8,
  6: 8,
  7: 2,
  8: 2,
  9: 4,
  10: 4,
  11: 4,
  12: 4,
  15: 3,
  16: 2,
  17: 4,
  18: 4,
  19: 2,
  20: 2
};
const TWO_SLOT_TAGS = new Set([5, 6]);

/** @returns {{name: string, descriptor: string}[]} */
export function publicInstanceFields(bytes) {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.readUInt32BE(0) !== 0xcafebabe) throw new Error('not a class file');
  let offset = 8;
  const poolCount = data.readUInt16BE(offset);
  offset += 2;
  const utf8 = new Map();
  for (let index = 1; index < poolCount; index++) {
    const tag = data[offset];
    offset += 1;
    if (tag === CONSTANT_UTF8) {
      const length = data.readUInt16BE(offset);
      // Names here are ASCII, where Java's modified UTF-8 and UTF-8 agree.
      utf8.set(index, data.toString('utf8', offset + 2, offset + 2 + length));
      offset += 2 + length;
    } else if (tag in CONSTANT_SIZES) {
      offset += CONSTANT_SIZES[tag];
      if (TWO_SLOT_TAGS.has(tag)) index++;
    } else {
      throw new Error(`unknown constant pool tag ${tag}`);
    }
  }
  offset += 6; // access flags, this class, super class
  const interfaceCount = data.readUInt16BE(offset);
  offset += 2 + 2 * interfaceCount;
  const fieldCount = data.readUInt16BE(offset);
  offset += 2;
  const fields = [];
  for (let index = 0; index < fieldCount; index++) {
    const flags = data.readUInt16BE(offset);
    const name = utf8.get(data.readUInt16BE(offset + 2));
    const descriptor = utf8.get(data.readUInt16BE(offset + 4));
    let attributeCount = data.readUInt16BE(offset + 6);
    offset += 8;
    while (attributeCount-- > 0) offset += 6 + data.readUInt32BE(offset + 2);
    if (flags & ACC_PUBLIC && !(flags & ACC_STATIC)) fields.push({ name, descriptor });
  }
  return fields;
}
