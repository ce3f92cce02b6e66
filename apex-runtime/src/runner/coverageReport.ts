// Per-class and total line coverage of the classes that are not tests, as an org reports it.
import type { Coverage } from '../interpreter/coverage';

export function coverageReport(coverage: Coverage): string {
  const rows: string[] = [];
  let covered = 0;
  let coverable = 0;
  for (const file of [...coverage.files.values()].sort((a, b) => a.file.localeCompare(b.file))) {
    if (file.isTest || file.coverable.size === 0) continue;
    const hit = [...file.coverable].filter((line) => file.covered.has(line)).length;
    covered += hit;
    coverable += file.coverable.size;
    const percent = (100 * hit) / file.coverable.size;
    rows.push(
      `  ${file.file.replace(/\.cls$/, '').padEnd(36)} ${percent.toFixed(0).padStart(3)} %  (${hit}/${file.coverable.size} lines)`
    );
  }
  const total = coverable ? (100 * covered) / coverable : 100;
  return [
    'Coverage:',
    ...rows,
    `  ${'total'.padEnd(36)} ${total.toFixed(0).padStart(3)} %  (${covered}/${coverable} lines)`
  ].join('\n');
}
