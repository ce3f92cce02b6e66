// The standard fields every custom object has (Object Reference: "System Fields"; Salesforce
// Help: "Custom Object Fields"): Id, Name (per <nameField>), OwnerId unless a master-detail
// child (its parent owns it), the audit fields and IsDeleted.
import type { CustomObjectDefinition } from './schemaCustomObjects';
import { makeField, type SchemaFieldDescribe } from './schemaDescribe';

const platformSet = {
  createable: false,
  updateable: false,
  nillable: false,
  calculated: true
} as const;

const userLookup = (name: string, label: string): SchemaFieldDescribe =>
  makeField({
    name,
    label,
    type: 'reference',
    referenceTo: ['User'],
    relationshipName: name.slice(0, -2),
    ...platformSet
  });

const timestamp = (name: string, label: string): SchemaFieldDescribe =>
  makeField({ name, label, type: 'datetime', ...platformSet });

export function customSystemFields(definition: CustomObjectDefinition): SchemaFieldDescribe[] {
  const fields: SchemaFieldDescribe[] = [
    makeField({ name: 'Id', label: 'Record ID', type: 'id', ...platformSet }),
    definition.nameField,
    makeField({ name: 'IsDeleted', label: 'Deleted', type: 'boolean', ...platformSet }),
    timestamp('CreatedDate', 'Created Date'),
    userLookup('CreatedById', 'Created By ID'),
    timestamp('LastModifiedDate', 'Last Modified Date'),
    userLookup('LastModifiedById', 'Last Modified By ID'),
    timestamp('SystemModstamp', 'System Modstamp'),
    makeField({
      name: 'LastViewedDate',
      label: 'Last Viewed Date',
      type: 'datetime',
      createable: false,
      updateable: false,
      calculated: true
    }),
    makeField({
      name: 'LastReferencedDate',
      label: 'Last Referenced Date',
      type: 'datetime',
      createable: false,
      updateable: false,
      calculated: true
    })
  ];
  if (!definition.hasMasterDetail) {
    // The inserting user unless given; a queue (Group) may own a record too.
    fields.push(
      makeField({
        name: 'OwnerId',
        label: 'Owner ID',
        type: 'reference',
        referenceTo: ['Group', 'User'],
        relationshipName: 'Owner',
        nillable: false,
        defaultedOnCreate: true
      })
    );
  }
  if (definition.enableActivities) {
    fields.push(
      makeField({
        name: 'LastActivityDate',
        label: 'Last Activity Date',
        type: 'date',
        createable: false,
        updateable: false,
        calculated: true
      })
    );
  }
  return fields;
}
