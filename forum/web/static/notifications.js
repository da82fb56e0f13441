// Live notifications: every open tab of a member hears of new ones at once. Without
// JavaScript the header's count and /notifications work the same, one page load later.
(function () {
  "use strict";
  var count = document.getElementById("notifications-count");
  if (!count || !window.WebSocket) return;
  var delay = 1000;

  function bump() {
    var n = (parseInt(count.textContent, 10) || 0) + 1;
    count.textContent = String(n);
    count.setAttribute("aria-label", n + " unread");
    count.hidden = false;
  }

  function show(note) {
    var list = document.getElementById("notification-list");
    if (!list) {
      var empty = document.getElementById("notification-empty");
      if (!empty) return;
      list = document.createElement("ul");
      list.className = "notices";
      list.id = "notification-list";
      empty.replaceWith(list);
    }
    var item = document.createElement("li");
    item.className = "unread live";
    var badge = document.createElement("span");
    badge.className = "badge";
    badge.textContent = String(note.kind || "").replace(/_/g, " ");
    item.appendChild(badge);
    item.appendChild(document.createTextNode(" " + (note.message || "") + " "));
    if (note.link && note.link.charAt(0) === "/" && note.link.charAt(1) !== "/") {
      var link = document.createElement("a");
      link.href = note.link;
      link.textContent = "View";
      item.appendChild(link);
    }
    list.insertBefore(item, list.firstChild);
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + "/ws/notifications");
    socket.onopen = function () { delay = 1000; };
    socket.onmessage = function (event) {
      var note;
      try { note = JSON.parse(event.data); } catch (e) { return; }
      if (note.type !== "notification") return;
      if (note.private) {
        document.dispatchEvent(new CustomEvent("forum:private", { detail: note.private }));
        if (!note.fresh) return; // one's own message, shown in one's other tabs only
      }
      if (note.fresh) bump();
      show(note);
    };
    socket.onclose = function (event) {
      if (event.code === 4403 || event.code === 4401) return; // signed out or not allowed
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    };
  }
  connect();
})();
