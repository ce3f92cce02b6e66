// The planning API as the editor reaches it through c/accessEngine.
jest.mock('c/accessEngine', () => ({}));
jest.mock(
  '@salesforce/label/c.MfaEditorUi_PlanningUnavailable',
  () => ({ default: 'This version of the access engine cannot plan edits' }),
  { virtual: true }
);

describe('the planning API of the editor', () => {
  it('says plainly that planning is unavailable when c/accessEngine lacks it', () => {
    const {
      planMfaEdits,
      planCloneWithout,
      planAssignments,
      PlanningUnavailableError
    } = require('c/mfaEditorShared');
    const facts = { schemaVersion: 1, records: {} };

    expect(() => planMfaEdits(facts, { edits: [] })).toThrow(PlanningUnavailableError);
    expect(() =>
      planCloneWithout(facts, { permissionSetId: 'x', field: 'api', userIds: [] })
    ).toThrow('This version of the access engine cannot plan edits');
    expect(() =>
      planAssignments(facts, { permissionSetId: 'x', userIds: [], action: 'assign' })
    ).toThrow(PlanningUnavailableError);
  });
});
