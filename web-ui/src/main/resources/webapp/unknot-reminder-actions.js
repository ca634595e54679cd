// What a reminder's buttons do on a Web Push notification, apart from the service worker so that a
// page can load it too (the browser tests do; a notification's click cannot be simulated). The
// worker loads it with importScripts. A push carries its buttons as {action, title, url}; the url
// holds a token for that one reminder, so the call needs no sign-in (see docs/reminders.md).
(function (scope) {
  'use strict';

  // Browsers show few buttons (often two): the push lists them most wanted first.
  function buttons(actions, maxActions) {
    if (!Array.isArray(actions)) {
      return [];
    }
    const most = typeof maxActions === 'number' && maxActions > 0 ? maxActions : 2;
    return actions
      .filter((each) => each && typeof each.action === 'string' && typeof each.title === 'string')
      .slice(0, most)
      .map((each) => ({ action: each.action, title: each.title }));
  }

  function sentence(text) {
    return text ? text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.') : text;
  }

  // POSTs the chosen button's link, resolved against base (the worker's scope: the web UI's root),
  // on that origin only; resolves to {ok, status, message}, where message is a line to show: the
  // server's confirmation, or why it did not work. Never rejects.
  function press(actions, chosen, base) {
    const button = Array.isArray(actions) ? actions.find((each) => each && each.action === chosen) : null;
    if (!button || typeof button.url !== 'string') {
      return Promise.resolve({ ok: false, status: 0, message: 'This button does nothing now: open Unknot.' });
    }
    const target = new URL(button.url, base);
    if (target.origin !== new URL(base).origin) {
      // A link to another site is not Unknot's to call.
      return Promise.resolve({ ok: false, status: 0, message: 'This button does nothing now: open Unknot.' });
    }
    return fetch(target.href, {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    }).then((response) => response.json()
      .catch(() => ({}))
      .then((body) => ({
        ok: response.ok,
        status: response.status,
        message: sentence(body && body.message) || (response.ok ? 'Done.' : 'That did not work: open Unknot.'),
      })))
      .catch(() => ({ ok: false, status: 0, message: 'Unknot could not be reached: open it to check in.' }));
  }

  scope.UnknotReminderActions = { buttons: buttons, press: press };
})(self);
