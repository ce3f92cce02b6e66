// SObjects and fields that exist on the platform but are missing from the offline type library
// (sobject-types jar, API 65.0). Keep this list short, each entry with its source: everything
// else must be found in the jar. Field kinds: 'value', or a reference { to: '<SObject>' }.

export const SCHEMA_ALLOW_LIST = [
  {
    object: 'TwoFactorMethodsInfo',
    reason:
      'Read-only MFA registration summary per user (Object Reference, API 47.0+; needs Manage ' +
      'MFA in API). The jar and apex-ls lack it, so Apex queries it dynamically.',
    fields: {
      Id: 'value',
      UserId: 'value',
      User: { to: 'User' },
      HasTotp: 'value',
      HasSalesforceAuthenticator: 'value',
      HasSecurityKey: 'value',
      HasBuiltInAuthenticator: 'value',
      HasTempCode: 'value',
      HasUserVerifiedMobileNumber: 'value',
      HasUserVerifiedEmailAddress: 'value'
    }
  }
];
