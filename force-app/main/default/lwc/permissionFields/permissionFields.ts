import getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';

/** A tracked permission field as the org describes it, with every member present. */
export interface PermissionField {
  fieldName: string;
  label: string;
  metadataName: string;
  available: boolean;
}

/** Fills what Apex may omit (it drops nulls) so the rest of the code sees complete rows. */
export function toPermissionFields(
  rows: readonly Apex.PermissionFieldDescription[] | undefined | null
): PermissionField[] {
  return (rows ?? [])
    .filter((row) => typeof row.fieldName === 'string' && row.fieldName.length > 0)
    .map((row) => {
      const fieldName = row.fieldName as string;
      const metadataName = row.metadataName ?? fieldName.replace(/^Permissions/, '');
      return {
        fieldName,
        metadataName,
        label: row.label ?? metadataName,
        available: row.available === true
      };
    });
}

/**
 * Loads the tracked permission fields imperatively, for code that needs them before rendering
 * (the panel merges them into the facts it hands the access engine).
 */
export async function loadPermissionFields(): Promise<PermissionField[]> {
  return toPermissionFields(await getTrackedPermissionFields());
}
