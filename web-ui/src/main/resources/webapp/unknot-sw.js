// Unknot's service worker: what makes the web UI installable as an app. Every request goes to the
// server as before (check-ins need it); only a page opened without a connection gets a short
// offline page instead of the browser's error. It also shows the reminders the server pushes
// (Web Push) with their buttons ("Done", "Snooze 10 min"), and a click on one opens Today.
importScripts('unknot-reminder-actions.js');

const OFFLINE = 'offline.html';
const CACHE = 'unknot-offline-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([OFFLINE, 'icons/unknot.svg'])));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate') {
    return;
  }
  event.respondWith(fetch(event.request).catch(() => caches.match(OFFLINE)));
});

// A reminder from the server: {title, body, habit, slot, url, actions}, decrypted by the browser.
self.addEventListener('push', (event) => {
  let reminder = {};
  try {
    reminder = event.data ? event.data.json() : {};
  } catch (e) {
    reminder = { body: event.data ? event.data.text() : '' };
  }
  const tag = reminder.habit ? 'unknot-habit-' + reminder.habit + '-' + (reminder.slot || '') : 'unknot';
  const most = typeof Notification !== 'undefined' ? Notification.maxActions : undefined;
  event.waitUntil(self.registration.showNotification(reminder.title || 'Unknot', {
    body: reminder.body || '',
    icon: 'icons/unknot-192.png',
    badge: 'icons/unknot-192.png',
    tag: tag,
    actions: UnknotReminderActions.buttons(reminder.actions, most),
    data: {
      url: reminder.url || '/',
      habit: reminder.habit || null,
      slot: reminder.slot || null,
      actions: Array.isArray(reminder.actions) ? reminder.actions : [],
    },
  }));
});

// A button ("Done", a snooze) calls the server without opening Unknot, then says briefly what it
// did, in place of the reminder; a click anywhere else opens Today.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data || {};
  if (event.action) {
    event.waitUntil(UnknotReminderActions.press(data.actions, event.action, self.registration.scope)
      .then((result) => self.registration.showNotification(event.notification.title || 'Unknot', {
        body: result.message,
        icon: 'icons/unknot-192.png',
        badge: 'icons/unknot-192.png',
        tag: event.notification.tag,
        silent: true,
        data: { url: data.url || '/' },
      })));
    return;
  }
  const wanted = new URL(data.url || '/', self.registration.scope);
  const today = wanted.origin === self.location.origin ? wanted : new URL('/', self.registration.scope);
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === today.origin);
      if (open) {
        return open.focus().then((focused) => (focused.url === today.href || !focused.navigate
          ? focused
          : focused.navigate(today.href).catch(() => focused)));
      }
      return self.clients.openWindow(today.href);
    }));
});
