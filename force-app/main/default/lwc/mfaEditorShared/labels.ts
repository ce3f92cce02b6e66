// Every text of the MFA editor screens, as Custom Labels (translated in the org).
import title from '@salesforce/label/c.MfaEditorUi_Title';
import intro from '@salesforce/label/c.MfaEditorUi_Intro';
import tabGrid from '@salesforce/label/c.MfaEditorUi_TabGrid';
import tabClone from '@salesforce/label/c.MfaEditorUi_TabClone';
import tabAssign from '@salesforce/label/c.MfaEditorUi_TabAssign';
import tabHistory from '@salesforce/label/c.MfaEditorUi_TabHistory';
import search from '@salesforce/label/c.MfaEditorUi_Search';
import searchButton from '@salesforce/label/c.MfaEditorUi_SearchButton';
import kindFilter from '@salesforce/label/c.MfaEditorUi_KindFilter';
import kindAll from '@salesforce/label/c.MfaEditorUi_KindAll';
import kindProfile from '@salesforce/label/c.MfaEditorUi_KindProfile';
import kindGroup from '@salesforce/label/c.MfaEditorUi_KindGroup';
import kindPermissionSet from '@salesforce/label/c.MfaEditorUi_KindPermissionSet';
import kindEditable from '@salesforce/label/c.MfaEditorUi_KindEditable';
import filterHasAssignees from '@salesforce/label/c.MfaEditorUi_FilterHasAssignees';
import filterGrantsMfa from '@salesforce/label/c.MfaEditorUi_FilterGrantsMfa';
import filterGrantsApiOnly from '@salesforce/label/c.MfaEditorUi_FilterGrantsApiOnly';
import filterAssignedToApiOnly from '@salesforce/label/c.MfaEditorUi_FilterAssignedToApiOnly';
import apiOnlyChecking from '@salesforce/label/c.MfaEditorUi_ApiOnlyChecking';
import apiOnlySample from '@salesforce/label/c.MfaEditorUi_ApiOnlySample';
import filtersScope from '@salesforce/label/c.MfaEditorUi_FiltersScope';
import loading from '@salesforce/label/c.MfaEditorUi_Loading';
import loadMore from '@salesforce/label/c.MfaEditorUi_LoadMore';
import loadedCount from '@salesforce/label/c.MfaEditorUi_LoadedCount';
import allLoaded from '@salesforce/label/c.MfaEditorUi_AllLoaded';
import noRows from '@salesforce/label/c.MfaEditorUi_NoRows';
import loadError from '@salesforce/label/c.MfaEditorUi_LoadError';
import colName from '@salesforce/label/c.MfaEditorUi_ColName';
import colKind from '@salesforce/label/c.MfaEditorUi_ColKind';
import colUsers from '@salesforce/label/c.MfaEditorUi_ColUsers';
import colLock from '@salesforce/label/c.MfaEditorUi_ColLock';
import rowKindPermissionSet from '@salesforce/label/c.MfaEditorUi_RowKind_permissionSet';
import rowKindProfile from '@salesforce/label/c.MfaEditorUi_RowKind_profile';
import rowKindGroupAggregate from '@salesforce/label/c.MfaEditorUi_RowKind_groupAggregate';
import rowKindManagedPackage from '@salesforce/label/c.MfaEditorUi_RowKind_managedPackage';
import rowKindStandardSet from '@salesforce/label/c.MfaEditorUi_RowKind_standardSet';
import gridLabel from '@salesforce/label/c.MfaEditorUi_GridLabel';
import bulkMenu from '@salesforce/label/c.MfaEditorUi_BulkMenu';
import bulkOn from '@salesforce/label/c.MfaEditorUi_BulkOn';
import bulkOff from '@salesforce/label/c.MfaEditorUi_BulkOff';
import selectedCount from '@salesforce/label/c.MfaEditorUi_SelectedCount';
import noSelection from '@salesforce/label/c.MfaEditorUi_NoSelection';
import bulkSkipped from '@salesforce/label/c.MfaEditorUi_BulkSkipped';
import draftCount from '@salesforce/label/c.MfaEditorUi_DraftCount';
import previewButton from '@salesforce/label/c.MfaEditorUi_PreviewButton';
import discardButton from '@salesforce/label/c.MfaEditorUi_DiscardButton';
import previewLoading from '@salesforce/label/c.MfaEditorUi_PreviewLoading';
import previewError from '@salesforce/label/c.MfaEditorUi_PreviewError';
import previewHeading from '@salesforce/label/c.MfaEditorUi_PreviewHeading';
import diffHeading from '@salesforce/label/c.MfaEditorUi_DiffHeading';
import colRow from '@salesforce/label/c.MfaEditorUi_ColRow';
import colPermission from '@salesforce/label/c.MfaEditorUi_ColPermission';
import colBefore from '@salesforce/label/c.MfaEditorUi_ColBefore';
import colAfter from '@salesforce/label/c.MfaEditorUi_ColAfter';
import on from '@salesforce/label/c.MfaEditorUi_On';
import off from '@salesforce/label/c.MfaEditorUi_Off';
import dependentBadge from '@salesforce/label/c.MfaEditorUi_DependentBadge';
import affectedHeading from '@salesforce/label/c.MfaEditorUi_AffectedHeading';
import affectedCount from '@salesforce/label/c.MfaEditorUi_AffectedCount';
import affectedSample from '@salesforce/label/c.MfaEditorUi_AffectedSample';
import sampleOfTotal from '@salesforce/label/c.MfaEditorUi_SampleOfTotal';
import warningsHeading from '@salesforce/label/c.MfaEditorUi_WarningsHeading';
import infoHeading from '@salesforce/label/c.MfaEditorUi_InfoHeading';
import blockersHeading from '@salesforce/label/c.MfaEditorUi_BlockersHeading';
import blockersExplain from '@salesforce/label/c.MfaEditorUi_BlockersExplain';
import nothingToApply from '@salesforce/label/c.MfaEditorUi_NothingToApply';
import applyButton from '@salesforce/label/c.MfaEditorUi_ApplyButton';
import cancelButton from '@salesforce/label/c.MfaEditorUi_CancelButton';
import profilesHeading from '@salesforce/label/c.MfaEditorUi_ProfilesHeading';
import profileNotByApex from '@salesforce/label/c.MfaEditorUi_ProfileNotByApex';
import profileGrantCreate from '@salesforce/label/c.MfaEditorUi_ProfileGrantCreate';
import profileGrantReuse from '@salesforce/label/c.MfaEditorUi_ProfileGrantReuse';
import profileGrantUnsupported from '@salesforce/label/c.MfaEditorUi_ProfileGrantUnsupported';
import profileSetupLink from '@salesforce/label/c.MfaEditorUi_ProfileSetupLink';
import profileSnippet from '@salesforce/label/c.MfaEditorUi_ProfileSnippet';
import resultsHeading from '@salesforce/label/c.MfaEditorUi_ResultsHeading';
import resultSuccess from '@salesforce/label/c.MfaEditorUi_ResultSuccess';
import resultFailed from '@salesforce/label/c.MfaEditorUi_ResultFailed';
import statusApplied from '@salesforce/label/c.MfaEditorUi_Status_applied';
import statusFailed from '@salesforce/label/c.MfaEditorUi_Status_failed';
import statusRolledBack from '@salesforce/label/c.MfaEditorUi_Status_rolledBack';
import statusUnchanged from '@salesforce/label/c.MfaEditorUi_Status_unchanged';
import statusSkipped from '@salesforce/label/c.MfaEditorUi_Status_skipped';
import colStatus from '@salesforce/label/c.MfaEditorUi_ColStatus';
import colMessage from '@salesforce/label/c.MfaEditorUi_ColMessage';
import colUser from '@salesforce/label/c.MfaEditorUi_ColUser';
import requestFailed from '@salesforce/label/c.MfaEditorUi_RequestFailed';
import undoButton from '@salesforce/label/c.MfaEditorUi_UndoButton';
import undoPending from '@salesforce/label/c.MfaEditorUi_UndoPending';
import undoing from '@salesforce/label/c.MfaEditorUi_Undoing';
import undoHeading from '@salesforce/label/c.MfaEditorUi_UndoHeading';
import undoDeleteTitle from '@salesforce/label/c.MfaEditorUi_UndoDeleteTitle';
import undoDeleteMessage from '@salesforce/label/c.MfaEditorUi_UndoDeleteMessage';
import applyingRows from '@salesforce/label/c.MfaEditorUi_ApplyingRows';
import readingBack from '@salesforce/label/c.MfaEditorUi_ReadingBack';
import actionSetDeleted from '@salesforce/label/c.MfaEditorUi_Action_setDeleted';
import historyHeading from '@salesforce/label/c.MfaEditorUi_HistoryHeading';
import historyEmpty from '@salesforce/label/c.MfaEditorUi_HistoryEmpty';
import historyLoadError from '@salesforce/label/c.MfaEditorUi_HistoryLoadError';
import historyRefresh from '@salesforce/label/c.MfaEditorUi_HistoryRefresh';
import historyWho from '@salesforce/label/c.MfaEditorUi_HistoryWho';
import historyUndo from '@salesforce/label/c.MfaEditorUi_HistoryUndo';
import historyRows from '@salesforce/label/c.MfaEditorUi_HistoryRows';
import historyRowsOmitted from '@salesforce/label/c.MfaEditorUi_HistoryRowsOmitted';
import historyUnreadable from '@salesforce/label/c.MfaEditorUi_HistoryUnreadable';
import historyAssignment from '@salesforce/label/c.MfaEditorUi_HistoryAssignment';
import recordingPending from '@salesforce/label/c.MfaEditorUi_RecordingPending';
import recorded from '@salesforce/label/c.MfaEditorUi_Recorded';
import recordingLate from '@salesforce/label/c.MfaEditorUi_RecordingLate';
import unrecorded from '@salesforce/label/c.MfaEditorUi_Unrecorded';
import recordingCheck from '@salesforce/label/c.MfaEditorUi_RecordingCheck';
import confirmApiOnly from '@salesforce/label/c.MfaEditorUi_ConfirmApiOnly';
import undoConfirmed from '@salesforce/label/c.MfaEditorUi_UndoConfirmed';
import undoNeedsConfirmation from '@salesforce/label/c.MfaEditorUi_UndoNeedsConfirmation';
import historyUnrecorded from '@salesforce/label/c.MfaEditorUi_HistoryUnrecorded';
import cloneHeading from '@salesforce/label/c.MfaEditorUi_CloneHeading';
import cloneIntro from '@salesforce/label/c.MfaEditorUi_CloneIntro';
import cloneSet from '@salesforce/label/c.MfaEditorUi_CloneSet';
import cloneField from '@salesforce/label/c.MfaEditorUi_CloneField';
import cloneUsers from '@salesforce/label/c.MfaEditorUi_CloneUsers';
import cloneNoUsers from '@salesforce/label/c.MfaEditorUi_CloneNoUsers';
import clonePreview from '@salesforce/label/c.MfaEditorUi_ClonePreview';
import cloneApply from '@salesforce/label/c.MfaEditorUi_CloneApply';
import cloneName from '@salesforce/label/c.MfaEditorUi_CloneName';
import cloneReuse from '@salesforce/label/c.MfaEditorUi_CloneReuse';
import cloneMoves from '@salesforce/label/c.MfaEditorUi_CloneMoves';
import cloneRemoved from '@salesforce/label/c.MfaEditorUi_CloneRemoved';
import cloneCopied from '@salesforce/label/c.MfaEditorUi_CloneCopied';
import assignHeading from '@salesforce/label/c.MfaEditorUi_AssignHeading';
import assignSet from '@salesforce/label/c.MfaEditorUi_AssignSet';
import assignAction from '@salesforce/label/c.MfaEditorUi_AssignAction';
import assignActionAssign from '@salesforce/label/c.MfaEditorUi_AssignActionAssign';
import assignActionRemove from '@salesforce/label/c.MfaEditorUi_AssignActionRemove';
import assignExpiry from '@salesforce/label/c.MfaEditorUi_AssignExpiry';
import assignUsers from '@salesforce/label/c.MfaEditorUi_AssignUsers';
import assignSourceHolders from '@salesforce/label/c.MfaEditorUi_AssignSourceHolders';
import assignSource from '@salesforce/label/c.MfaEditorUi_AssignSource';
import assignLicense from '@salesforce/label/c.MfaEditorUi_AssignLicense';
import assignProfile from '@salesforce/label/c.MfaEditorUi_AssignProfile';
import assignAny from '@salesforce/label/c.MfaEditorUi_AssignAny';
import assignNoUsers from '@salesforce/label/c.MfaEditorUi_AssignNoUsers';
import assignPreview from '@salesforce/label/c.MfaEditorUi_AssignPreview';
import assignApply from '@salesforce/label/c.MfaEditorUi_AssignApply';
import assignRowInsert from '@salesforce/label/c.MfaEditorUi_AssignRow_insert';
import assignRowUpdateExpiration from '@salesforce/label/c.MfaEditorUi_AssignRow_updateExpiration';
import assignRowDelete from '@salesforce/label/c.MfaEditorUi_AssignRow_delete';
import assignRowAlreadyAssigned from '@salesforce/label/c.MfaEditorUi_AssignRow_alreadyAssigned';
import assignRowNotAssigned from '@salesforce/label/c.MfaEditorUi_AssignRow_notAssigned';
import assignRowBlocked from '@salesforce/label/c.MfaEditorUi_AssignRow_blocked';
import assignChooseSet from '@salesforce/label/c.MfaEditorUi_AssignChooseSet';
import assignChooseUsers from '@salesforce/label/c.MfaEditorUi_AssignChooseUsers';
import yes from '@salesforce/label/c.MfaEditorUi_Yes';
import no from '@salesforce/label/c.MfaEditorUi_No';

