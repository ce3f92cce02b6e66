import { reduceErrors } from 'c/apexErrors';

describe('c/apexErrors', () => {
  it('reads the message of an AuraHandledException', () => {
    expect(
      reduceErrors({
        body: { message: 'Not allowed: you can only see your own access.' },
        status: 500
      })
    ).toEqual(['Not allowed: you can only see your own access.']);
  });

  it('reads page and field errors of a DML failure with their status codes', () => {
    const error = {
      body: {
        pageErrors: [
          {
            statusCode: 'FIELD_INTEGRITY_EXCEPTION',
            message:
              'Multi-Factor Authentication for API Logins depends on permission(s): Multi-Factor Authentication for User Interface Logins'
          }
        ],
        fieldErrors: { PermissionsTwoFactorApi: [{ message: 'bad value' }] }
      }
    };
    expect(reduceErrors(error)).toEqual([
      'FIELD_INTEGRITY_EXCEPTION: Multi-Factor Authentication for API Logins depends on permission(s): Multi-Factor Authentication for User Interface Logins',
      'bad value'
    ]);
  });

  it('reads JavaScript errors, strings, arrays of bodies and lists of errors', () => {
    expect(reduceErrors(new Error('boom'))).toEqual(['boom']);
    expect(reduceErrors('plain')).toEqual(['plain']);
    expect(reduceErrors({ body: [{ message: 'first' }, { message: 'second' }] })).toEqual([
      'first',
      'second'
    ]);
    expect(reduceErrors([new Error('a'), { body: { message: 'b' } }])).toEqual(['a', 'b']);
  });

  it('says nothing for nothing and stringifies odd values', () => {
    expect(reduceErrors(undefined)).toEqual([]);
    expect(reduceErrors(null)).toEqual([]);
    expect(reduceErrors(42)).toEqual(['42']);
    expect(reduceErrors({ body: null })).toEqual([]);
  });
});
