import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { PermissionExplanation, Source } from 'c/accessEngine';
import { LABELS, fill, setupPageFor, type SetupTarget } from 'c/whyApiOnlyShared';

const KIND_TEMPLATE: Readonly<Record<Source['kind'], string>> = {
  profile: LABELS.kindProfile,
  permissionSet: LABELS.kindPermissionSet,
  permissionSetGroup: LABELS.kindGroup
};

const REASON_TEXT: Readonly<Record<string, string>> = {
  userInactive: LABELS.reasonUserInactive,
  expired: LABELS.reasonExpired,
  assignmentInactive: LABELS.reasonAssignmentInactive,
  sessionActivationRequired: LABELS.reasonSessionActivation,
  notInGroupAggregate: LABELS.reasonNotInAggregate
};

interface LinkRow {
  readonly text: string;
  readonly url: string;
  readonly ariaLabel: string;
}

function link(text: string, target: SetupTarget): LinkRow {
  const url = String(setupPageFor(target).attributes?.url);
  // The accessible name contains the visible text, so speech users can say what they see.
  return { text, url, ariaLabel: fill(LABELS.openInSetup, { name: text }) };
}

function statusOf(source: Source): string {
  if (source.inEffect) return LABELS.sourceInEffect;
  const reason =
    source.reason === 'muted'
      ? fill(LABELS.reasonMuted, { mutingSet: source.mutedBy ?? '' })
      : (REASON_TEXT[source.reason ?? ''] ?? source.reason ?? '');
  return fill(LABELS.notInEffectBecause, { reason });
}

function sourceRow(field: string, source: Source, index: number) {
  const isGroup = source.kind === 'permissionSetGroup';
  return {
    key: `${field}-${index}`,
    source: link(fill(KIND_TEMPLATE[source.kind], { name: source.name }), {
      kind: source.kind,
      id: source.id
    }),
    member:
      isGroup && source.via !== null && source.viaId !== null
        ? link(fill(LABELS.viaMember, { name: source.via }), {
            kind: 'permissionSet',
            id: source.viaId
          })
        : null,
    aggregateOnly: isGroup && source.via === null,
    status: statusOf(source),
    statusClass: source.inEffect ? 'slds-text-color_success' : 'slds-text-color_weak'
  };
}

/**
 * Each tracked permission with the sources that grant it, as a nested list:
 * profile / permission set / group → member set → in effect, or not in effect because….
 */
export default class WhyApiOnlySourceTree extends NavigationMixin(LightningElement) {
  @api permissions: readonly PermissionExplanation[] = [];

  labels = LABELS;

  get rows() {
    return this.permissions.map((permission) => ({
      key: permission.field,
      label: permission.label,
      stateText: permission.effective ? LABELS.effective : LABELS.notEffective,
      stateClass: permission.effective
        ? 'slds-badge slds-badge_inverse slds-m-left_x-small'
        : 'slds-badge slds-badge_lightest slds-m-left_x-small',
      hasSources: permission.sources.length > 0,
      sources: permission.sources.map((source, index) => sourceRow(permission.field, source, index))
    }));
  }

  handleOpen(event: MouseEvent): void {
    event.preventDefault();
    const url = (event.currentTarget as HTMLElement).dataset.url;
    this[NavigationMixin.Navigate]({ type: 'standard__webPage', attributes: { url } });
  }
}
