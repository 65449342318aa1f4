// The notice before an idle session ends (see IdleNotice.java). Every request the page sends to
// the server, except a heartbeat, counts as activity there; so every such request restarts the
// timer here. When only the lead time is left, a notice with one button appears; the button
// fires an event on the layout, which sends a request and so keeps the session.
(function () {
  var host = null, timeout = 0, lead = 0, message = '', label = '', eventName = '';
  var timer = null, notice = null;

  function hide() {
    if (notice) {
      notice.remove();
      notice = null;
    }
  }

  function show() {
    if (notice || !host || !host.isConnected) {
      return;
    }
    notice = document.createElement('div');
    notice.className = 'idle-notice';
    notice.id = 'idle-notice';
    notice.setAttribute('role', 'alert');
    var text = document.createElement('p');
    text.textContent = message;
    var button = document.createElement('button');
    button.type = 'button';
    button.id = 'idle-notice-keep';
    button.textContent = label;
    button.addEventListener('click', function () {
      hide();
      host.dispatchEvent(new CustomEvent(eventName));
    });
    notice.append(text, button);
    document.body.prepend(notice);
  }

  function restart() {
    if (!host) {
      return;
    }
    hide();
    clearTimeout(timer);
    timer = setTimeout(show, Math.max(0, timeout - lead));
  }

  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.wsgActivity = typeof url === 'string' && url.indexOf('v-r=uidl') >= 0;
    return open.apply(this, arguments);
  };
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function () {
    if (this.wsgActivity) {
      restart();
    }
    return send.apply(this, arguments);
  };

  window.wsgIdleNotice = {
    start: function (element, timeoutMillis, leadMillis, text, buttonLabel, event) {
      host = element;
      timeout = timeoutMillis;
      lead = leadMillis;
      message = text;
      label = buttonLabel;
      eventName = event;
      restart();
    }
  };
})();
