// Node test environment whose sandbox shares Node's own Error classes. Jest runs tests in a
// separate realm, so errors thrown by Node's fs fail `instanceof Error` inside it
// (jestjs/jest#2549); @salesforce/core relies on that check to create its auth files and to
// release its file locks, and without it a login hangs on a lock it never released.
const { TestEnvironment } = require('jest-environment-node');

class SharedErrorsNodeEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of ['Error', 'TypeError', 'RangeError', 'SyntaxError']) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = SharedErrorsNodeEnvironment;
