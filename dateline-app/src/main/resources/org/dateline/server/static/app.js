// Dateline web UI: small progressive enhancements; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Filters apply as soon as a choice changes.
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.querySelectorAll("select").forEach(function (el) {
      el.addEventListener("change", function () { form.submit(); });
    });
  });
  // Hovering a report on the timeline highlights its row in the comparison table, and back.
  function highlight(n, on) {
    document.querySelectorAll('[data-report="' + n + '"]').forEach(function (el) {
      el.classList.toggle("hl", on);
    });
  }
  document.querySelectorAll("[data-report]").forEach(function (el) {
    var n = el.getAttribute("data-report");
    el.addEventListener("mouseenter", function () { highlight(n, true); });
    el.addEventListener("mouseleave", function () { highlight(n, false); });
  });
});
