import { LightningElement, api } from 'lwc';
import { fill } from 'c/whyApiOnlyShared';
import { LABELS, onOff } from 'c/mfaEditorShared';
import type { MfaEditPlan, ProfileGrantAction } from 'c/mfaEditorShared';

/**
 * The preview of a bulk edit as the engine planned it: the diff Apex will write (dependent
 * changes marked), what profiles need instead (a granting set, or Setup with the metadata),
 * then affected users, warnings and blockers. Apply stays disabled while a blocker remains.
 * Fires apply, cancel and grantprofile (detail: the profile's Id).
 */
export default class MfaEditorPreview extends LightningElement {
  labels = LABELS;

  @api plan: MfaEditPlan | null = null;
  @api sampleNote = '';
  @api busy = false;
  /** Profile Ids whose grant Apex cannot do in one set (several unrelated permissions). */
  @api ungrantableProfileIds: readonly string[] = [];
  /** Profile Id → what blocks assigning the reused granting set (planAssignments). */
  @api grantBlockers: Readonly<Record<string, readonly string[]>> = {};

  get changeRows() {
    const names = new Map((this.plan?.rows ?? []).map((row) => [row.permissionSetId, row.name]));
    return (this.plan?.changes ?? []).map((change) => ({
      key: `${change.permissionSetId}-${change.field}`,
      rowName: names.get(change.permissionSetId) ?? change.permissionSetName,
      label: change.label,
      beforeText: onOff(change.before),
      afterText: onOff(change.after),
      dependent: change.dependent,
      dependencyMessage: change.dependencyMessage ?? ''
    }));
  }

  get hasChanges(): boolean {
    return this.changeRows.length > 0;
  }

  get profileActions() {
    return (this.plan?.profileActions ?? []).map((action) => {
      const isGrant = action.kind === 'grantThroughPermissionSet';
      const grant = isGrant ? (action as ProfileGrantAction) : null;
      return {
        key: `${action.kind}-${action.profileId}`,
        profileId: action.profileId,
        message: action.message,
        isGrant,
        grantLabel: grant?.permissionSet.reuse
          ? LABELS.profileGrantReuse
          : LABELS.profileGrantCreate,
        grantSupported: !this.ungrantableProfileIds.includes(action.profileId),
        grantBlockers: (this.grantBlockers?.[action.profileId] ?? []).map((text, index) => ({
          key: `${action.profileId}-${index}`,
          text
        })),
        grantBlocked:
          (this.grantBlockers?.[action.profileId] ?? []).length > 0 || this.grantDisabled,
        setupUrl: 'setupUrl' in action ? action.setupUrl : '',
        setupLinkText: fill(LABELS.profileSetupLink, { profile: action.profileName }),
        metadataXml: 'metadataXml' in action ? action.metadataXml : ''
      };
    });
  }

  get hasProfileActions(): boolean {
    return this.profileActions.length > 0;
  }

  get hasBlockers(): boolean {
    return (this.plan?.blockers.length ?? 0) > 0;
  }

  get applyDisabled(): boolean {
    return this.busy || this.hasBlockers || !this.hasChanges;
  }

  get grantDisabled(): boolean {
    return this.busy || this.hasBlockers;
  }

  handleApply(): void {
    this.dispatchEvent(new CustomEvent('apply'));
  }

  handleCancel(): void {
    this.dispatchEvent(new CustomEvent('cancel'));
  }

  handleGrant(event: Event): void {
    const profileId = (event.currentTarget as HTMLElement).dataset.profileId;
    this.dispatchEvent(new CustomEvent('grantprofile', { detail: { profileId } }));
  }
}
