// Our pages call /api with the webapps' session: a state-changing call must carry the session's CSRF token in
// the header X-XSRF-TOKEN (docs/security.md). The token comes with every answer to a signed-in GET (/api/session).
(function () {
  const original = window.fetch.bind(window);
  let token = null;
  function csrfToken() {
    if (token) { return Promise.resolve(token); }
    return original('/api/session', { credentials: 'same-origin' })
      .then(r => { token = r.headers.get('X-XSRF-TOKEN'); return token; })
      .catch(() => null);
  }
  window.csrfToken = csrfToken;
  window.fetch = function (url, init) {
    const method = ((init && init.method) || 'GET').toUpperCase();
    if (method === 'GET' || method === 'HEAD') { return original(url, init); }
    return csrfToken().then(t => {
      const headers = new Headers((init && init.headers) || {});
      if (t) { headers.set('X-XSRF-TOKEN', t); }
      return original(url, Object.assign({}, init, { headers: headers, credentials: 'same-origin' }));
    });
  };
})();
