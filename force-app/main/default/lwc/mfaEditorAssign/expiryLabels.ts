// The expiry texts of the bulk assignment, as Custom Labels (MfaEditorUi labels).
import endPermanent from '@salesforce/label/c.MfaEditorUi_Assign_EndPermanent';
import colExpiry from '@salesforce/label/c.MfaEditorUi_Assign_ColExpiry';
import permanent from '@salesforce/label/c.MfaEditorUi_Assign_Permanent';
import noAssignment from '@salesforce/label/c.MfaEditorUi_Assign_NoAssignment';

export const EXPIRY_LABELS = { endPermanent, colExpiry, permanent, noAssignment };
