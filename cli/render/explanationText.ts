/**
 * The human explanation: the verdict sentence first, then each permission's sources as a tree,
 * then the findings with their fixes and how many users each fix touches.
 */
import type {
  Explanation,
  Finding,
  PermissionExplanation
} from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import { sourceLine } from './sourceText';
import { textLines } from './terminalText';

export function explanationText(explanation: Explanation): string {
  const { user } = explanation;
  const lines = [
    explanation.verdict.message,
    '',
    `User: ${user.Name} <${user.Username}> (${user.Id})` +
      (user.profile ? `, profile ${user.profile}` : '') +
      (user.license ? `, licence ${user.license}` : ''),
    '',
    'Permissions:',
    ...explanation.permissions.flatMap(permissionTree),
    '',
    ...findingsBlock(explanation.findings)
  ];
  return textLines(lines);
}

function permissionTree(permission: PermissionExplanation): string[] {
  const state = permission.effective ? 'yes' : 'no';
  if (permission.sources.length === 0) {
    return [`  ${permission.label}: ${state} (no source grants it)`];
  }
  const last = permission.sources.length - 1;
  return [
    `  ${permission.label}: ${state}`,
    ...permission.sources.map(
      (source, index) => `    ${index === last ? '└─' : '├─'} ${sourceLine(source)}`
    )
  ];
}

export function findingsBlock(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['Findings: none'];
  return ['Findings:', ...findings.flatMap((finding) => findingLines(finding, '  '))];
}

export function findingLines(finding: Finding, indent: string): string[] {
  return [
    `${indent}[${finding.severity}] ${finding.message} (${finding.code})`,
    // The engine's fix text already names who it affects (its blast radius).
    ...finding.fixes.map(
      (fix) => `${indent}    fix: ${fix.message}${fix.writableFromApex ? '' : ' [in Setup]'}`
    )
  ];
}
