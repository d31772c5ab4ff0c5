/* The page editor: turns every textarea[data-richtext] into a Quill editor.
   Without JavaScript the textarea stays and takes HTML, which the server cleans. */
(function () {
  "use strict";
  if (typeof Quill === "undefined") { return; }
  var toolbar = [
    [{ header: [2, 3, false] }],
    ["bold", "italic", "link"],
    [{ list: "ordered" }, { list: "bullet" }],
    ["blockquote"],
    ["clean"]
  ];
  document.querySelectorAll("textarea[data-richtext]").forEach(function (textarea) {
    var holder = document.createElement("div");
    holder.className = "richtext";
    holder.setAttribute("lang", textarea.closest("[lang]") ? textarea.closest("[lang]").getAttribute("lang") : "");
    textarea.insertAdjacentElement("afterend", holder);
    var quill = new Quill(holder, { theme: "snow", modules: { toolbar: toolbar } });
    quill.clipboard.dangerouslyPasteHTML(textarea.value); // cleaned again on save
    quill.root.setAttribute("aria-labelledby", textarea.id + "-label");
    quill.root.setAttribute("role", "textbox");
    quill.root.setAttribute("aria-multiline", "true");
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    if (label) {
      label.id = textarea.id + "-label";
      label.addEventListener("click", function () { quill.focus(); });
    }
    textarea.hidden = true;
    textarea.form.addEventListener("submit", function () {
      // Quill 2 writes every space as &nbsp;, which would stop Lao lines from wrapping.
      textarea.value = quill.getLength() > 1 ? quill.getSemanticHTML().replace(/&nbsp;/g, " ") : "";
    });
  });
}());
