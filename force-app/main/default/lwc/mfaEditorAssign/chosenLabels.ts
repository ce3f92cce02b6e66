// The chosen users' list texts, as Custom Labels (MfaEditorUserSearch.labels-meta.xml).
import chosen from '@salesforce/label/c.MfaEditorUi_UserSearch_Chosen';
import chosenNone from '@salesforce/label/c.MfaEditorUi_UserSearch_ChosenNone';
import unchoose from '@salesforce/label/c.MfaEditorUi_UserSearch_Unchoose';
import clearChosen from '@salesforce/label/c.MfaEditorUi_UserSearch_ClearChosen';
import tooMany from '@salesforce/label/c.MfaEditorUi_UserSearch_TooMany';

export const CHOSEN_LABELS = { chosen, chosenNone, unchoose, clearChosen, tooMany };
