// Live review queue: new items appear, items resolved by anyone disappear. Without
// JavaScript the page works by reloading.
(function () {
  "use strict";
  const queue = document.getElementById("queue");
  if (!queue || !window.WebSocket) return;
  const status = document.getElementById("live-status");
  const count = document.getElementById("queue-count");

  function updateCount() {
    const n = queue.querySelectorAll(".queue-item").length;
    if (count) count.textContent = "(" + n + " open)";
    const empty = document.getElementById("queue-empty");
    if (empty) empty.hidden = n > 0;
  }

  async function showItem(id, replace) {
    const existing = document.getElementById("item-" + id);
    if (existing && !replace) return;
    const response = await fetch("/moderation/items/" + id, { credentials: "same-origin" });
    if (!response.ok) return;
    const holder = document.createElement("div");
    holder.innerHTML = await response.text();
    const item = holder.querySelector(".queue-item");
    if (!item) return;
    if (existing) existing.replaceWith(item);
    else { item.classList.add("arrived"); queue.appendChild(item); }
    updateCount();
  }

  function removeItem(id) {
    const existing = document.getElementById("item-" + id);
    if (existing) existing.remove();
    updateCount();
  }

  let delay = 1000;
  function connect() {
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    const socket = new WebSocket(scheme + location.host + queue.dataset.live);
    socket.addEventListener("open", function () {
      delay = 1000;
      if (status) status.textContent = "Live: new items appear as they arrive.";
    });
    socket.addEventListener("message", function (event) {
      const data = JSON.parse(event.data);
      if (data.type === "item") showItem(data.id, false);
      else if (data.type === "resolved") removeItem(data.id);
      else if (data.type === "claimed") showItem(data.id, true);
    });
    socket.addEventListener("close", function (event) {
      if (status) status.textContent = "Live updates paused; reconnecting…";
      if (event.code === 4403 || event.code === 4401) return;
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    });
  }
  connect();
})();
