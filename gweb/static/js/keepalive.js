/* Keeps a logged-in admin session alive while someone works on the page
   (typing, clicking) without saving: every few minutes with activity, one
   small request. A page left alone lets the session end as it should. */
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.getAttribute("data-url");
  if (!url || !window.fetch) { return; }
  var active = false;
  ["keydown", "input", "pointerdown"].forEach(function (name) {
    document.addEventListener(name, function () { active = true; }, { passive: true, capture: true });
  });
  window.setInterval(function () {
    if (!active) { return; }
    active = false;
    fetch(url, { credentials: "same-origin", cache: "no-store" });
  }, 5 * 60 * 1000);
}());
