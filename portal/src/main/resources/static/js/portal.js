// Small enhancements; every page works without them.
(function () {
  'use strict';

  // htmx requests carry the session's CSRF token, as forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Live word count for textareas that have a target (the short description: 150-200 words).
  function words(text) {
    var trimmed = text.trim();
    return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
  }
  function counter(area) {
    var out = document.getElementById(area.getAttribute('data-word-count'));
    if (!out) { return; }
    var min = parseInt(area.getAttribute('data-word-min'), 10);
    var max = parseInt(area.getAttribute('data-word-max'), 10);
    var update = function () {
      var n = words(area.value);
      var text = out.getAttribute('data-template').replace('{0}', String(n));
      if (n > max) {
        text += ' ' + out.getAttribute('data-over').replace('{0}', String(max));
      } else if (n < min) {
        text += ' ' + out.getAttribute('data-short').replace('{0}', String(min));
      }
      out.textContent = text;
      out.classList.toggle('bad', n > max);
    };
    area.addEventListener('input', update);
    update();
  }
  function ready() {
    document.querySelectorAll('textarea[data-word-count]').forEach(counter);
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
