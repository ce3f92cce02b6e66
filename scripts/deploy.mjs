// `npm run deploy -- --target-org <alias>`: builds, then hands the source to the user's own
// Salesforce CLI. The CLI is not a dependency of this project (it needs Node 22 and 300 MB).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
if (!args.includes('--target-org') && !args.includes('-o')) {
  console.error('deploy: say which org: npm run deploy -- --target-org <alias|username>');
  process.exit(2);
}

const sf = spawnSync('sf', ['--version'], { encoding: 'utf8' });
if (sf.error || sf.status !== 0) {
  console.error(
    'deploy: the Salesforce CLI (`sf`) was not found. Install it (npm install --global @salesforce/cli, ' +
      'Node 22 or later), log in with `sf org login web --alias <alias>`, then run this again.'
  );
  process.exit(3);
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const deploy = spawnSync(
  'sf',
  ['project', 'deploy', 'start', '--source-dir', 'force-app', ...args],
  {
    stdio: 'inherit'
  }
);
process.exit(deploy.status ?? 1);
