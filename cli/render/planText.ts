/**
 * The human plan of a bulk MFA edit: the diff Apex would write, dependent changes, rows it would
 * not write, profile actions, affected users, warnings and blockers.
 */
import type {
  MfaEditPlan,
  PlannedChange,
  ProfileAction
} from '../../force-app/main/default/lwc/accessEngine/plan';
import { columns, textLines } from './terminalText';

const onOff = (value: boolean) => (value ? 'on' : 'off');

function table(rows: readonly string[][]): string[] {
  return columns(rows).map((line) => `  ${line}`.trimEnd());
}

function diffBlock(changes: readonly PlannedChange[]): string[] {
  if (changes.length === 0) return ['Changes Apex would write: none'];
  return [
    'Changes Apex would write:',
    ...table([
      ['PERMISSION SET', 'PERMISSION', 'BEFORE', 'AFTER', ''],
      ...changes.map((change) => [
        change.permissionSetName,
        change.label,
        onOff(change.before),
        onOff(change.after),
        change.dependent ? '(dependent)' : ''
      ])
    ])
  ];
}

function dependentBlock(plan: MfaEditPlan): string[] {
  const dependent = plan.rows.flatMap((row) => row.changes).filter((change) => change.dependent);
  if (dependent.length === 0) return [];
  return [
    '',
    'Dependent changes (added by the engine):',
    ...dependent.map((change) => `  ${change.permissionSetName}: ${change.dependencyMessage}`)
  ];
}

function rowsNotWrittenBlock(plan: MfaEditPlan): string[] {
  const others = plan.rows.filter((row) => row.status !== 'applicable');
  if (others.length === 0) return [];
  const describe = (status: string, lockReason: string | null) =>
    status === 'locked'
      ? `locked (${lockReason})`
      : status === 'profileAction'
        ? 'profile: see the profile actions'
        : status === 'noChange'
          ? 'no change: already as asked'
          : 'conflicting edits';
  return [
    '',
    'Rows not written by Apex:',
    ...others.map((row) => `  ${row.name}: ${describe(row.status, row.lockReason)}`)
  ];
}

function actionLines(action: ProfileAction): string[] {
  if (action.kind === 'grantThroughPermissionSet') return [`  ${action.message}`];
  return [
    `  ${action.message}`,
    `    Setup link: ${action.setupUrl}`,
    ...action.metadataXml.split('\n').map((line) => `    ${line}`)
  ];
}

function affectedBlock(plan: MfaEditPlan): string[] {
  const { count, sample } = plan.affectedUsers;
  const lines = sample.map((user) => {
    const changes = user.changes
      .map((change) => `${change.label} ${onOff(change.before)} → ${onOff(change.after)}`)
      .join('; ');
    return `  ${user.name} <${user.username}>: ${changes}`;
  });
  if (count > sample.length) lines.push(`  … and ${count - sample.length} more`);
  return ['', `Affected users: ${count}`, ...lines];
}

export function planText(plan: MfaEditPlan): string {
  const lines = [
    `MFA permission plan (preview: nothing has been written). ${plan.changes.length} change(s), ${plan.profileActions.length} profile action(s), ${plan.affectedUsers.count} user(s) affected, ${plan.blockers.length} blocker(s).`,
    '',
    ...diffBlock(plan.changes),
    ...dependentBlock(plan),
    ...rowsNotWrittenBlock(plan),
    ...(plan.profileActions.length > 0
      ? ['', 'Profile actions:', ...plan.profileActions.flatMap(actionLines)]
      : []),
    ...affectedBlock(plan),
    '',
    'Warnings:',
    ...plan.warnings.map((w) => `  [${w.severity}] ${w.message} (${w.code})`),
    '',
    ...(plan.blockers.length === 0
      ? ['Blockers: none']
      : ['Blockers:', ...plan.blockers.map((b) => `  [${b.category}] ${b.message} (${b.code})`)])
  ];
  return textLines(lines);
}
