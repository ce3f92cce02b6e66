// Paths and project facts the preview needs, on top of the build's own (scripts/lib/project.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, LWC_DIR, CLASSES_DIR, projectPaths } from '../../scripts/lib/project.mjs';

export { ROOT, LWC_DIR, CLASSES_DIR };
export const PREVIEW_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = path.join(ROOT, '.tmp', 'preview');
export const DEMO_ORG = path.join(PREVIEW_DIR, 'demo-org.json');

const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? parseInt(entity.slice(2), 16)
          : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return XML_ENTITIES[entity] ?? whole;
  });
}

/** The org's custom labels (fullName → value) from every labels/*.labels-meta.xml file. */
export function readCustomLabels() {
  const dir = path.join(path.dirname(projectPaths().lwc), 'labels');
  const labels = new Map();
  if (!fs.existsSync(dir)) return labels;
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.labels-meta.xml'))
    .sort()) {
    const xml = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const match of xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
      const name = /<fullName>([\s\S]*?)<\/fullName>/.exec(match[1]);
      const value = /<value>([\s\S]*?)<\/value>/.exec(match[1]);
      if (name) labels.set(decodeXml(name[1].trim()), value ? decodeXml(value[1]) : '');
    }
  }
  return labels;
}
