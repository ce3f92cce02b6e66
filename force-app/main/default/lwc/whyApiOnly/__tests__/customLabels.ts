// Resolves `@salesforce/label/c.*` imports to the values in the project's labels metadata, as the
// org does (sfdx-lwc-jest would otherwise give each label its own name), so tests read the real
// sentences the engine fills in. Call before requiring a component.
import fs from 'node:fs';
import path from 'node:path';

const LABELS_DIR = path.resolve(__dirname, '../../../labels');

function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every Custom Label of the project: fullName → value (whitespace normalised as the org shows it). */
export function readCustomLabels(): Map<string, string> {
  const labels = new Map<string, string>();
  for (const file of fs.readdirSync(LABELS_DIR)) {
    if (!file.endsWith('.labels-meta.xml')) continue;
    const xml = fs.readFileSync(path.join(LABELS_DIR, file), 'utf8');
    for (const [, body] of xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
      const name = /<fullName>([^<]+)<\/fullName>/.exec(body)?.[1];
      const value = /<value>([\s\S]*?)<\/value>/.exec(body)?.[1];
      if (name && value !== undefined) {
        labels.set(name.trim(), decodeXml(value).replace(/\s+/g, ' ').trim());
      }
    }
  }
  return labels;
}

export function mockCustomLabels(): Map<string, string> {
  const labels = readCustomLabels();
  for (const [name, value] of labels) {
    jest.doMock(`@salesforce/label/c.${name}`, () => ({ default: value }), { virtual: true });
  }
  return labels;
}