export const LABELS = {
  title,
  intro,
  tabGrid,
  tabClone,
  tabAssign,
  tabHistory,
  search,
  searchButton,
  kindFilter,
  kindAll,
  kindProfile,
  kindGroup,
  kindPermissionSet,
  kindEditable,
  filterHasAssignees,
  filterGrantsMfa,
  filterGrantsApiOnly,
  filterAssignedToApiOnly,
  apiOnlyChecking,
  apiOnlySample,
  filtersScope,
  loading,
  loadMore,
  loadedCount,
  allLoaded,
  noRows,
  loadError,
  colName,
  colKind,
  colUsers,
  colLock,
  rowKindPermissionSet,
  rowKindProfile,
  rowKindGroupAggregate,
  rowKindManagedPackage,
  rowKindStandardSet,
  gridLabel,
  bulkMenu,
  bulkOn,
  bulkOff,
  selectedCount,
  noSelection,
  bulkSkipped,
  draftCount,
  previewButton,
  discardButton,
  previewLoading,
  previewError,
  previewHeading,
  diffHeading,
  colRow,
  colPermission,
  colBefore,
  colAfter,
  on,
  off,
  dependentBadge,
  affectedHeading,
  affectedCount,
  affectedSample,
  sampleOfTotal,
  warningsHeading,
  infoHeading,
  blockersHeading,
  blockersExplain,
  nothingToApply,
  applyButton,
  cancelButton,
  profilesHeading,
  profileNotByApex,
  profileGrantCreate,
  profileGrantReuse,
  profileGrantUnsupported,
  profileSetupLink,
  profileSnippet,
  resultsHeading,
  resultSuccess,
  resultFailed,
  statusApplied,
  statusFailed,
  statusRolledBack,
  statusUnchanged,
  statusSkipped,
  colStatus,
  colMessage,
  colUser,
  requestFailed,
  undoButton,
  undoPending,
  undoing,
  undoHeading,
  undoDeleteTitle,
  undoDeleteMessage,
  applyingRows,
  readingBack,
  actionSetDeleted,
  historyHeading,
  historyEmpty,
  historyLoadError,
  historyRefresh,
  historyWho,
  historyUndo,
  historyRows,
  historyRowsOmitted,
  historyUnreadable,
  recordingPending,
  recorded,
  recordingLate,
  unrecorded,
  recordingCheck,
  confirmApiOnly,
  undoConfirmed,
  undoNeedsConfirmation,
  historyUnrecorded,
  historyAssignment,
  cloneHeading,
  cloneIntro,
  cloneSet,
  cloneField,
  cloneUsers,
  cloneNoUsers,
  clonePreview,
  cloneApply,
  cloneName,
  cloneReuse,
  cloneMoves,
  cloneRemoved,
  cloneCopied,
  assignHeading,
  assignSet,
  assignAction,
  assignActionAssign,
  assignActionRemove,
  assignExpiry,
  assignUsers,
  assignSourceHolders,
  assignSource,
  assignLicense,
  assignProfile,
  assignAny,
  assignNoUsers,
  assignPreview,
  assignApply,
  assignRowInsert,
  assignRowUpdateExpiration,
  assignRowDelete,
  assignRowAlreadyAssigned,
  assignRowNotAssigned,
  assignRowBlocked,
  assignChooseSet,
  assignChooseUsers,
  yes,
  no
} as const;
