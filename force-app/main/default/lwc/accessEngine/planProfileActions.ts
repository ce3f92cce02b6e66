// Profiles cannot be written by Apex. Turning an MFA permission on for a profile's users becomes
// "create (or reuse one this app created) a permission set granting it, and assign it to them";
// turning one off becomes a Setup step with the exact metadata, never a pretended write.
import { compareText } from './compare';
import type { FactIndex } from './indexes';
import { compareUsers } from './planImpact';
import { MFA_FIELDS, labelOf, metadataNameOf } from './planFields';
import { renderPlanText } from './planMessages';
import { classifyPermissionSet } from './planRows';
import { PlanMessages, checkRowCount, sortBlockers } from './planWarnings';
import type {
  MfaField,
  PlanOptions,
  ProfileAction,
  ProfileGrantAction,
  ProfileSetupAction
} from './planTypes';
import { MFA_API, MFA_UI, TRACKED_PERMISSIONS } from './tracked';
import type { Facts, PermissionSetRecord, RecordId } from './types';

const API_NAME_LIMIT = 80;

/** The fields a set must grant: API on needs UI on in the same set. */
function requiredFields(fields: readonly MfaField[]): Set<string> {
  const required = new Set<string>(fields);
  if (required.has(MFA_API)) required.add(MFA_UI);
  return required;
}

export interface ProfileActionContext {
  readonly facts: Facts;
  readonly index: FactIndex;
  readonly options: PlanOptions;
  /** Sets this plan edits: their values are about to change, so none is reused. */
  readonly editedSetIds: ReadonlySet<RecordId>;
}

/** Whether Apex vouched for a set as reusable (Ids compared on their first 15 characters). */
function vouchedFor(options: PlanOptions, setId: RecordId): boolean {
  const vouched = Object.keys(options.reusableGrantSets ?? {});
  return vouched.some((id) => id.slice(0, 15) === setId.slice(0, 15));
}

/**
 * A set the grant may reuse: one Apex vouched for (PlanOptions.reusableGrantSets: created by
 * this app, unchanged, carrying nothing else, which the facts alone can't show) that is an
 * editable, always-on, licence-free set granting exactly these tracked permissions. The same
 * rule as MfaEditorGrantReuse; without Apex's list no set is reused.
 */
function reusableSet(
  context: ProfileActionContext,
  required: ReadonlySet<string>
): PermissionSetRecord | null {
  let best: PermissionSetRecord | null = null;
  for (const candidate of context.index.permissionSetById.values()) {
    const fits =
      vouchedFor(context.options, candidate.Id) &&
      !context.editedSetIds.has(candidate.Id) &&
      classifyPermissionSet(candidate).kind === 'permissionSet' &&
      candidate.HasActivationRequired !== true &&
      !candidate.LicenseId &&
      TRACKED_PERMISSIONS.every((field) => (candidate[field] === true) === required.has(field));
    if (fits && (best === null || compareText(candidate.Name, best.Name) < 0)) best = candidate;
  }
  return best;
}

function unusedName(index: FactIndex, base: string): string {
  const taken = new Set([...index.permissionSetById.values()].map((set) => set.Name));
  let name = base.slice(0, API_NAME_LIMIT);
  for (let suffix = 2; taken.has(name); suffix += 1) {
    name = `${base.slice(0, API_NAME_LIMIT - `_${suffix}`.length)}_${suffix}`;
  }
  return name;
}

/**
 * A grant assigns the set to every active user of the profile or to none (Apex re-reads them and
 * refuses a different list): when the facts hold only some of them (a sample), it is blocked.
 */
function checkProfileUsersLoaded(
  profile: string,
  loadedCount: number,
  userCount: number | undefined,
  messages: PlanMessages
): void {
  if (userCount === undefined || userCount <= loadedCount) return;
  messages.block('PROFILE_USERS_NOT_ALL_LOADED', 'size', { profile, loadedCount, userCount });
}

