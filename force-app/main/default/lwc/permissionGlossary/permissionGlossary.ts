import { LightningElement, wire } from 'lwc';
import getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';
import { toPermissionFields, type PermissionField } from 'c/permissionFields';
import { reduceErrors } from 'c/apexErrors';
import title from '@salesforce/label/c.Glossary_Title';
import loading from '@salesforce/label/c.Glossary_Loading';
import loadError from '@salesforce/label/c.Glossary_Load_Error';
import notInOrg from '@salesforce/label/c.Glossary_Not_In_Org';
import helpApiUserOnly from '@salesforce/label/c.Glossary_Help_ApiUserOnly';
import helpApiEnabled from '@salesforce/label/c.Glossary_Help_ApiEnabled';
import helpForceTwoFactor from '@salesforce/label/c.Glossary_Help_ForceTwoFactor';
import helpTwoFactorApi from '@salesforce/label/c.Glossary_Help_TwoFactorApi';
import helpDelegatedTwoFactor from '@salesforce/label/c.Glossary_Help_DelegatedTwoFactor';
import helpManageTwoFactor from '@salesforce/label/c.Glossary_Help_ManageTwoFactor';
import helpBypassMfa from '@salesforce/label/c.Glossary_Help_BypassMFAForUiLogins';
import helpIsSsoEnabled from '@salesforce/label/c.Glossary_Help_IsSsoEnabled';

/** What each tracked permission does, keyed by its metadata name. */
const HELP_BY_METADATA_NAME: Readonly<Record<string, string>> = {
  ApiUserOnly: helpApiUserOnly,
  ApiEnabled: helpApiEnabled,
  ForceTwoFactor: helpForceTwoFactor,
  TwoFactorApi: helpTwoFactorApi,
  DelegatedTwoFactor: helpDelegatedTwoFactor,
  ManageTwoFactor: helpManageTwoFactor,
  BypassMFAForUiLogins: helpBypassMfa,
  IsSsoEnabled: helpIsSsoEnabled
};

interface GlossaryEntry extends PermissionField {
  help: string;
  descriptionKey: string;
  unavailable: boolean;
}

/**
 * Says what each tracked permission does, under the org's own labels: the MFA permissions are
 * easy to confuse (MFA for API Logins vs Manage MFA in API), and labels differ across orgs.
 */
export default class PermissionGlossary extends LightningElement {
  labels = { title, loading, loadError, notInOrg };

  entries: GlossaryEntry[] = [];
  errorText = '';
  isLoading = true;

  @wire(getTrackedPermissionFields)
  wiredFields({ data, error }: ApexWireResult<Apex.PermissionFieldDescription[]>): void {
    if (data) {
      this.entries = toPermissionFields(data).map((field) => ({
        ...field,
        help: HELP_BY_METADATA_NAME[field.metadataName] ?? '',
        descriptionKey: `${field.fieldName}-help`,
        unavailable: !field.available
      }));
      this.errorText = '';
      this.isLoading = false;
    } else if (error) {
      this.entries = [];
      this.errorText = reduceErrors(error).join(' ');
      this.isLoading = false;
    }
  }
}
