/** @jest-environment node */
import { BadInputError, OrgError } from '../errors';
import { orgFailure, salesforceErrorCode } from './salesforceErrors';

function platformError(errorCode: string, message: string): Error {
  // The shape jsforce gives a REST error: name and errorCode are the platform's code.
  return Object.assign(new Error(message), { name: errorCode, errorCode });
}

describe('salesforceErrorCode', () => {
  it('is the platform code of a REST error', () => {
    expect(salesforceErrorCode(platformError('INVALID_TYPE', 'x'))).toBe('INVALID_TYPE');
  });

  it('is undefined for network failures and ordinary errors', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { name: 'ECONNREFUSED' });
    expect(salesforceErrorCode(refused)).toBeUndefined();
    expect(salesforceErrorCode(new TypeError('x'))).toBeUndefined();
    expect(salesforceErrorCode('INVALID_TYPE')).toBeUndefined();
  });
});

describe('orgFailure', () => {
  it('turns an unreachable host into an org error (exit 3)', () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND acme.my.salesforce.com'), {
      code: 'ENOTFOUND'
    });
    const failure = orgFailure(notFound, 'acme');
    expect(failure).toBeInstanceOf(OrgError);
    expect(failure.message).toBe('Cannot reach acme: getaddrinfo ENOTFOUND acme.my.salesforce.com');
  });

  it('recognises a network failure wrapped as the cause of a fetch error', () => {
    const fetchFailed = new Error('fetch failed', {
      cause: Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' })
    });
    expect(orgFailure(fetchFailed, 'acme').message).toBe('Cannot reach acme: connect ETIMEDOUT');
  });

  it("names the network cause of node-fetch's error, not the URL it tried", () => {
    const refused = Object.assign(
      new Error(
        'request to https://acme.my.salesforce.com/services/data/v62.0/sobjects failed, reason: connect ECONNREFUSED 127.0.0.1:443'
      ),
      { name: 'FetchError', code: 'ECONNREFUSED' }
    );
    expect(orgFailure(refused, 'acme').message).toBe(
      'Cannot reach acme: connect ECONNREFUSED 127.0.0.1:443'
    );
  });

  it('keeps the outer message when the cause has none (an AggregateError of both address families)', () => {
    const fetchFailed = new Error('fetch failed', {
      cause: Object.assign(new AggregateError([], ''), { code: 'ECONNREFUSED' })
    });
    expect(orgFailure(fetchFailed, 'acme').message).toBe(
      'Cannot reach acme: ECONNREFUSED: fetch failed'
    );
  });

  it('names the failure when the message does not', () => {
    const domain = Object.assign(new Error('The org cannot be found'), {
      name: 'DomainNotFoundError'
    });
    expect(orgFailure(domain, 'acme').message).toBe(
      'Cannot reach acme: DomainNotFoundError: The org cannot be found'
    );
  });

  it('names the platform code of any other API error', () => {
    const failure = orgFailure(
      platformError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'),
      'acme'
    );
    expect(failure).toBeInstanceOf(OrgError);
    expect(failure.message).toBe(
      'Reading acme failed: REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.'
    );
  });

  it('treats an unknown alias as bad input (exit 2)', () => {
    const noLogin = Object.assign(new Error('No authorization information found for prod.'), {
      name: 'NamedOrgNotFoundError'
    });
    expect(orgFailure(noLogin, 'prod')).toBeInstanceOf(BadInputError);
  });

  it('passes command line errors through and wraps values that are not errors', () => {
    const already = new OrgError('already explained');
    expect(orgFailure(already, 'acme')).toBe(already);
    expect(orgFailure('socket hang up', 'acme').message).toBe(
      'Reading acme failed: socket hang up'
    );
  });
});
