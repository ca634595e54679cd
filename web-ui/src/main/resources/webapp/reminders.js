// Browser notifications for reminders while Unknot is open (the Today page polls for them). The
// server decides what reminds and when; this file only asks for permission, when the person
// clicks, and shows a notification.
(function () {
  'use strict';
  if (window.unknotReminders) {
    return;
  }

  function supported() {
    return 'Notification' in window;
  }

  function show(title, body, tag) {
    var options = { body: body, tag: tag, icon: 'icons/unknot-192.png' };
    try {
      var shown = new window.Notification(title, options);
      shown.onclick = function () {
        window.focus();
        shown.close();
      };
      return true;
    } catch (e) {
      // Chrome on Android shows notifications only through a service worker.
      if (navigator.serviceWorker && navigator.serviceWorker.ready) {
        navigator.serviceWorker.ready
          .then(function (registration) { return registration.showNotification(title, options); })
          .catch(function () {});
        return true;
      }
      return false;
    }
  }

  window.unknotReminders = {
    permission: function () {
      return supported() ? window.Notification.permission : 'unsupported';
    },
    ask: function () {
      if (!supported()) {
        return Promise.resolve('unsupported');
      }
      if (window.Notification.permission !== 'default') {
        return Promise.resolve(window.Notification.permission);
      }
      var asked = window.Notification.requestPermission();
      return asked && asked.then ? asked : Promise.resolve(window.Notification.permission);
    },
    notify: function (title, body, tag) {
      if (!supported() || window.Notification.permission !== 'granted') {
        return false;
      }
      return show(title, body, tag);
    }
  };
})();
