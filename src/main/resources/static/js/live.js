// Live views of a speakers list: the page's region follows the list's Server-Sent Events (fetched again at each
// event), and the countdown is drawn from the moment the speaker's time ends, corrected for this screen's clock.
// The console's buttons answer to their keys. Without JavaScript, the page shows the list as it was loaded.
(function () {
  'use strict';
  var main = document.querySelector('[data-live]');
  if (!main) {
    return;
  }
  var offset = 0;

  function format(ms) {
    var negative = ms < 0;
    var seconds = Math.floor(Math.abs(ms) / 1000);
    var text = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
    return negative ? '-' + text : text;
  }

  function tick() {
    var clock = document.querySelector('[data-countdown]');
    if (clock) {
      var running = clock.getAttribute('data-running') === 'true';
      var ends = clock.getAttribute('data-ends');
      var left = running && ends ? Date.parse(ends) - (Date.now() + offset)
        : Number(clock.getAttribute('data-remaining') || 0);
      clock.textContent = format(left > 0 ? Math.ceil(left / 1000) * 1000 : left);
      clock.classList.toggle('overrun', left < 0);
    }
    window.requestAnimationFrame(tick);
  }

  function refresh() {
    var url = main.getAttribute('data-region');
    var region = document.querySelector('[data-live-region]');
    if (!url) {
      return;
    }
    fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) {
          return;
        }
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.querySelector('[data-live-region]');
        if (fresh && region) {
          region.replaceWith(fresh);
          document.dispatchEvent(new CustomEvent('plenary:replaced'));
        }
        else if (fresh) {
          window.location.reload();
        }
      });
  }

  // The room's screen draws the event itself: thousands of screens do not each ask the server for the page.
  function renderRoom(state) {
    var region = document.querySelector('[data-live-region]');
    if (!region) {
      window.location.reload();
      return;
    }
    region.querySelector('[data-speaker]').textContent =
      state.current ? state.current.speaker : main.getAttribute('data-nobody');
    var label = region.querySelector('[data-floor-label]');
    if (label) {
      label.textContent = state.current && state.current.kind === 'POINT_OF_ORDER'
        ? main.getAttribute('data-point-of-order') : main.getAttribute('data-floor');
    }
    var clock = region.querySelector('[data-countdown]');
    clock.setAttribute('data-running', String(state.timer.running));
    clock.setAttribute('data-ends', state.timer.endsAt || '');
    clock.setAttribute('data-remaining', String(state.timer.remainingMs));
    var next = region.querySelector('.room-next');
    next.replaceChildren();
    state.next.forEach(function (name) {
      var item = document.createElement('li');
      item.textContent = name;
      next.appendChild(item);
    });
  }

  var source = new EventSource(main.getAttribute('data-live'));
  source.addEventListener('list', function (event) {
    var state = JSON.parse(event.data);
    if (state.timer && state.timer.serverTime) {
      offset = Date.parse(state.timer.serverTime) - Date.now();
    }
    main.classList.remove('offline');
    // The event names speakers as the register writes them, in English: a room shown in another language
    // fetches its region, written in its language, as the other views do.
    if (main.classList.contains('room') && (document.documentElement.lang || 'en') === 'en') {
      renderRoom(state);
    }
    else {
      refresh();
    }
  });
  source.onerror = function () {
    // EventSource reconnects by itself, sending the last event it had (Last-Event-ID).
    main.classList.add('offline');
  };
  source.onopen = function () {
    main.classList.remove('offline');
  };

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || (target && /INPUT|SELECT|TEXTAREA/.test(target.tagName))) {
      return;
    }
    var button = document.querySelector('button[data-key="' + event.key.toLowerCase() + '"]');
    if (button) {
      event.preventDefault();
      button.click();
    }
  });

  window.requestAnimationFrame(tick);
  document.documentElement.setAttribute('data-live-ready', 'true');
}());