function grantAction(
  context: ProfileActionContext,
  profileId: RecordId,
  profileName: string,
  fields: readonly MfaField[]
): ProfileGrantAction {
  const { facts, index, options } = context;
  const required = requiredFields(fields);
  const allFields = MFA_FIELDS.filter((field) => required.has(field));
  const reused = reusableSet(context, required);
  const metadataNames = fields.map(metadataNameOf);
  const permissionSet =
    reused === null
      ? {
          id: null,
          name: unusedName(index, `WhyApiOnly_${metadataNames.join('_')}`),
          label: `Why API-Only: ${metadataNames.join(', ')}`,
          reuse: false
        }
      : { id: reused.Id, name: reused.Name, label: reused.Label ?? reused.Name, reuse: true };
  const alreadyAssigned = new Set(
    reused === null ? [] : (index.directAssignees.get(reused.Id) ?? [])
  );
  const profileUsers = index.users.filter(
    (user) => user.ProfileId === profileId && user.IsActive !== false
  );
  const assignUserIds = profileUsers
    .filter((user) => !alreadyAssigned.has(user.Id))
    .sort(compareUsers)
    .map((user) => user.Id);
  // The grant is its own change set: the created set's permissions and one row per user.
  const rowCount = (reused === null ? allFields.length : 0) + assignUserIds.length;
  const sizeCheck = new PlanMessages(options);
  checkRowCount(rowCount, options, sizeCheck);
  checkProfileUsersLoaded(
    profileName,
    profileUsers.length,
    options.profileUserCounts?.[profileId],
    sizeCheck
  );
  const params = {
    profile: profileName,
    permissions: fields.map((field) => labelOf(facts, field)).join(', '),
    permissionSet: permissionSet.name,
    setAction: reused === null ? 'Create' : 'Reuse',
    setVerb: reused === null ? 'create' : 'reuse',
    assignCount: assignUserIds.length
  };
  return {
    kind: 'grantThroughPermissionSet',
    profileId,
    profileName,
    fields: allFields,
    permissionSet,
    assignUserIds,
    rowCount,
    blockers: sortBlockers(sizeCheck.blockers),
    code: 'PROFILE_ACTION_GRANT',
    params,
    message: renderPlanText('PROFILE_ACTION_GRANT', params, options.texts)
  };
}

export function profileMetadataXml(fields: readonly MfaField[]): string {
  return fields
    .map(
      (field) =>
        `<userPermissions><enabled>false</enabled><name>${metadataNameOf(field)}</name></userPermissions>`
    )
    .join('\n');
}

function setupAction(
  { facts, options }: ProfileActionContext,
  profileId: RecordId,
  profileName: string,
  fields: readonly MfaField[]
): ProfileSetupAction {
  const setupPath = `Setup > Users > Profiles > ${profileName} > System Permissions > Edit`;
  const params = {
    profile: profileName,
    permissions: fields.map((field) => labelOf(facts, field)).join(', '),
    setupPath
  };
  return {
    kind: 'changeInSetup',
    profileId,
    profileName,
    fields,
    setupPath,
    setupUrl: `/lightning/setup/EnhancedProfiles/page?address=%2F${profileId}`,
    metadataXml: profileMetadataXml(fields),
    code: 'PROFILE_ACTION_SETUP',
    params,
    message: renderPlanText('PROFILE_ACTION_SETUP', params, options.texts)
  };
}

/** The actions for one profile row's changes (fields in display order). */
export function profileActions(
  context: ProfileActionContext,
  profileSet: PermissionSetRecord,
  profileName: string,
  changes: readonly { readonly field: MfaField; readonly after: boolean }[]
): ProfileAction[] {
  const profileId = profileSet.ProfileId ?? profileSet.Id;
  const on = changes.filter((change) => change.after).map((change) => change.field);
  const off = changes.filter((change) => !change.after).map((change) => change.field);
  const actions: ProfileAction[] = [];
  if (on.length > 0) actions.push(grantAction(context, profileId, profileName, on));
  if (off.length > 0) actions.push(setupAction(context, profileId, profileName, off));
  return actions;
}
