// Amendments in place, on a revision's page: selecting words in a paragraph offers to delete or replace them, a
// click between two words offers to insert there; either fills in the amendment form below (which stays the way to
// table an amendment without JavaScript) and takes the focus to the field still to be written.
(function () {
  'use strict';
  var form = document.querySelector('form[data-amend]');
  if (!form) {
    return;
  }
  var hint = document.querySelector('[data-amend-hint]');
  if (hint) {
    hint.hidden = false;
  }
  var bar = document.createElement('div');
  bar.className = 'amend-in-place';
  bar.setAttribute('role', 'toolbar');
  bar.hidden = true;

  function button(label, act) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'link';
    b.textContent = label;
    // The selection stays as it was while the button is pressed.
    b.addEventListener('mousedown', function (event) {
      event.preventDefault();
    });
    b.addEventListener('click', act);
    return b;
  }

  // How often a string stands in the paragraph's text.
  function count(text, words) {
    var n = 0;
    for (var at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      n++;
    }
    return n;
  }

  // The fewest words before the cursor that stand once in the paragraph: what to insert after.
  function anchorBefore(text, before) {
    var words = before.replace(/\s+$/, '').split(/\s+/).filter(function (w) { return w.length > 0; });
    for (var take = 1; take <= words.length; take++) {
      var anchor = words.slice(words.length - take).join(' ');
      if (count(text, anchor) === 1) {
        return anchor;
      }
    }
    return words.join(' ');
  }

  function fill(kind, lineage, oldWords, anchorWords) {
    form.elements.namedItem('kind').value = kind;
    form.elements.namedItem('paragraph').value = lineage;
    form.elements.namedItem('oldWords').value = oldWords;
    form.elements.namedItem('anchorWords').value = anchorWords;
    var next = kind === 'DELETE_WORDS' ? form.querySelector('button[type="submit"]') : form.elements.namedItem('newWords');
    form.scrollIntoView({ block: 'start' });
    next.focus();
    bar.hidden = true;
  }

  function offer(span, selection) {
    var text = span.textContent;
    var lineage = span.getAttribute('data-lineage');
    var range = selection.getRangeAt(0);
    bar.textContent = '';
    if (selection.isCollapsed) {
      var upTo = document.createRange();
      upTo.setStart(span, 0);
      upTo.setEnd(range.startContainer, range.startOffset);
      var before = upTo.toString();
      // A click inside a word inserts after it.
      var rest = text.substring(before.length).match(/^[^\s]*/)[0];
      before = before + rest;
      var anchor = before.trim() === '' ? '' : anchorBefore(text, before);
      bar.appendChild(button(form.getAttribute('data-insert'), function () {
        fill('INSERT_WORDS', lineage, '', anchor);
      }));
    }
    else {
      var chosen = selection.toString().trim();
      if (chosen === '' || text.indexOf(chosen) < 0) {
        return;
      }
      bar.appendChild(button(form.getAttribute('data-delete'), function () {
        fill('DELETE_WORDS', lineage, chosen, '');
      }));
      bar.appendChild(document.createTextNode(' · '));
      bar.appendChild(button(form.getAttribute('data-replace'), function () {
        fill('REPLACE_WORDS', lineage, chosen, '');
      }));
    }
    span.parentNode.appendChild(bar);
    bar.hidden = false;
  }

  document.addEventListener('selectionchange', function () {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) {
      return;
    }
    var node = selection.getRangeAt(0).commonAncestorContainer;
    var element = node.nodeType === 1 ? node : node.parentElement;
    var span = element && element.closest ? element.closest('.paragraph .words') : null;
    if (span) {
      offer(span, selection);
    }
  });
})();
