// Accessibility matchers (toBeAccessible) for component tests, from Salesforce's sa11y.
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();
