// Every @AuraEnabled method of the project is called by AuraAuthorityTest, which proves that a
// caller without authority learns and changes nothing: a new method without its case fails here.
import * as fs from 'node:fs';
import * as path from 'node:path';

const CLASSES = path.resolve(__dirname, '../../../force-app/main/default/classes');
const AURA_METHOD = /@AuraEnabled(?:\([^)]*\))?\s+public\s+static\s+[\w<>,. ]+?\s+(\w+)\s*\(/g;

function auraMethods(): string[] {
  const found: string[] = [];
  for (const file of fs.readdirSync(CLASSES).filter((name) => name.endsWith('.cls'))) {
    const text = fs.readFileSync(path.join(CLASSES, file), 'utf8');
    for (const match of text.matchAll(AURA_METHOD))
      found.push(`${file.replace('.cls', '')}.${match[1]}`);
  }
  return found.sort();
}

it('finds the server methods the components call', () => {
  expect(auraMethods()).toEqual(
    expect.arrayContaining([
      'MfaEditorController.applyChanges',
      'WhyApiOnlyController.getAccessFacts'
    ])
  );
});

it('has a case in AuraAuthorityTest for every @AuraEnabled method', () => {
  const test = fs.readFileSync(path.join(CLASSES, 'AuraAuthorityTest.cls'), 'utf8');
  const missing = auraMethods().filter((method) => !test.includes(`${method}(`));
  expect(missing).toEqual([]);
});
