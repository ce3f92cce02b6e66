// The preview's HTTP server: the page (with the running user's session in it), the bundle,
// SLDS, and the Apex endpoint (POST /apex/<Class>.<method>) answered by the stand-in.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ROOT } from './project.mjs';

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

function page(bootstrap) {
  // `<` escaped so that no value can close the script element.
  const json = JSON.stringify(bootstrap).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Why API-Only? — local preview</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/slds/styles/salesforce-lightning-design-system.min.css" />
    <script>window.__WHY_PREVIEW__ = ${json};</script>
  </head>
  <body class="slds-scope">
    <div id="root">Loading the preview…</div>
    <script src="/app.js"></script>
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
 * @param {string} options.bundleFile the page bundle (app.js)
 * @param {import('../apex/index.ts').ApexStandIn} options.standIn
 * @param {string} options.snapshotLabel shown in the page ("preview/demo-org.json")
 * @param {string} options.defaultUserId who the page runs as without ?as=
 * @param {string} options.defaultRecordUserId whose record page shows without ?record=
 */
export function createServer({
  bundleFile,
  standIn,
  snapshotLabel,
  defaultUserId,
  defaultRecordUserId
}) {
  const users = standIn.users();
  const userIds = new Set(users.map((u) => u.id));

  return http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
        const wanted = url.searchParams.get('as');
        const userId = wanted && userIds.has(wanted) ? wanted : defaultUserId;
        const session = standIn.session(userId);
        send(
          res,
          200,
          'text/html; charset=utf-8',
          page({
            ...session,
            users: users.filter((u) => u.active || u.id === userId),
            snapshot: snapshotLabel,
            defaultRecordUserId
          })
        );
        return;
      }
      if (req.method === 'GET' && url.pathname === '/app.js') {
        send(res, 200, TYPES['.js'], fs.readFileSync(bundleFile));
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
        const result = standIn.call(method, params, typeof callerId === 'string' ? callerId : '');
        // Aura answers a failed action with HTTP 200 and the error inside: so does the preview
        // (the browser then logs no failed request, as in an org).
        send(res, 200, TYPES['.json'], JSON.stringify(result.body));
        return;
      }
      if (req.method === 'GET' && url.pathname.startsWith('/preview/records/')) {
        const objectApiName = decodeURIComponent(url.pathname.slice('/preview/records/'.length));
        const callerId = req.headers['x-preview-user'];
        const rows = standIn.searchRecords(
          objectApiName,
          url.searchParams.get('q') ?? '',
          typeof callerId === 'string' ? callerId : ''
        );
        send(res, 200, TYPES['.json'], JSON.stringify(rows));
        return;
      }
      if (req.method === 'POST' && url.pathname === '/preview/reset') {
        standIn.reset();
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
