// Web Push for the Settings page's "Get reminders on this browser": registers the service worker,
// asks for permission within the person's own click (browsers allow it nowhere else), subscribes
// with the server's public key and hands the subscription to the server through the section's
// $server methods. The server keeps it and decides everything else.
(function () {
  'use strict';
  if (window.unknotPush) {
    return;
  }

  function supported() {
    return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  }

  // The key arrives in base64url; pushManager.subscribe wants its bytes.
  function bytes(base64url) {
    var padded = base64url + '='.repeat((4 - (base64url.length % 4)) % 4);
    var raw = window.atob(padded.replace(/-/g, '+').replace(/_/g, '/'));
    var out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) {
      out[i] = raw.charCodeAt(i);
    }
    return out;
  }

  function sameKey(subscription, publicKey) {
    var own = subscription.options && subscription.options.applicationServerKey;
    if (!own) {
      return true;
    }
    var a = new Uint8Array(own);
    var b = bytes(publicKey);
    if (a.length !== b.length) {
      return false;
    }
    for (var i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        return false;
      }
    }
    return true;
  }

  function registration() {
    return navigator.serviceWorker.register('unknot-sw.js').then(function () {
      return navigator.serviceWorker.ready;
    });
  }

  function permission() {
    // Older Safari answers through a callback rather than a promise.
    return new Promise(function (resolve) {
      var asked = Notification.requestPermission(resolve);
      if (asked && asked.then) {
        asked.then(resolve);
      }
    });
  }

  function subscribe(publicKey) {
    return permission()
      .then(function (answer) {
        if (answer !== 'granted') {
          throw new Error(answer === 'denied' ? 'denied' : 'dismissed');
        }
        return registration();
      })
      .then(function (ready) {
        return ready.pushManager.getSubscription().then(function (existing) {
          // A subscription made with another key (a server that was reset) cannot be reused.
          if (existing && !sameKey(existing, publicKey)) {
            return existing.unsubscribe().then(function () {
              return null;
            });
          }
          return existing;
        }).then(function (existing) {
          return existing || ready.pushManager.subscribe({
            userVisibleOnly: true,
            applicationServerKey: bytes(publicKey)
          });
        });
      });
  }

  function current() {
    return navigator.serviceWorker.getRegistration().then(function (found) {
      return found ? found.pushManager.getSubscription() : null;
    });
  }

  window.unknotPush = {
    // Wires the start button and answers what this browser can do and has: 'insecure',
    // 'unsupported', 'denied', 'none', or 'subscribed ENDPOINT'.
    attach: function (section, button, publicKey) {
      if (!window.isSecureContext) {
        return Promise.resolve('insecure');
      }
      if (!supported()) {
        return Promise.resolve('unsupported');
      }
      if (!button.unknotPushWired) {
        button.unknotPushWired = true;
        button.addEventListener('click', function () {
          subscribe(publicKey)
            .then(function (subscription) {
              var json = subscription.toJSON();
              section.$server.subscribed(json.endpoint, json.keys.p256dh, json.keys.auth);
            })
            .catch(function (problem) {
              section.$server.failed(problem && problem.message ? problem.message : String(problem));
            });
        });
      }
      if (Notification.permission === 'denied') {
        return Promise.resolve('denied');
      }
      return current()
        .then(function (subscription) {
          return subscription ? 'subscribed ' + subscription.endpoint : 'none';
        })
        .catch(function () {
          return 'none';
        });
    },

    // Stops this browser's subscription at its push service; the server has already forgotten it.
    unsubscribe: function () {
      return current()
        .then(function (subscription) {
          return subscription ? subscription.unsubscribe() : false;
        })
        .catch(function () {
          return false;
        });
    }
  };
})();
