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

  // After a refusal, the fields of the refused form get back what was typed (never a password or a file).
  function putBackWhatWasTyped() {
    var typed = document.body.getAttribute('data-typed');
    var action = document.body.getAttribute('data-typed-for');
    if (!typed || !action) {
      return;
    }
    var values = JSON.parse(typed);
    Array.prototype.forEach.call(document.forms, function (form) {
      if (new URL(form.action, window.location.href).pathname !== action) {
        return;
      }
      Object.keys(values).forEach(function (name) {
        var field = form.elements.namedItem(name);
        if (!field || /password|file|hidden|submit/.test(field.type || '')) {
          return;
        }
        if (field.type === 'checkbox') {
          field.checked = true;
        }
        else if (!field.multiple) {
          field.value = values[name];
        }
      });
      markTheRefusedField(form);
    });
  }

  // The field a refusal is about is marked invalid and described by the refusal, which links to it.
  function markTheRefusedField(form) {
    var problem = document.querySelector('a[data-problem-field]');
    var field = problem && form.elements.namedItem(problem.getAttribute('data-problem-field'));
    if (!field || !field.id || field.length !== undefined && field.tagName !== 'SELECT') {
      return;
    }
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', 'page-problem');
    problem.setAttribute('href', '#' + field.id);
  }

  // A topic's select offers only that topic's stances in the select it names (data-stances): the others are
  // hidden and cannot be sent. Without JavaScript every stance shows, grouped by topic, and the server checks.
  function offerTheTopicsStances() {
    Array.prototype.forEach.call(document.querySelectorAll('select[data-stances]'), function (topic) {
      var stance = document.getElementById(topic.getAttribute('data-stances'));
      if (!stance) {
        return;
      }
      var show = function () {
        Array.prototype.forEach.call(stance.querySelectorAll('optgroup[data-topic]'), function (group) {
          var chosen = group.getAttribute('data-topic') === topic.value;
          group.hidden = !chosen;
          group.disabled = !chosen;
          if (!chosen && group.contains(stance.options[stance.selectedIndex])) {
            stance.value = '';
          }
        });
      };
      topic.addEventListener('change', show);
      show();
    });
  }

  // On a phone the site's menu folds away behind its "Menu" button; on a wider screen it stays open.
  function fitTheMenu() {
    var menu = document.querySelector('details.site-menu');
    if (!menu || !window.matchMedia) {
      return;
    }
    var narrow = window.matchMedia('(max-width: 47.99rem)');
    var fit = function () {
      menu.open = !narrow.matches;
    };
    fit();
    narrow.addEventListener('change', fit);
  }

  // A table wider than the screen scrolls in its own box (written by the server around each table; a table a script
  // brought in gets one here), which the keyboard reaches and scrolls while it scrolls, and passes by otherwise.
  function letWideTablesScroll() {
    Array.prototype.forEach.call(document.querySelectorAll('main table'), function (table) {
      if (table.parentElement && table.parentElement.classList.contains('scroll-x')) {
        return;
      }
      var box = document.createElement('div');
      box.className = 'scroll-x';
      var caption = table.querySelector('caption');
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
      if (caption && caption.textContent.trim()) {
        box.setAttribute('data-label', caption.textContent.trim());
      }
    });
    var fit = function () {
      Array.prototype.forEach.call(document.querySelectorAll('.scroll-x'), function (box) {
        var label = box.getAttribute('aria-label') || box.getAttribute('data-label') || document.title;
        box.setAttribute('data-label', label);
        if (box.scrollWidth > box.clientWidth + 1) {
          box.setAttribute('tabindex', '0');
          box.setAttribute('role', 'region');
          box.setAttribute('aria-label', label);
        }
        else {
          box.removeAttribute('tabindex');
          box.removeAttribute('role');
          box.removeAttribute('aria-label');
        }
      });
    };
    fit();
    window.addEventListener('resize', fit);
    document.addEventListener('htmx:afterSettle', fit);
    document.addEventListener('plenary:replaced', fit);
  }

  function focusTheSummary() {
    fitTheMenu();
    letWideTablesScroll();
    putBackWhatWasTyped();
    offerTheTopicsStances();
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
