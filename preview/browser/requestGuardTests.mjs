// Browser tests of which requests the preview answers (preview/lib/requestGuard.mjs): its own
// Host only (no DNS rebinding), and writes only from its own page (no cross-site POST). The
// refusals are sent from Node, where any header can be forged; the page's own calls, and a
// cross-origin one from it, from Chromium.
import http from 'node:http';
import { assert } from './harness.mjs';

/** One raw request to the preview's socket with exactly these headers: { status, body }. */
function request(port, { method = 'GET', path = '/preview/health', headers = {} }) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path, headers, setHost: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      }
    );
    req.on('error', reject);
    req.end(method === 'GET' ? undefined : '{}');
  });
}

/** Counts the stand-in's resets while `run` runs (a refused reset must not reach it). */
async function countingResets(preview, run) {
  const reset = preview.apex.reset;
  let resets = 0;
  preview.apex.reset = function countedReset(...args) {
    resets += 1;
    return reset.apply(this, args);
  };
  try {
    await run();
  } finally {
    preview.apex.reset = reset;
  }
  return resets;
}

export const REQUEST_GUARD_TESTS = [
  {
    name: 'the preview answers at localhost, 127.0.0.1 and [::1] on its own port',
    async run(t, { preview }) {
      for (const host of ['localhost', '127.0.0.1', '[::1]', 'LOCALHOST']) {
        const answer = await request(preview.port, {
          headers: { host: `${host}:${preview.port}` }
        });
        assert(answer.status === 200, `Host ${host}: expected 200, got ${answer.status}`);
      }
    }
  },
  {
    name: 'the preview refuses another Host (DNS rebinding) with 421 and says where it answers',
    async run(t, { preview }) {
      for (const host of [
        `evil.example:${preview.port}`,
        `localhost:${preview.port + 1}`,
        'localhost',
        ''
      ]) {
        const answer = await request(preview.port, { path: '/', headers: { host } });
        assert(answer.status === 421, `Host "${host}": expected 421, got ${answer.status}`);
        const expected = `The preview answers only at http://localhost:${preview.port}/ (or 127.0.0.1, [::1]): Host "${host}" is not it.\n`;
        assert(
          answer.body === expected,
          `Host "${host}": the message was ${JSON.stringify(answer.body)}`
        );
      }
    }
  },
  {
    name: 'the preview refuses a cross-site or unlabelled POST with 403 and does not act on it',
    async run(t, { preview }) {
      const host = `localhost:${preview.port}`;
      const refused = [
        [
          { origin: 'http://evil.example' },
          `Cross-site POST refused: Origin "http://evil.example" is not this preview (http://${host}).`
        ],
        [
          { origin: 'null' },
          `Cross-site POST refused: Origin "null" is not this preview (http://${host}).`
        ],
        // Same machine, other origin: the page at 127.0.0.1 is not the page at localhost.
        [
          { origin: `http://127.0.0.1:${preview.port}` },
          `Cross-site POST refused: Origin "http://127.0.0.1:${preview.port}" is not this preview (http://${host}).`
        ],
        [
          { 'sec-fetch-site': 'cross-site' },
          `POST refused: send it from the preview's page (an Origin of http://${host}).`
        ],
        [{}, `POST refused: send it from the preview's page (an Origin of http://${host}).`]
      ];
      const resets = await countingResets(preview, async () => {
        for (const [headers, message] of refused) {
          for (const path of ['/preview/reset', '/apex/MfaEditorController.applyChanges']) {
            const answer = await request(preview.port, {
              method: 'POST',
              path,
              headers: { host, ...headers }
            });
            const what = `POST ${path} with ${JSON.stringify(headers)}`;
            assert(answer.status === 403, `${what}: expected 403, got ${answer.status}`);
            assert(
              answer.body === `${message}\n`,
              `${what}: the message was ${JSON.stringify(answer.body)}`
            );
          }
        }
      });
      assert(resets === 0, `a refused reset reached the stand-in ${resets} time(s)`);
    }
  },
  {
    name: 'the preview accepts a POST with its own Origin, or with Sec-Fetch-Site same-origin or none',
    async run(t, { preview }) {
      const host = `localhost:${preview.port}`;
      const accepted = [
        { origin: `http://${host}` },
        { 'sec-fetch-site': 'same-origin' },
        { 'sec-fetch-site': 'none' }
      ];
      const resets = await countingResets(preview, async () => {
        for (const headers of accepted) {
          const answer = await request(preview.port, {
            method: 'POST',
            path: '/preview/reset',
            headers: { host, ...headers }
          });
          assert(
            answer.status === 200,
            `POST with ${JSON.stringify(headers)}: expected 200, got ${answer.status}`
          );
        }
      });
      assert(
        resets === accepted.length,
        `expected ${accepted.length} resets, the stand-in saw ${resets}`
      );
    }
  },
  {
    name: "in Chromium the preview answers its page's own POST and refuses one from another origin",
    async run(t, { preview }) {
      await t.open({ as: 'Alex Morgan' });
      const other = `http://127.0.0.1:${preview.port}/preview/reset`;
      let results;
      const resets = await countingResets(preview, async () => {
        results = await t.page.evaluate(async (otherUrl) => {
          const own = await fetch('/preview/reset', { method: 'POST' });
          // A simple cross-origin POST is sent without a preflight: the server must refuse it.
          await fetch(otherUrl, { method: 'POST', mode: 'no-cors' });
          return { own: own.status };
        }, other);
      });
      assert(results.own === 200, `the page's own reset answered ${results.own}`);
      assert(
        resets === 1,
        `expected only the page's own reset to reach the stand-in, saw ${resets}`
      );
      // Chromium logs the refusal as a failed load: expected here, so not a failure of the test.
      const refusal = await expectedConsoleError(t, /status of 403 \(Forbidden\)/);
      assert(refusal, 'Chromium logged no 403 for the cross-origin POST');
    }
  }
];

/** Waits (up to 5 s) for a console error matching `pattern` and removes it from the test's. */
async function expectedConsoleError(t, pattern) {
  for (let waited = 0; waited <= 5000; waited += 100) {
    const index = t.errors.findIndex((error) => pattern.test(error));
    if (index >= 0) return t.errors.splice(index, 1)[0];
    await t.page.waitForTimeout(100);
  }
  return null;
}
