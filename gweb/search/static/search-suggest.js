// Search-as-you-type for the search form of /<lang>/search: a progressive
// enhancement (the form works without it). Fills the list under the field
// with links from /<lang>/search/suggest; Escape closes it.
(function () {
  "use strict";
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-suggest");
  if (!input || !list || !window.fetch) return;
  var timer = null, last = "";
  function clear() { list.textContent = ""; }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
  "use strict";
      var q = input.value;
      if (q.trim().length < 2 || q === last) { if (!q.trim()) clear(); return; }
      last = q;
      fetch(input.dataset.suggest + "?q=" + encodeURIComponent(q), {headers: {"Accept": "application/json"}})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          if (input.value !== q) return;
          clear();
          items.forEach(function (item) {
            var li = document.createElement("li"), a = document.createElement("a");
            a.href = item.url; a.textContent = item.title;
            li.appendChild(a); list.appendChild(li);
          });
        })
        .catch(clear);
    }, 200);
  });
  input.addEventListener("keydown", function (e) { if (e.key === "Escape") clear(); });
  document.addEventListener("click", function (e) { if (e.target !== input && !list.contains(e.target)) clear(); });
})();
