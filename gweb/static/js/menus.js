/* Menus editor. Everything works without this file: the "Move up" and
   "Move down" buttons are forms, and the item form shows all its fields.
   With it: drag and drop reorders a menu (saved at once), the item form
   shows only the fields of the chosen kind of link, and the list of
   problems of a refused form takes the focus. */
(function () {
  "use strict";

  function dragAndDrop() {
    var list = document.querySelector("[data-menu-list]");
    var form = document.getElementById("menu-order-form");
    var status = document.getElementById("menu-status");
    if (!list || !form || !status || !("draggable" in list) || !window.fetch) return;
    var token = form.querySelector("[name=csrf_token]").value;
    var dragged = null;
    var before = null;

    function items() {
      return Array.prototype.slice.call(list.querySelectorAll("li[data-item-id]"));
    }
    function ids() {
      return items().map(function (li) { return li.getAttribute("data-item-id"); });
    }
    function refresh() {
      var all = items();
      all.forEach(function (li, i) {
        li.querySelector("[data-move=up]").disabled = i === 0;
        li.querySelector("[data-move=down]").disabled = i === all.length - 1;
      });
      form.querySelector("[name=ids]").value = ids().join(",");
    }
    function restore(order) {
      order.forEach(function (id) { list.appendChild(document.getElementById("item-" + id)); });
      refresh();
    }
    function announce(text, failed) {
      // Emptied first so that the same words twice are announced twice.
      status.textContent = "";
      status.classList.toggle("menu-editor__status--error", !!failed);
      window.setTimeout(function () { status.textContent = text; }, 60);
    }
    function focusMoveButton(li) {
      var up = li.querySelector("[data-move=up]");
      (up.disabled ? li.querySelector("[data-move=down]") : up).focus();
    }
    function save(order, li, old) {
      var body = new URLSearchParams();
      body.set("csrf_token", token);
      body.set("ids", order.join(","));
      body.set("moved", li.getAttribute("data-item-id"));
      list.setAttribute("aria-busy", "true");
      fetch(form.action, {
        method: "POST", credentials: "same-origin", body: body,
        headers: {"Accept": "application/json", "X-CSRFToken": token}
      }).then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok || !data.ok) {
            var refused = new Error(data.message || "");
            refused.fromServer = true;
            throw refused;
          }
          return data;
        });
      }).then(function (data) {
        announce(data.message);
      }).catch(function (error) {
        // The server's own words when it said why; a generic message when the
        // network failed or the answer was not ours (an expired session, say).
        restore(old);
        announce(error && error.fromServer && error.message || form.getAttribute("data-error"), true);
      }).then(function () {
        list.removeAttribute("aria-busy");
        focusMoveButton(li);
      });
    }

    items().forEach(function (li) { li.draggable = true; });
    list.classList.add("menu-editor__list--draggable");
    document.querySelectorAll("[data-dnd-hint], [data-dnd-handle]").forEach(function (el) {
      el.hidden = false;
    });

    list.addEventListener("dragstart", function (event) {
      var li = event.target.closest && event.target.closest("li[data-item-id]");
      if (!li) return;
      dragged = li;
      before = ids();
      li.classList.add("is-dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", li.getAttribute("data-item-id"));
    });
    list.addEventListener("dragover", function (event) {
      if (!dragged) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      var over = event.target.closest && event.target.closest("li[data-item-id]");
      if (!over || over === dragged) return;
      var box = over.getBoundingClientRect();
      list.insertBefore(dragged, event.clientY > box.top + box.height / 2 ? over.nextSibling : over);
    });
    list.addEventListener("drop", function (event) {
      if (!dragged) return;
      event.preventDefault();
      var li = dragged;
      var old = before;
      dragged = null;
      li.classList.remove("is-dragging");
      refresh();
      var order = ids();
      if (order.join(",") !== old.join(",")) save(order, li, old);
    });
    list.addEventListener("dragend", function () {
      if (!dragged) return;  // dropped outside the list: put it back
      dragged.classList.remove("is-dragging");
      dragged = null;
      restore(before);
    });
  }

  function targetChoice() {
    var radios = document.querySelectorAll("[data-target-choice]");
    if (!radios.length) return;
    function update() {
      var chosen = document.querySelector("[data-target-choice]:checked");
      document.querySelectorAll("[data-target-section]").forEach(function (section) {
        section.hidden = !!chosen && section.getAttribute("data-target-section") !== chosen.value;
      });
    }
    radios.forEach(function (radio) { radio.addEventListener("change", update); });
    update();
  }

  function focusProblems() {
    var problems = document.querySelector(".menu-editor__problems");
    if (problems) problems.focus();
  }

  dragAndDrop();
  targetChoice();
  focusProblems();
}());
