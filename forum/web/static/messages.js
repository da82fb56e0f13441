// An open conversation shows new messages as they arrive. notifications.js holds the one
// socket and hands private messages on as "forum:private" events; without JavaScript the
// page shows them on the next load.
(function () {
  "use strict";
  var list = document.getElementById("private-messages");
  if (!list) return;
  var conversation = parseInt(list.getAttribute("data-conversation"), 10);

  // The message's pictures as the page draws them: a thumbnail linking to the full picture.
  function pictures(images, author) {
    var box = document.createElement("div");
    box.className = "pictures";
    images.forEach(function (i) {
      var link = document.createElement("a");
      link.href = i.url;
      var img = document.createElement("img");
      img.src = i.thumbnail;
      img.alt = i.alt || "A picture sent by " + author;
      img.width = i.thumb_width;
      img.height = i.thumb_height;
      link.appendChild(img);
      box.appendChild(link);
    });
    return box;
  }

  document.addEventListener("forum:private", function (event) {
    var m = event.detail || {};
    if (m.conversation !== conversation || document.getElementById("m" + m.id)) return;
    var item = document.createElement("li");
    item.id = "m" + m.id;
    item.className = "private-message live";
    var head = document.createElement("header");
    var who = document.createElement("strong");
    who.textContent = m.author || "";
    head.appendChild(who);
    var when = document.createElement("time");
    when.setAttribute("datetime", m.created || "");
    when.textContent = " just now";
    head.appendChild(when);
    item.appendChild(head);
    var body = document.createElement("div");
    body.className = "body";
    // Rendered and sanitised by the server (nh3), as on the page itself.
    body.innerHTML = m.html || "";
    item.appendChild(body);
    if (m.images && m.images.length) item.appendChild(pictures(m.images, m.author || ""));
    list.appendChild(item);
  });
})();
