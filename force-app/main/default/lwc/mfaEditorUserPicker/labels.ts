// The user search's own texts, as Custom Labels (MfaEditorUserSearch.labels-meta.xml).
import source from '@salesforce/label/c.MfaEditorUi_UserSearch_Source';
import text from '@salesforce/label/c.MfaEditorUi_UserSearch_Text';
import textHelp from '@salesforce/label/c.MfaEditorUi_UserSearch_TextHelp';
import apiOnly from '@salesforce/label/c.MfaEditorUi_UserSearch_ApiOnly';
import searching from '@salesforce/label/c.MfaEditorUi_UserSearch_Searching';
import count from '@salesforce/label/c.MfaEditorUi_UserSearch_Count';
import countMore from '@salesforce/label/c.MfaEditorUi_UserSearch_CountMore';
import error from '@salesforce/label/c.MfaEditorUi_UserSearch_Error';
import choicesError from '@salesforce/label/c.MfaEditorUi_UserSearch_ChoicesError';
import results from '@salesforce/label/c.MfaEditorUi_UserSearch_Results';
import colUsername from '@salesforce/label/c.MfaEditorUi_UserSearch_ColUsername';
import colApiOnly from '@salesforce/label/c.MfaEditorUi_UserSearch_ColApiOnly';
import chooseAll from '@salesforce/label/c.MfaEditorUi_UserSearch_ChooseAll';
import chooseUser from '@salesforce/label/c.MfaEditorUi_UserSearch_ChooseUser';
import nextPage from '@salesforce/label/c.MfaEditorUi_UserSearch_NextPage';
import previousPage from '@salesforce/label/c.MfaEditorUi_UserSearch_PreviousPage';

export const SEARCH_LABELS = {
  source,
  text,
  textHelp,
  apiOnly,
  searching,
  count,
  countMore,
  error,
  choicesError,
  results,
  colUsername,
  colApiOnly,
  chooseAll,
  chooseUser,
  nextPage,
  previousPage
};
