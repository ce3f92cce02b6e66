// Which fields field-level security governs. FieldPermissions rows exist only for
// permissionable fields; the others (the Id, the audit fields, the owner, required fields such
// as a custom object's Name or a master-detail) are readable by anyone who can read the object
// (Salesforce Help: "Field-Level Security"; Object Reference: FieldPermissions).
import type { FieldDescribe, ObjectDescribe } from './contracts';

const ALWAYS_VISIBLE = new Set([
  'id',
  'name',
  'ownerid',
  'createdbyid',
  'createddate',
  'lastmodifiedbyid',
  'lastmodifieddate',
  'systemmodstamp',
  'isdeleted',
  'lastactivitydate',
  'lastvieweddate',
  'lastreferenceddate',
  'recordtypeid',
  'currencyisocode'
]);

/** True when FLS applies to the field (FieldPermissions rows can be set for it). */
export function isPermissionableField(field: FieldDescribe): boolean {
  if (field.type === 'id' || ALWAYS_VISIBLE.has(field.name.toLowerCase())) return false;
  // A required field (not nillable, not a Boolean: Booleans are never null yet are
  // permissionable) can't be hidden: its FLS is fixed to read and edit.
  if (!field.nillable && field.type !== 'boolean') return false;
  return true;
}

/** 'MFA_Change_Set__c.Kind__c': how FieldPermissions.Field names a field. */
export function fieldPermissionName(object: ObjectDescribe, field: FieldDescribe): string {
  return `${object.name}.${field.name}`;
}
