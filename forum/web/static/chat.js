// Live chat: messages arrive without reloading, the composer sends over the room's websocket,
// the disclosure warning appears in place, moderators remove messages and restrict members.
// Without JavaScript the page works as a plain form that posts and reloads.
// The wire format is docs/chat-protocol.md.
(function () {
  "use strict";
  const log = document.getElementById("chat-log");
  if (!log || !window.WebSocket || !window.fetch || log.dataset.live !== "1") return;

  const room = log.dataset.room;
  const me = log.dataset.me || null;
  const isModerator = log.dataset.moderator === "1";
  const status = document.getElementById("chat-status");
  const presence = document.getElementById("presence");
  const form = document.querySelector("#composer form[data-composer]");
  const textarea = form ? form.querySelector("textarea[name=body]") : null;
  const sendButton = form ? form.querySelector("button[type=submit]:not([name])") : null;
  let socket = null;
  let lastId = Number(log.dataset.last || 0);
  let oldest = Number(log.dataset.older || 0) || null;
  let delay = 1000;
  let stopped = false;
  let counter = 0;
  let categories = null;

  function say(text) { if (status) status.textContent = text; }

  function idOf(article) { return Number(article.id.slice(1)); }

  function articles() { return Array.from(log.querySelectorAll("article.post[id^='m']")); }

  function when(iso) {
    const date = new Date(iso);
    return isNaN(date) ? iso : date.toISOString().slice(0, 16).replace("T", " ") + " UTC";
  }

  function link(href, text, className) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    if (className) a.className = className;
    return a;
  }

  function render(m) {
    const article = document.createElement("article");
    article.className = "post depth-0" + (m.status && m.status !== "visible" ? " " + m.status : "");
    article.id = "m" + m.id;
    const header = document.createElement("header");
    if (m.author === "deleted member") {
      const span = document.createElement("span");
      span.className = "author";
      span.textContent = m.author;
      header.append(span);
    } else {
      header.append(link("/u/" + encodeURIComponent(m.author), m.author, "author"));
    }
    const time = document.createElement("time");
    time.dateTime = m.created;
    time.textContent = when(m.created);
    const permalink = link("/p/" + m.id, "", "when");
    permalink.append(time);
    header.append(" ", permalink);
    if (m.status === "pending") {
      const badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = "waiting for review";
      header.append(" ", badge);
    }
    const body = document.createElement("div");
    body.className = "body";
    if (m.html !== undefined) body.innerHTML = m.html; // rendered and sanitised by the server
    else body.textContent = m.body;
    article.append(header, body);
    if (me) {
      const footer = document.createElement("footer");
      footer.className = "actions";
      if (m.author !== me && m.status !== "pending") footer.append(link("/p/" + m.id + "/report", "Report"));
      article.append(footer);
    }
    enhance(article);
    return article;
  }

  function nearBottom() { return log.scrollHeight - log.scrollTop - log.clientHeight < 80; }

  function place(m) {
    const stick = nearBottom();
    const fresh = render(m);
    const existing = document.getElementById("m" + m.id);
    if (existing) existing.replaceWith(fresh);
    else {
      const next = articles().find(function (a) { return idOf(a) > m.id; });
      if (next) log.insertBefore(fresh, next); else log.append(fresh);
    }
    const empty = document.getElementById("chat-empty");
    if (empty) empty.remove();
    if (m.id > lastId && m.status !== "pending") lastId = m.id;
    if (stick) log.scrollTop = log.scrollHeight;
  }

  function removed(id) {
    const article = document.getElementById("m" + id);
    if (!article) return;
    if (isModerator) article.classList.add("removed"); else article.remove();
  }

  // ---- moderator tools -------------------------------------------------------------------
  async function loadCategories() {
    if (categories) return categories;
    const response = await fetch("/api/policy/categories", { credentials: "same-origin" });
    categories = response.ok ? await response.json() : [];
    return categories;
  }

  function field(tag, attrs) {
    const el = document.createElement(tag);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    return el;
  }

  async function removeForm(article) {
    if (article.querySelector("form.remove")) return;
    const formEl = field("form", { class: "remove compact" });
    const select = field("select", { name: "category", "aria-label": "Policy clause" });
    (await loadCategories()).forEach(function (c) {
      const option = field("option", { value: c.name });
      option.textContent = c.title;
      select.append(option);
    });
    const reason = field("input", { name: "reason", required: "", "aria-label": "Removal reason", placeholder: "Reason (the author reads it)" });
    const go = field("button", { type: "submit", class: "small" });
    go.textContent = "Remove";
    formEl.append(select, reason, go);
    formEl.addEventListener("submit", function (event) {
      event.preventDefault();
      send({ type: "remove", id: idOf(article), category: select.value, reason: reason.value });
      formEl.remove();
    });
    article.append(formEl);
    reason.focus();
  }

  function enhance(article) {
    if (!isModerator || article.querySelector("button.remove-message")) return;
    let footer = article.querySelector("footer.actions");
    if (!footer) { footer = document.createElement("footer"); footer.className = "actions"; article.append(footer); }
    // The same link as on messages loaded with the page (forum/_post.html). isModerator comes
    // from the server's role check, and the page it opens checks the role again.
    const moderate = "/moderation/posts/" + idOf(article);
    if (!footer.querySelector("a[href='" + moderate + "']")) footer.append(link(moderate, "Moderate"));
    const button = field("button", { type: "button", class: "link remove-message" });
    button.textContent = "Remove";
    button.addEventListener("click", function () { removeForm(article); });
    footer.append(button);
  }

  function sanctionForm(item, username) {
    if (item.querySelector("form.sanction")) return;
    const formEl = field("form", { class: "sanction compact" });
    const action = field("select", { name: "action", "aria-label": "Action" });
    [["mute", "Mute everywhere"], ["kick", "Remove from room"]].forEach(function (pair) {
      const option = field("option", { value: pair[0] });
      option.textContent = pair[1];
      action.append(option);
    });
    const hours = field("input", { type: "number", name: "hours", min: "1", value: "1", "aria-label": "Hours" });
    const reason = field("input", { name: "reason", required: "", "aria-label": "Reason", placeholder: "Reason" });
    const go = field("button", { type: "submit", class: "small" });
    go.textContent = "Apply";
    formEl.append(action, hours, reason, go);
    formEl.addEventListener("submit", function (event) {
      event.preventDefault();
      send({ type: action.value, user: username, hours: Number(hours.value), reason: reason.value });
      formEl.remove();
    });
    item.append(formEl);
  }

  function showPresence(frame) {
    if (!presence) return;
    presence.hidden = false;
    const list = document.getElementById("presence-list");
    list.replaceChildren();
    frame.members.forEach(function (name) {
      const item = document.createElement("li");
      item.append(link("/u/" + encodeURIComponent(name), name));
      if (isModerator && name !== me) {
        const button = field("button", { type: "button", class: "link small" });
        button.textContent = "restrict";
        button.setAttribute("aria-label", "Restrict " + name);
        button.addEventListener("click", function () { sanctionForm(item, name); });
        item.append(button);
      }
      list.append(item);
    });
    const visitors = document.getElementById("presence-visitors");
    visitors.textContent = frame.visitors ? frame.visitors + (frame.visitors === 1 ? " visitor" : " visitors") + " reading" : "";
  }

  // ---- composer --------------------------------------------------------------------------
  function clearNotes() {
    if (!form) return;
    form.querySelectorAll(".live-note, .disclosure.live").forEach(function (el) { el.remove(); });
  }

  function note(text, kind) {
    clearNotes();
    const p = document.createElement("p");
    p.className = (kind || "notice") + " live-note";
    p.setAttribute("role", kind === "error" ? "alert" : "status");
    p.textContent = text;
    form.prepend(p);
  }

  function label(type) { return "[" + (type || "personal information").toLowerCase().replace(/_/g, " ") + " removed]"; }

  function disclosure(frame, body) {
    clearNotes();
    const box = field("div", { class: "disclosure live", role: "alert" });
    const title = document.createElement("h2");
    title.textContent = "Before you send: this looks like personal information";
    const why = document.createElement("p");
    const strong = document.createElement("strong");
    strong.textContent = "Whatever you post here becomes public";
    why.append(strong, ": anyone can read it, with or without an account, and it may be copied elsewhere. Here is what we found:");
    const quote = field("blockquote", { class: "found" });
    let at = 0;
    frame.findings.slice().sort(function (a, b) { return a.start - b.start; }).forEach(function (f) {
      if (f.start < at) return;
      quote.append(body.slice(at, f.start));
      const mark = field("mark", { class: "finding", title: f.message || "" });
      mark.textContent = body.slice(f.start, f.end);
      quote.append(mark);
      at = f.end;
    });
    quote.append(body.slice(at));
    const choices = field("p", { class: "choices" });
    const redact = field("button", { type: "button" });
    redact.textContent = "Redact";
    const edit = field("button", { type: "button", class: "secondary" });
    edit.textContent = "Edit";
    const anyway = field("button", { type: "button", class: "secondary" });
    anyway.textContent = "Send anyway";
    choices.append(redact, edit, anyway);
    box.append(title, why, quote, choices);
    redact.addEventListener("click", function () {
      let text = body;
      frame.findings.slice().sort(function (a, b) { return b.start - a.start; }).forEach(function (f) {
        text = text.slice(0, f.start) + label(f.type) + text.slice(f.end);
      });
      textarea.value = text;
      note("Personal information was masked. Check your message, then send it.");
      textarea.focus();
    });
    edit.addEventListener("click", function () {
      box.remove();
      textarea.focus();
      const first = frame.findings[0];
      if (first) textarea.setSelectionRange(first.start, first.end);
    });
    anyway.addEventListener("click", function () {
      box.remove();
      submit(body, true);
    });
    form.prepend(box);
    redact.focus();
  }

  const drafts = {};

  function submit(body, confirm) {
    const id = "c" + (++counter);
    drafts[id] = body;
    send({ type: "send", body: body, confirm_disclosure: !!confirm, client_id: id });
  }

  if (form && textarea) {
    form.addEventListener("submit", function (event) {
      if (!socket || socket.readyState !== WebSocket.OPEN) return; // the plain form posts instead
      event.preventDefault();
      const body = textarea.value.replace(/\r\n?/g, "\n").trim();
      if (!body) return;
      clearNotes();
      submit(body, false);
    });
    textarea.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit(sendButton || undefined);
      }
    });
  }

  function setMuted(detail) {
    if (!form) return;
    note(detail, "notice");
    if (textarea) textarea.disabled = true;
    if (sendButton) sendButton.disabled = true;
  }

  // ---- the socket ------------------------------------------------------------------------
  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
    else say("Not connected; reconnecting…");
  }

  const handlers = {
    hello: function (f) {
      delay = 1000;
      say("Live: new messages appear as they are sent.");
      if (f.muted_until) setMuted("You are muted until " + when(f.muted_until) + ".");
    },
    history: function (f) { f.messages.forEach(place); },
    message: place,
    removed: function (f) { removed(f.id); },
    presence: showPresence,
    sent: function (f) {
      if (f.client_id && drafts[f.client_id] !== undefined) {
        delete drafts[f.client_id];
        textarea.value = "";
        clearNotes();
      }
      if (f.detail) note(f.detail, "notice");  // words the policy masked, and why
    },
    held: function (f) {
      const body = drafts[f.client_id];
      delete drafts[f.client_id];
      if (textarea) textarea.value = "";
      note(f.detail);
      if (body !== undefined) place({ id: f.id, author: me, body: body, created: new Date().toISOString(), status: "pending" });
    },
    disclosure_warning: function (f) {
      const body = drafts[f.client_id];
      delete drafts[f.client_id];
      if (body !== undefined) disclosure(f, body);
    },
    muted: function (f) { setMuted(f.detail); },
    ok: function (f) { say(f.of === "remove" ? "Message removed." : "Done: " + f.of + (f.user ? " " + f.user : "") + "."); },
    error: function (f) {
      delete drafts[f.client_id];
      if (f.code === "muted") setMuted(f.detail);
      else if (form) note(f.detail, "error");
      else say(f.detail);
    },
  };

  const FINAL = {
    4401: "Your session ended or your account changed; reload the page to continue.",
    4403: "This page cannot open the chat.",
    4404: "This chat room no longer exists.",
  };

  function connect() {
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + log.dataset.socket + "?after=" + lastId);
    socket.addEventListener("message", function (event) {
      let frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      const handle = handlers[frame.type];
      if (handle) handle(frame);
    });
    socket.addEventListener("close", function (event) {
      if (FINAL[event.code] || event.code === 4409) {
        stopped = true;
        say(event.code === 4409 ? "A moderator removed you from this room. " + event.reason : FINAL[event.code]);
        if (event.code === 4409 && form) setMuted("You cannot send messages here for now.");
        return;
      }
      if (stopped) return;
      say("Connection lost; reconnecting…");
      setTimeout(connect, event.code === 4408 ? 0 : delay);
      delay = Math.min(delay * 2, 30000);
    });
  }

  // Older messages on scrolling up (the "Earlier messages" link does the same without JS).
  let loading = false;
  log.addEventListener("scroll", async function () {
    if (loading || !oldest || log.scrollTop > 40) return;
    loading = true;
    const before = Math.min.apply(null, articles().map(idOf).concat([oldest + 1]));
    const response = await fetch("/api/spaces/" + encodeURIComponent(room) + "/messages?before=" + before, { credentials: "same-origin" });
    const older = response.ok ? await response.json() : [];
    const height = log.scrollHeight;
    older.forEach(function (m) { if (!document.getElementById("m" + m.id)) place(m); });
    log.scrollTop += log.scrollHeight - height;
    oldest = older.length ? older[older.length - 1].id : null;
    loading = false;
  });

  articles().forEach(enhance);
  log.scrollTop = log.scrollHeight;
  window.addEventListener("beforeunload", function () { stopped = true; });
  connect();
})();
