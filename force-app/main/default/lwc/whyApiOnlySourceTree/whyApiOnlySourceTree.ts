import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { PermissionExplanation, Source } from 'c/accessEngine';
import { LABELS, fill, setupPageFor, type SetupTarget } from 'c/whyApiOnlyShared';

/**
 * Sources listed per permission before "Show all": a user with hundreds of assignments has
 * hundreds of sources of API Enabled, and rendering them all at once costs most of the panel's
 * time to its verdict (about 1,000 rows for the benchmark's 300-assignment user).
 */
const SOURCES_SHOWN = 10;

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
  /** Permissions whose every source is listed (the reader asked for all). */
  expanded: readonly string[] = [];
  /** The permission just expanded: focus moves to its first source that was hidden. */
  private focusAfterExpand: string | null = null;

  get rows() {
    return this.permissions.map((permission) => {
      const all = permission.sources;
      const shown = this.expanded.includes(permission.field) ? all : all.slice(0, SOURCES_SHOWN);
      return {
        key: permission.field,
        label: permission.label,
        stateText: permission.effective ? LABELS.effective : LABELS.notEffective,
        stateClass: permission.effective
          ? 'slds-badge slds-badge_inverse slds-m-left_x-small'
          : 'slds-badge slds-badge_lightest slds-m-left_x-small',
        hasSources: all.length > 0,
        sources: shown.map((source, index) => sourceRow(permission.field, source, index)),
        hasMore: shown.length < all.length,
        showAllText: fill(LABELS.showAllSources, { count: all.length })
      };
    });
  }

  handleShowAll(event: MouseEvent): void {
    const field = (event.currentTarget as HTMLElement).dataset.field ?? '';
    this.expanded = [...this.expanded, field];
    this.focusAfterExpand = field;
  }

  override renderedCallback(): void {
    if (this.focusAfterExpand === null) return;
    const field = this.focusAfterExpand;
    this.focusAfterExpand = null;
    // The button is gone: keyboard users continue at the first source it revealed.
    const revealed = this.template?.querySelector<HTMLElement>(
      `[data-source="${field}-${SOURCES_SHOWN}"] a`
    );
    revealed?.focus();
  }

  handleOpen(event: MouseEvent): void {
    event.preventDefault();
    const url = (event.currentTarget as HTMLElement).dataset.url;
    this[NavigationMixin.Navigate]({ type: 'standard__webPage', attributes: { url } });
  }
}
