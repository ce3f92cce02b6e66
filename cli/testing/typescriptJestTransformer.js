// Jest transformer for the command line's TypeScript: plain tsc transpilation to CommonJS, as the
// build does. The LWC transformer of the root config would wire every class to @lwc/engine-dom,
// which needs a DOM the Node test environment does not have.
const ts = require('typescript');

module.exports = {
  process(sourceText, sourcePath) {
    const { outputText, sourceMapText } = ts.transpileModule(sourceText, {
      fileName: sourcePath,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        sourceMap: true,
        inlineSources: true
      }
    });
    return { code: outputText, map: sourceMapText };
  },
  // Jest instruments the output for coverage itself; the key must tell both variants apart.
  getCacheKey(sourceText, sourcePath, options) {
    return require('node:crypto')
      .createHash('sha1')
      .update(
        [ts.version, String(options.instrument), options.configString, sourcePath, sourceText].join(
          '\0'
        )
      )
      .digest('hex');
  }
};
