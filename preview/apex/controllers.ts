// The stand-ins for the app's @AuraEnabled methods, one entry per method of the generated
// contract (types/generated/apex.d.ts). Each entry is typed from the contract's declaration of
// that import, so a changed Apex signature (parameters or return DTO) fails `tsc` here, and the
// server checks at start that every method in the Apex source has an entry.
import type getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';
import type getAccessFacts from '@salesforce/apex/WhyApiOnlyController.getAccessFacts';
import type getAssigneeCounts from '@salesforce/apex/WhyApiOnlyController.getAssigneeCounts';
import type getOrgApiOnlyPage from '@salesforce/apex/WhyApiOnlyController.getOrgApiOnlyPage';
import type getOrgPermissionPage from '@salesforce/apex/WhyApiOnlyController.getOrgPermissionPage';
import type removeAssignment from '@salesforce/apex/WhyApiOnlyController.removeAssignment';
import type removeGroupComponent from '@salesforce/apex/WhyApiOnlyController.removeGroupComponent';
import type endUserSessions from '@salesforce/apex/WhyApiOnlyController.endUserSessions';
import type listPermissionRows from '@salesforce/apex/MfaEditorController.listPermissionRows';
import type applyChanges from '@salesforce/apex/MfaEditorController.applyChanges';
import type undoChangeSet from '@salesforce/apex/MfaEditorController.undoChangeSet';
import type listChangeSets from '@salesforce/apex/MfaEditorController.listChangeSets';
import type getChangeSetRecording from '@salesforce/apex/MfaEditorController.getChangeSetRecording';
import type getChangeSetLimits from '@salesforce/apex/MfaEditorController.getChangeSetLimits';
import type createGrantingPermissionSet from '@salesforce/apex/MfaEditorController.createGrantingPermissionSet';
import type assignPermissionSet from '@salesforce/apex/MfaEditorController.assignPermissionSet';
import type removePermissionSetAssignments from '@salesforce/apex/MfaEditorController.removePermissionSetAssignments';
import type cloneWithout from '@salesforce/apex/MfaEditorController.cloneWithout';
import type getPlanningFacts from '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts';
import type getPlanningFactsForUsers from '@salesforce/apex/MfaEditorPlanningController.getPlanningFactsForUsers';
import type getCloneContents from '@salesforce/apex/MfaEditorPlanningController.getCloneContents';
import type searchUsers from '@salesforce/apex/MfaEditorController.searchUsers';
import type getUserFilterChoices from '@salesforce/apex/MfaEditorController.getUserFilterChoices';
import * as mfaEditor from './mfaEditor';
import * as planning from './planning';
import { AuraHandledException } from './platform';
import * as services from './services';
import type { Transaction } from './services';
import * as userSearch from './userSearch';

/** The parameters object LWC passes to an imported Apex method. */
type ParamsOf<M> = M extends (params: infer P) => Promise<unknown> ? NonNullable<P> : never;
/** What the method's promise resolves to. */
type ResultOf<M> = M extends (...args: never[]) => Promise<infer R> ? R : never;
/** A stand-in: runs in one transaction, takes the same parameters, returns the same shape. */
type StandIn<M> = (tx: Transaction, params: Partial<ParamsOf<M>>) => ResultOf<M>;

/** WhyApiOnlyController's pattern: AuraHandledException passes, anything else is wrapped. */
function guarded<M>(body: StandIn<M>): StandIn<M> {
  return (tx, params) => {
    try {
      return body(tx, params);
    } catch (e) {
      if (e instanceof AuraHandledException) throw e;
      throw services.unexpected(tx, e);
    }
  };
}

/** PermissionFieldsController.getTrackedPermissionFields: describe, no authority needed. */
const trackedFields: StandIn<typeof getTrackedPermissionFields> = (tx) => {
  try {
    return services.describeAll(tx.org);
  } catch (e) {
    throw new AuraHandledException(e instanceof Error ? e.message : String(e));
  }
};

const accessFacts = guarded<typeof getAccessFacts>((tx, params) => {
  const subjectId = services.optionalId(tx, params.userId, 'User', 'userId');
  return services.factsForUser(tx, subjectId ?? tx.callerId);
});

const assigneeCounts = guarded<typeof getAssigneeCounts>((tx, params) => {
  const subjectId = services.optionalId(tx, params.userId, 'User', 'userId');
  return services.assigneeCountsFor(tx, subjectId ?? tx.callerId);
});

const orgPermissionPage = guarded<typeof getOrgPermissionPage>((tx, params) => {
  const cursor = services.optionalId(tx, params.afterUserId, 'User', 'afterUserId');
  return services.orgPage(tx, params.permissionField ?? null, cursor, params.pageSize ?? null);
});

const orgApiOnlyPage: StandIn<typeof getOrgApiOnlyPage> = (tx, params) =>
  orgPermissionPage(tx, {
    permissionField: 'PermissionsApiUserOnly',
    afterUserId: params.afterUserId,
    pageSize: params.pageSize
  });

const removeAssignmentStandIn = guarded<typeof removeAssignment>((tx, params) =>
  services.removeAssignment(
    tx,
    services.requireId(tx, params.assignmentId, 'PermissionSetAssignment', 'assignmentId')
  )
);

const removeGroupComponentStandIn = guarded<typeof removeGroupComponent>((tx, params) =>
  services.removeGroupComponent(
    tx,
    services.requireId(
      tx,
      params.groupComponentId,
      'PermissionSetGroupComponent',
      'groupComponentId'
    )
  )
);

