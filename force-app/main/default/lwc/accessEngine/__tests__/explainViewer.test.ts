// The locked-out person reads their own explanation: the verdict speaks to them.
import { explainUser } from '../accessEngine';
import { loadFixture } from './loadFixture';

const seed000 = loadFixture('seed000-group');
const licences = loadFixture('profile-and-licence');

describe('explainUser for the person reading about themselves', () => {
  it('says "You are API-only" with the group and member set when the viewer is the user', () => {
    const explanation = explainUser(seed000, 'jane@example.com', {
      viewerId: '005000000000001AAA'
    });
    expect(explanation.verdict.code).toBe('VERDICT_API_ONLY_SELF');
    expect(explanation.verdict.message).toBe(
      'You are API-only because permission set group Integration_Bundle includes permission set Integration_Base, which grants API Only User.'
    );
  });

  it('matches the viewer by a 15-character Id too', () => {
    const explanation = explainUser(seed000, 'jane@example.com', { viewerId: '005000000000001' });
    expect(explanation.verdict.code).toBe('VERDICT_API_ONLY_SELF');
  });

  it('keeps the third person for an admin reading about someone else', () => {
    const explanation = explainUser(seed000, 'jane@example.com', {
      viewerId: '005000000000009AAA'
    });
    expect(explanation.verdict.code).toBe('VERDICT_API_ONLY');
    expect(explanation.verdict.message.startsWith('jane@example.com is API-only')).toBe(true);
  });

  it('tells an integration user that the licence makes them API-only by design', () => {
    const explanation = explainUser(licences, 'integration@example.com', {
      viewerId: '005000000000003AAA'
    });
    expect(explanation.verdict.code).toBe('VERDICT_API_ONLY_BY_LICENSE_SELF');
    expect(explanation.verdict.message).toMatch(/^You are API-only by design of the .* licence/);
  });

  it('tells a user who is not API-only so, in the second person', () => {
    const explanation = explainUser(licences, 'limited@example.com', {
      viewerId: '005000000000004AAA'
    });
    expect(explanation.apiOnly).toBe(false);
    expect(explanation.verdict.code).toBe('VERDICT_NOT_API_ONLY_SELF');
    expect(explanation.verdict.message).toBe(
      'You are not API-only: no source in effect grants you API Only User.'
    );
  });

  it('keeps the third person for an inactive user, who cannot be the one reading', () => {
    const explanation = explainUser(licences, 'bob@example.com', {
      viewerId: '005000000000002AAA'
    });
    expect(explanation.verdict.code).toBe('VERDICT_NOT_API_ONLY_INACTIVE');
  });
});
