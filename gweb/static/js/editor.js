/* The page editor: turns every textarea[data-richtext] into a Quill editor,
   with an image button that picks from the site's media library (images with
   alt text in the page's language only). Without JavaScript the textarea
   stays and takes HTML, which the server cleans. */
(function () {
  "use strict";
  if (typeof Quill === "undefined") { return; }
  var toolbar = [
    [{ header: [2, 3, false] }],
    ["bold", "italic", "link"],
    [{ list: "ordered" }, { list: "bullet" }],
    ["blockquote", "image"],
    ["clean"]
  ];

  function pickImage(quill, form) {
    var dialog = document.getElementById("media-picker");
    if (!dialog) { return; }
    var list = dialog.querySelector("[data-picker-list]");
    var search = dialog.querySelector("[data-picker-search]");
    var status = dialog.querySelector("[data-picker-status]");
    var url = dialog.getAttribute("data-url");
    var range = quill.getSelection(true);

    function load() {
      status.textContent = dialog.getAttribute("data-loading");
      fetch(url + "?q=" + encodeURIComponent(search.value), { credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          list.innerHTML = "";
          data.images.forEach(function (image) {
            var item = document.createElement("li");
            var button = document.createElement("button");
            button.type = "button";
            button.className = "picker__item";
            var thumb = document.createElement("img");
            thumb.src = image.thumb;
            thumb.alt = "";
            var label = document.createElement("span");
            label.textContent = image.usable ? image.alt : image.name + " — " + dialog.getAttribute("data-no-alt");
            button.appendChild(thumb);
            button.appendChild(label);
            button.disabled = !image.usable;
            button.addEventListener("click", function () {
              quill.insertEmbed(range.index, "image", image.src, "user");
              quill.formatText(range.index, 1, { alt: image.alt }, "user");
              quill.setSelection(range.index + 1, 0);
              dialog.close();
            });
            item.appendChild(button);
            list.appendChild(item);
          });
          status.textContent = data.images.length ? "" : dialog.getAttribute("data-empty");
        });
    }
    search.oninput = load;
    dialog.showModal();
    load();
  }

  document.querySelectorAll("textarea[data-richtext]").forEach(function (textarea) {
    var holder = document.createElement("div");
    holder.className = "richtext";
    var langHolder = textarea.closest("[lang]");
    if (langHolder) { holder.setAttribute("lang", langHolder.getAttribute("lang")); }
    textarea.insertAdjacentElement("afterend", holder);
    var quill = new Quill(holder, {
      theme: "snow",
      modules: { toolbar: { container: toolbar, handlers: { image: function () { pickImage(quill); } } } }
    });
    quill.clipboard.dangerouslyPasteHTML(textarea.value); // cleaned again on save
    quill.root.setAttribute("role", "textbox");
    quill.root.setAttribute("aria-multiline", "true");
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    if (label) {
      label.id = textarea.id + "-label";
      quill.root.setAttribute("aria-labelledby", label.id);
      label.addEventListener("click", function () { quill.focus(); });
    }
    textarea.hidden = true;
    textarea.form.addEventListener("submit", function () {
      // Quill 2 writes spaces as &nbsp;, which would stop Lao lines from wrapping.
      textarea.value = quill.getLength() > 1 ? quill.getSemanticHTML().replace(/&nbsp;/g, " ") : "";
    });
  });
}());
