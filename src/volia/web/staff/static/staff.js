// Keyboard shortcuts of the review queue. The page works without this file: every action is
// an ordinary form. j/k move between claims, a accepts, r goes to the rejection reason,
// e opens the edit form. Keys typed into a field are left alone.
(function () {
  "use strict";
  var index = 0;

  function claims() { return Array.prototype.slice.call(document.querySelectorAll("[data-claim]")); }

  function select(i) {
    var all = claims();
    if (!all.length) { return null; }
    index = Math.max(0, Math.min(i, all.length - 1));
    all.forEach(function (el, n) { el.classList.toggle("current", n === index); });
    all[index].scrollIntoView({ block: "nearest" });
    all[index].focus({ preventScroll: true });
    return all[index];
  }

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var all = claims();
    if (!all.length) { return; }
    var claim = all[index] || select(0);
    if (event.key === "j") { select(index + 1); }
    else if (event.key === "k") { select(index - 1); }
    else if (event.key === "a") {
      var accept = claim.querySelector("form[data-action=accept]");
      if (accept) { accept.requestSubmit(); }
    } else if (event.key === "r") {
      var reason = claim.querySelector("form[data-action=reject] input[name=reason]");
      if (reason) { reason.focus(); }
    } else if (event.key === "e") {
      var edit = claim.querySelector("details[data-action=edit]");
      if (edit) { edit.open = true; var field = edit.querySelector("select, input"); if (field) { field.focus(); } }
    } else { return; }
    event.preventDefault();
  });

  document.addEventListener("DOMContentLoaded", function () { if (claims().length) { select(0); } });
}());
