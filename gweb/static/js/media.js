/* Media library: a "Copy" button next to a file's address. The page works without it. */
(function () {
  "use strict";
  document.querySelectorAll("input.media-address[data-copy]").forEach(function (input) {
    if (!navigator.clipboard) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "media-copy";
    button.setAttribute("aria-live", "polite");
    button.textContent = input.dataset.copy;
    button.addEventListener("click", function () {
      var address = new URL(input.value, window.location.href).href;
      navigator.clipboard.writeText(address).then(function () {
        button.textContent = input.dataset.copied;
        window.setTimeout(function () { button.textContent = input.dataset.copy; }, 2000);
      });
    });
    input.addEventListener("focus", function () { input.select(); });
    input.insertAdjacentElement("afterend", button);
  });
})();
