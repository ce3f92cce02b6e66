// The chosen users' texts, as Custom Labels (MfaEditorUserSearch and MfaEditorUi labels).
import chosen from '@salesforce/label/c.MfaEditorUi_UserSearch_Chosen';
import chosenNone from '@salesforce/label/c.MfaEditorUi_UserSearch_ChosenNone';
import unchoose from '@salesforce/label/c.MfaEditorUi_UserSearch_Unchoose';
import clearChosen from '@salesforce/label/c.MfaEditorUi_UserSearch_ClearChosen';
import tooMany from '@salesforce/label/c.MfaEditorUi_UserSearch_TooMany';
import confirmApiOnly from '@salesforce/label/c.MfaEditorUi_Assign_ConfirmApiOnly';

export const CHOSEN_LABELS = {
  chosen,
  chosenNone,
  unchoose,
  clearChosen,
  tooMany,
  confirmApiOnly
};
