// `npm start`: the app on a demo org (or a snapshot), in your browser, no Salesforce org needed.
//
//   npm start                                  the demo org (preview/demo-org.json)
//   npm start -- --snapshot org.json           a snapshot taken with the command line
//   npm start -- --port 4000 --as <Id|Username> --skip-build
import { startPreview, PreviewInputError } from './lib/preview.mjs';

const USAGE =
  'usage: npm start -- [--snapshot <file>] [--port <n>] [--as <user Id or Username>] [--skip-build]';

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--'))
        throw new PreviewInputError(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--snapshot') options.snapshot = value();
    else if (arg === '--port') {
      options.port = Number(value());
      if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
        throw new PreviewInputError(`--port must be 0..65535\n${USAGE}`);
    } else if (arg === '--as') options.as = value();
    else if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new PreviewInputError(`unknown option ${arg}\n${USAGE}`);
  }
  if (options.port === undefined && process.env.PORT) options.port = Number(process.env.PORT);
  return options;
}

const started = Date.now();
try {
  const preview = await startPreview(parseArgs(process.argv.slice(2)));
  const { build, bundle } = preview.timings;
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `preview: ${preview.page.components.length} components bundled (${(preview.page.bytes / 1e6).toFixed(1)} MB)` +
      `${build === undefined ? '' : `, build ${seconds(build)}`}, bundle ${seconds(bundle)}, ready in ${seconds(Date.now() - started)}`
  );
  console.log(`preview: Why API-Only? on ${preview.users.length} users — open ${preview.url}`);
  console.log('preview: Ctrl+C to stop');
  const stop = async () => {
    await preview.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  if (e instanceof PreviewInputError) {
    console.error(`npm start: ${e.message}`);
    process.exit(2);
  }
  console.error(`npm start: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
}
