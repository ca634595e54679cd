// Cues for the routine player, for a person following with eyes closed: a tone at each phase
// change and a double tone at the end of a hold (Web Audio), spoken step names when wanted
// (speechSynthesis), a buzz where the device has one, and the screen kept awake (Wake Lock).
// The server says what happens (unknotCues.phase / finish) and whether tones sound (the person's
// mute, kept with their settings on the server, unknotCues.setSound); this file only makes it heard.
(function () {
  'use strict';
  if (window.unknotCues) {
    return;
  }
  var SPEECH = 'unknot.cues.speech';
  var context = null;
  var scheduled = 0;
  var spoken = 0;
  var wakeLock = null;
  // Tones sound until the server says the person muted them.
  var sound = true;

  function stored(key, fallback) {
    try {
      var value = window.localStorage.getItem(key);
      return value === null ? fallback : value === 'on';
    } catch (e) {
      return fallback;
    }
  }

  function store(key, on) {
    try {
      window.localStorage.setItem(key, on ? 'on' : 'off');
    } catch (e) {
      // Private windows may refuse storage: the choice then lasts for this page.
    }
  }

  // Browsers start audio only from a person's gesture: the Start button's own click unlocks it.
  function unlock() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) {
      return;
    }
    if (!context) {
      context = new Context();
    }
    if (context.state === 'suspended') {
      context.resume();
    }
  }

  function tone(at, frequency, length) {
    var oscillator = context.createOscillator();
    var gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + length + 0.05);
    scheduled++;
  }

  function say(text) {
    if (!stored(SPEECH, false) || !('speechSynthesis' in window) || !text) {
      return;
    }
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
    spoken++;
  }

  function buzz(pattern) {
    if (navigator.vibrate) {
      navigator.vibrate(pattern);
    }
  }

  function keepAwake() {
    if (wakeLock || !('wakeLock' in navigator)) {
      return;
    }
    navigator.wakeLock.request('screen').then(function (lock) {
      wakeLock = lock;
      lock.addEventListener('release', function () { wakeLock = null; });
    }).catch(function () {});
  }

  function release() {
    if (wakeLock) {
      wakeLock.release().catch(function () {});
      wakeLock = null;
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target && target.closest && target.closest('#start-routine, #resume-routine, .cue-sound')) {
      // The gesture unlocks audio even when muted, so that turning tones on later needs no other.
      unlock();
      keepAwake();
    }
  }, true);

  // A wake lock ends when the page is hidden; it is asked for again when the page returns.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && document.querySelector('.player.running')) {
      keepAwake();
    }
  });

  window.unknotCues = {
    speech: function () { return stored(SPEECH, false); },
    setSound: function (on) { sound = on === true; if (sound) { unlock(); } },
    setSpeech: function (on) { store(SPEECH, on); if (!on && 'speechSynthesis' in window) { window.speechSynthesis.cancel(); } },
    // A new phase: a rising tone for a new step, one tone otherwise; a double tone when a hold ended.
    phase: function (kind, words) {
      keepAwake();
      if (sound) {
        unlock();
        if (context) {
          var now = context.currentTime + 0.01;
          if (kind === 'hold-end') {
            tone(now, 660, 0.15);
            tone(now + 0.22, 660, 0.15);
          } else if (kind === 'step') {
            tone(now, 523, 0.18);
            tone(now + 0.2, 784, 0.25);
          } else {
            tone(now, 587, 0.2);
          }
        }
      }
      buzz(kind === 'step' ? [120, 80, 120] : 100);
      say(words);
    },
    finish: function (words) {
      if (sound && context) {
        var now = context.currentTime + 0.01;
        tone(now, 523, 0.2);
        tone(now + 0.22, 659, 0.2);
        tone(now + 0.44, 784, 0.4);
      }
      buzz([200, 100, 200]);
      say(words);
      release();
    },
    stop: release,
    // For tests: whether audio started and how many tones and words were scheduled.
    state: function () {
      return {
        started: context !== null && context.state === 'running',
        sound: sound,
        scheduled: scheduled,
        spoken: spoken,
        awake: wakeLock !== null
      };
    }
  };
}());
