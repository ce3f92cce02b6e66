// The Apex methods LWC can import, read from the Apex source by the same parser that generates
// types/generated/apex.d.ts (scripts/lib/apex-contract.mjs): name, parameters, cacheable.
import { readApexContract } from '../../scripts/lib/apex-contract.mjs';
import { CLASSES_DIR } from './project.mjs';

/** `Class.method` (lower-cased key) → { name: 'Class.method', params: [{ name, type }], cacheable }. */
export function apexMethods(classesDir = CLASSES_DIR) {
  const methods = new Map();
  for (const cls of readApexContract(classesDir).values()) {
    if (cls.name.includes('.')) continue; // LWC imports only top-level classes' methods
    for (const m of cls.methods) {
      const name = `${cls.name}.${m.name}`;
      methods.set(name.toLowerCase(), {
        name,
        params: m.params.map((p) => ({ name: p.name, type: p.type.name })),
        returns: m.returns.name,
        cacheable: m.cacheable
      });
    }
  }
  return methods;
}
