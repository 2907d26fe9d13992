// What every page does when JavaScript is on. Before an action that cannot be undone (a form with data-confirm) it
// asks in a dialog that names the consequence; without JavaScript the server asks the same on a page of its own.
// A form sent back with errors takes the focus to its error summary, so that a screen reader reads it first.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (!question || form.querySelector('input[name="confirmed"]')) {
      return;
    }
    var consequence = form.getAttribute('data-consequence');
    if (!window.confirm(consequence ? question + '\n\n' + consequence : question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    var confirmed = document.createElement('input');
    confirmed.type = 'hidden';
    confirmed.name = 'confirmed';
    confirmed.value = 'true';
    form.appendChild(confirmed);
  }, true);

  function focusTheSummary() {
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
      summary.focus();
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusTheSummary);
  }
  else {
    focusTheSummary();
  }
}());