const endUserSessionsStandIn = guarded<typeof endUserSessions>((tx, params) =>
  services.endUserSessions(tx, services.requireId(tx, params.userId, 'User', 'userId'))
);

// MfaEditorController: the same try/catch pattern as WhyApiOnlyController.
const listPermissionRowsStandIn = guarded<typeof listPermissionRows>((tx, params) =>
  mfaEditor.listPermissionRows(
    tx,
    params.afterName ?? null,
    params.pageSize ?? null,
    params.searchTerm ?? null,
    params.kindFilter ?? null
  )
);

const applyChangesStandIn = guarded<typeof applyChanges>((tx, params) =>
  mfaEditor.applyChanges(tx, params.changes ?? null)
);

const undoChangeSetStandIn = guarded<typeof undoChangeSet>((tx, params) =>
  mfaEditor.undoChangeSet(tx, params.changeSetId)
);

const listChangeSetsStandIn = guarded<typeof listChangeSets>((tx, params) =>
  mfaEditor.listChangeSets(tx, params.limitRows ?? null)
);

const changeSetRecordingStandIn = guarded<typeof getChangeSetRecording>((tx, params) =>
  mfaEditor.getChangeSetRecording(tx, params.key)
);

const changeSetLimitsStandIn = guarded<typeof getChangeSetLimits>((tx) =>
  mfaEditor.getChangeSetLimits(tx)
);

const createGrantingStandIn = guarded<typeof createGrantingPermissionSet>((tx, params) =>
  mfaEditor.createGrantingPermissionSet(
    tx,
    params.field ?? null,
    params.name ?? null,
    params.label ?? null,
    params.profileId ?? null,
    params.userIds ?? null
  )
);

const assignStandIn = guarded<typeof assignPermissionSet>((tx, params) =>
  mfaEditor.assignPermissionSet(
    tx,
    params.permissionSetId,
    params.userIds ?? null,
    params.expirationDate ?? null
  )
);

const removeAssignmentsStandIn = guarded<typeof removePermissionSetAssignments>((tx, params) =>
  mfaEditor.removePermissionSetAssignments(tx, params.permissionSetId, params.userIds ?? null)
);

const cloneWithoutStandIn = guarded<typeof cloneWithout>((tx, params) =>
  mfaEditor.cloneWithout(
    tx,
    params.permissionSetId,
    params.field ?? null,
    params.userIdsToMove ?? null
  )
);

const planningFactsStandIn = guarded<typeof getPlanningFacts>((tx, params) =>
  planning.getPlanningFacts(
    tx,
    params.permissionSetIds ?? null,
    params.maxUsers ?? null,
    params.afterUserId ?? null
  )
);

const planningFactsForUsersStandIn = guarded<typeof getPlanningFactsForUsers>((tx, params) =>
  planning.getPlanningFactsForUsers(tx, params.permissionSetIds ?? null, params.userIds ?? null)
);

const cloneContentsStandIn = guarded<typeof getCloneContents>((tx, params) =>
  planning.getCloneContents(tx, params.permissionSetId ?? null, params.field ?? null)
);

const searchUsersStandIn = guarded<typeof searchUsers>((tx, params) =>
  userSearch.searchUsers(
    tx,
    params.searchText ?? null,
    params.licenseId,
    params.profileId,
    params.apiOnly ?? null,
    params.afterCursor ?? null,
    params.pageSize ?? null
  )
);

const userFilterChoicesStandIn = guarded<typeof getUserFilterChoices>((tx) =>
  userSearch.getUserFilterChoices(tx)
);

/** `Class.method` → stand-in. Keys are the import names after `@salesforce/apex/`. */
export const STAND_INS: Readonly<
  Record<string, (tx: Transaction, params: Record<string, unknown>) => unknown>
> = {
  'PermissionFieldsController.getTrackedPermissionFields': trackedFields,
  'WhyApiOnlyController.getAccessFacts': accessFacts,
  'WhyApiOnlyController.getAssigneeCounts': assigneeCounts,
  'WhyApiOnlyController.getOrgApiOnlyPage': orgApiOnlyPage,
  'WhyApiOnlyController.getOrgPermissionPage': orgPermissionPage,
  'WhyApiOnlyController.removeAssignment': removeAssignmentStandIn,
  'WhyApiOnlyController.removeGroupComponent': removeGroupComponentStandIn,
  'WhyApiOnlyController.endUserSessions': endUserSessionsStandIn,
  'MfaEditorController.listPermissionRows': listPermissionRowsStandIn,
  'MfaEditorController.applyChanges': applyChangesStandIn,
  'MfaEditorController.undoChangeSet': undoChangeSetStandIn,
  'MfaEditorController.listChangeSets': listChangeSetsStandIn,
  'MfaEditorController.getChangeSetRecording': changeSetRecordingStandIn,
  'MfaEditorController.getChangeSetLimits': changeSetLimitsStandIn,
  'MfaEditorController.createGrantingPermissionSet': createGrantingStandIn,
  'MfaEditorController.assignPermissionSet': assignStandIn,
  'MfaEditorController.removePermissionSetAssignments': removeAssignmentsStandIn,
  'MfaEditorController.cloneWithout': cloneWithoutStandIn,
  'MfaEditorPlanningController.getPlanningFacts': planningFactsStandIn,
  'MfaEditorPlanningController.getPlanningFactsForUsers': planningFactsForUsersStandIn,
  'MfaEditorPlanningController.getCloneContents': cloneContentsStandIn,
  'MfaEditorController.searchUsers': searchUsersStandIn,
  'MfaEditorController.getUserFilterChoices': userFilterChoicesStandIn
};
