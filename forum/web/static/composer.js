// The disclosure warning, enhanced: "Redact" masks the findings in the textarea at once
// (no round trip), "Edit" puts the cursor on the first finding. Without JavaScript the same
// buttons work through the server.
(function () {
  "use strict";
  document.querySelectorAll(".disclosure[data-findings]").forEach(function (box) {
    const form = box.closest("form");
    const findings = JSON.parse(box.dataset.findings || "[]");
    const redact = box.querySelector('button[value="redact"]');
    const edit = box.querySelector('a[href="#body"]');
    function fieldOf(name) { return form.querySelector('[name="' + name + '"]'); }
    if (redact) {
      redact.addEventListener("click", function (event) {
        event.preventDefault();
        const byField = {};
        findings.forEach(function (f) { (byField[f.field || "body"] = byField[f.field || "body"] || []).push(f); });
        Object.keys(byField).forEach(function (name) {
          const input = fieldOf(name);
          if (!input) return;
          let text = input.value;
          byField[name].sort(function (a, b) { return b.start - a.start; }).forEach(function (f) {
            const label = "[" + (f.type || "personal information").toLowerCase().replace(/_/g, " ") + " removed]";
            text = text.slice(0, f.start) + label + text.slice(f.end);
          });
          input.value = text;
        });
        box.hidden = true;
        const note = document.createElement("p");
        note.className = "notice";
        note.setAttribute("role", "status");
        note.textContent = "Personal information was masked. Check your post, then post it.";
        box.after(note);
        const body = fieldOf("body");
        if (body) body.focus();
      });
    }
    if (edit) {
      edit.addEventListener("click", function (event) {
        event.preventDefault();
        const first = findings[0];
        const input = fieldOf((first && first.field) || "body");
        if (!input) return;
        input.focus();
        if (first) input.setSelectionRange(first.start, first.end);
      });
    }
  });
})();
