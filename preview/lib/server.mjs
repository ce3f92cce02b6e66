// The preview's HTTP server: the page (with the running user's session in it), the bundle,
// SLDS, and the Apex endpoint (POST /apex/<Class>.<method>) answered by the real Apex (apexHost.mjs).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ROOT } from './project.mjs';
import { refusal } from './requestGuard.mjs';
import { DEFAULT_SURFACE, SURFACES } from '../app/surfaces.mjs';

const SLDS_ASSETS = path.join(ROOT, 'node_modules', '@salesforce-ux', 'design-system', 'assets');
const TYPES = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.json': 'application/json'
};
const MAX_BODY = 1024 * 1024;
/**
 * How many users the page's switchers list before a search: a 10,000-user snapshot would put
 * 1.3 MB in the page and two 10,000-option lists in the DOM (most of the load time).
 */
export const LISTED_USERS = 100;

function page(bootstrap, { entry, preload }) {
  // `<` escaped so that no value can close the script element.
  const json = JSON.stringify(bootstrap).replace(/</g, '\\u003c');
  const links = preload
    .map((file) => `\n    <link rel="modulepreload" href="/app/${encodeURI(file)}" />`)
    .join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Why API-Only? — local preview</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/slds/styles/salesforce-lightning-design-system.min.css" />
    <script>window.__WHY_PREVIEW__ = ${json};</script>${links}
    <script type="module" src="/app/${entry}"></script>
  </head>
  <body class="slds-scope">
    <div id="root">Loading the preview…</div>
  </body>
</html>
`;
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(new Error('request body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

/**
 * @param {object} options
 * @param {{ files: Map<string, Buffer>, entry: string,
 *   preload: { entry: string[], components: Record<string, string[]> } }} options.bundle
 *   the page's module chunks (preview/lib/bundle.mjs), served from memory
 * @param {import('./apexHost.mjs').ApexHost} options.apex the real Apex in the offline runtime
 * @param {string} options.snapshotLabel shown in the page ("preview/demo-org.json")
 * @param {string} options.defaultUserId who the page runs as without ?as=
 * @param {string} options.defaultRecordUserId whose record page shows without ?record=
 */
export function createServer({ bundle, apex, snapshotLabel, defaultUserId, defaultRecordUserId }) {
  const users = apex.users();
  const byId = new Map(users.map((u) => [u.id, u]));
  // The switchers' choices: active users by name (the running user is added when inactive).
  const choices = users.filter((u) => u.active).sort((a, b) => a.name.localeCompare(b.name));

  /** The first LISTED_USERS choices, plus the running and the record user wherever they sort. */
  function listedFor(...pinnedIds) {
    const listed = choices.slice(0, LISTED_USERS);
    for (const id of pinnedIds) {
      const user = byId.get(id);
      if (user && !listed.includes(user)) listed.push(user);
    }
    return listed;
  }

  /** The choices whose name, username or profile contains the text (the switchers' search). */
  function search(text) {
    const q = text.trim().toLowerCase();
    return choices
      .filter(
        (u) =>
          u.name.toLowerCase().includes(q) ||
          u.username.toLowerCase().includes(q) ||
          (u.profile ?? '').toLowerCase().includes(q)
      )
      .slice(0, LISTED_USERS);
  }

  /** The chunks the page at `surface` needs at once: preloaded, not discovered one by one. */
  function preloadFor(surfaceKey) {
    const surface =
      SURFACES.find((s) => s.key === surfaceKey) ?? SURFACES.find((s) => s.key === DEFAULT_SURFACE);
    return bundle.preload.components[surface?.component] ?? bundle.preload.entry;
  }

  return http.createServer(async (req, res) => {
    const refused = refusal(req);
    if (refused) {
      send(res, refused.status, 'text/plain; charset=utf-8', `${refused.message}\n`);
      return;
    }
    const url = new URL(req.url, 'http://localhost');
    try {
      if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
        const wanted = url.searchParams.get('as');
        const userId = wanted && byId.has(wanted) ? wanted : defaultUserId;
        const record = url.searchParams.get('record');
        const session = apex.session(userId);
        const userCount = choices.length + (byId.get(userId)?.active ? 0 : 1);
        const bootstrap = {
          ...session,
          users: listedFor(
            userId,
            record && byId.get(record)?.active ? record : defaultRecordUserId
          ),
          userCount,
          snapshot: snapshotLabel,
          defaultRecordUserId
        };
        const chunks = {
          entry: bundle.entry,
          preload: preloadFor(url.searchParams.get('surface'))
        };
        send(res, 200, 'text/html; charset=utf-8', page(bootstrap, chunks));
        return;
      }
      if (req.method === 'GET' && url.pathname === '/preview/users') {
        // The switchers' search (?q=) and one of their choices by Id (?id=, a record page
        // the component navigated to).
        const id = url.searchParams.get('id');
        const found =
          id !== null
            ? choices.filter((u) => u.id === id)
            : search(url.searchParams.get('q') ?? '');
        send(res, 200, TYPES['.json'], JSON.stringify(found));
        return;
      }
      if (req.method === 'GET' && url.pathname.startsWith('/app/')) {
        const chunk = bundle.files.get(decodeURIComponent(url.pathname.slice('/app/'.length)));
        if (chunk) send(res, 200, TYPES['.js'], chunk);
        else send(res, 404, 'text/plain', 'not found');
        return;
      }
      if (req.method === 'GET' && url.pathname.startsWith('/slds/')) {
        const file = path.normalize(
          path.join(SLDS_ASSETS, decodeURIComponent(url.pathname.slice('/slds/'.length)))
        );
        if (
          !file.startsWith(SLDS_ASSETS + path.sep) ||
          !fs.existsSync(file) ||
          !fs.statSync(file).isFile()
        ) {
          send(res, 404, 'text/plain', 'not found');
          return;
        }
        send(
          res,
          200,
          TYPES[path.extname(file)] ?? 'application/octet-stream',
          fs.readFileSync(file)
        );
        return;
      }
      if (req.method === 'POST' && url.pathname.startsWith('/apex/')) {
        const method = decodeURIComponent(url.pathname.slice('/apex/'.length));
        const callerId = req.headers['x-preview-user'];
        const params = await readJson(req);
        const result = apex.call(method, params, typeof callerId === 'string' ? callerId : '');
        // Aura answers a failed action with HTTP 200 and the error inside: so does the preview
        // (the browser then logs no failed request, as in an org).
        send(res, 200, TYPES['.json'], JSON.stringify(result.body));
        return;
      }
      if (req.method === 'GET' && url.pathname.startsWith('/preview/records/')) {
        const objectApiName = decodeURIComponent(url.pathname.slice('/preview/records/'.length));
        const callerId = req.headers['x-preview-user'];
        const rows = apex.searchRecords(
          objectApiName,
          url.searchParams.get('q') ?? '',
          typeof callerId === 'string' ? callerId : ''
        );
        send(res, 200, TYPES['.json'], JSON.stringify(rows));
        return;
      }
      if (req.method === 'POST' && url.pathname === '/preview/reset') {
        apex.reset();
        send(res, 200, TYPES['.json'], '{"reset":true}');
        return;
      }
      if (req.method === 'GET' && url.pathname === '/preview/health') {
        send(res, 200, TYPES['.json'], JSON.stringify({ ok: true, users: users.length }));
        return;
      }
      send(res, 404, 'text/plain', 'not found');
    } catch (e) {
      send(res, 400, TYPES['.json'], JSON.stringify({ error: e.message }));
    }
  });
}

/** Listens on the port, or on a free one when it is taken. Resolves to the port used. */
export function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (e) => {
      if (e.code === 'EADDRINUSE' && port !== 0) {
        server.off('error', onError);
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server.address().port));
      } else reject(e);
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve(server.address().port);
    });
  });
}
