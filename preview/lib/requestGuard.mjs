// Which requests the preview answers. It serves a demo org and resets or writes it on POST, on
// the loopback interface only; two checks keep other web pages out of it:
//  - Host must be this server's own (localhost, 127.0.0.1 or [::1] with its port): a page on a
//    hostile name that resolves to 127.0.0.1 (DNS rebinding) is otherwise same-origin with it;
//  - a request that changes something (any method but GET and HEAD) must come from the preview's
//    own page: Origin equal to http://<Host>, or, without Origin, Sec-Fetch-Site same-origin or
//    none. A cross-site form or fetch (Origin of another site, or "null") is refused.

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const SAFE_METHODS = new Set(['GET', 'HEAD']);
const SAME_SITE_FETCHES = new Set(['same-origin', 'none']);

/** The Host values this server answers to, for the port the request came in on. */
export function allowedHosts(port) {
  return LOOPBACK_NAMES.map((name) => `${name}:${port}`);
}

/**
 * Null when the request may be answered, else { status, message }: 421 for a Host that is not
 * this server, 403 for a cross-site request that would change something.
 */
export function refusal(req) {
  const port = req.socket.localPort;
  const hosts = allowedHosts(port);
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.includes(host)) {
    return {
      status: 421,
      message: `The preview answers only at http://localhost:${port}/ (or 127.0.0.1, [::1]): Host "${req.headers.host ?? ''}" is not it.`
    };
  }
  if (SAFE_METHODS.has(req.method)) return null;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (origin.toLowerCase() === `http://${host}`) return null;
    return {
      status: 403,
      message: `Cross-site ${req.method} refused: Origin "${origin}" is not this preview (http://${host}).`
    };
  }
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && SAME_SITE_FETCHES.has(site)) return null;
  return {
    status: 403,
    message: `${req.method} refused: send it from the preview's page (an Origin of http://${host}).`
  };
}
