import { loadPermissionFields, toPermissionFields } from 'c/permissionFields';
import getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';

const trackedFields = require('./data/trackedPermissionFields.json');

jest.mock(
  '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const apexCall = getTrackedPermissionFields as unknown as jest.Mock;

describe('c/permissionFields', () => {
  afterEach(() => jest.clearAllMocks());

  it('loads the tracked fields imperatively from Apex', async () => {
    apexCall.mockResolvedValue(trackedFields);

    const fields = await loadPermissionFields();

    expect(apexCall).toHaveBeenCalledTimes(1);
    expect(fields.map((f) => f.fieldName)).toEqual(
      trackedFields.map((f: { fieldName: string }) => f.fieldName)
    );
    expect(fields[0]).toEqual({
      fieldName: 'PermissionsApiUserOnly',
      label: 'API Only User',
      metadataName: 'ApiUserOnly',
      available: true
    });
  });

  it('passes the platform error on to the caller', async () => {
    apexCall.mockRejectedValue({
      body: { message: 'You do not have access to the Apex class' },
      status: 403
    });

    await expect(loadPermissionFields()).rejects.toEqual(
      expect.objectContaining({ body: { message: 'You do not have access to the Apex class' } })
    );
  });

  it('fills what Apex omitted because it was null', () => {
    expect(toPermissionFields([{ fieldName: 'PermissionsTwoFactorApi' }])).toEqual([
      {
        fieldName: 'PermissionsTwoFactorApi',
        metadataName: 'TwoFactorApi',
        label: 'TwoFactorApi',
        available: false
      }
    ]);
  });

  it('drops rows without a field name and treats no rows as none', () => {
    expect(toPermissionFields([{ label: 'orphan' }])).toEqual([]);
    expect(toPermissionFields(null)).toEqual([]);
  });
});
