import getChangeSetLimits from '@salesforce/apex/MfaEditorController.getChangeSetLimits';
import { changeSetLimits } from 'c/mfaEditorShared';

jest.mock(
  '@salesforce/apex/MfaEditorController.getChangeSetLimits',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const limitsCall = getChangeSetLimits as unknown as jest.Mock;

afterEach(() => {
  jest.clearAllMocks();
});

describe('the change-set limits Apex enforces', () => {
  it('are read from Apex each time, for the platform cache to answer', async () => {
    limitsCall.mockResolvedValue({ maxRows: 2000, maxUsers: 1999 });

    await expect(changeSetLimits()).resolves.toEqual({ maxRows: 2000, maxUsers: 1999 });
    await changeSetLimits();
    expect(limitsCall).toHaveBeenCalledTimes(2);
    expect(limitsCall).toHaveBeenCalledWith();
  });

  it('refuse an answer without a usable number rather than plan without a cap', async () => {
    limitsCall.mockResolvedValue({ maxUsers: 2000 });
    await expect(changeSetLimits()).rejects.toThrow('getChangeSetLimits returned no maxRows.');
    limitsCall.mockResolvedValue({ maxRows: 2000, maxUsers: 0 });
    await expect(changeSetLimits()).rejects.toThrow('getChangeSetLimits returned no maxUsers.');
  });

  it('pass on the refusal of a caller without authority', async () => {
    limitsCall.mockRejectedValue({ body: { message: 'Not allowed' } });
    await expect(changeSetLimits()).rejects.toEqual({ body: { message: 'Not allowed' } });
  });
});
