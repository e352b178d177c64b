(function () {
  "use strict";
  var table = document.getElementById("findings-table");
  var body = table.tBodies[0];
  var severity = document.getElementById("filter-severity");
  var code = document.getElementById("filter-code");
  var shown = document.getElementById("shown");
  var direction = {};

  function filter() {
    var rows = body.rows;
    var count = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var keep = (severity.value === "" || row.getAttribute("data-severity") === severity.value)
        && (code.value === "" || row.getAttribute("data-code") === code.value);
      row.hidden = !keep;
      if (keep) {
        count++;
      }
    }
    shown.textContent = count + " of " + rows.length + " shown";
  }

  function sortBy(button) {
    var key = button.getAttribute("data-sort");
    var dir = direction[key] === 1 ? -1 : 1;
    direction = {};
    direction[key] = dir;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var d = Number(a.getAttribute("data-sort-" + key)) - Number(b.getAttribute("data-sort-" + key));
      return d !== 0 ? d * dir
        : Number(a.getAttribute("data-sort-order")) - Number(b.getAttribute("data-sort-order"));
    });
    rows.forEach(function (row) { body.appendChild(row); });
    var heads = table.tHead.rows[0].cells;
    for (var i = 0; i < heads.length; i++) {
      if (heads[i].hasAttribute("aria-sort")) {
        heads[i].setAttribute("aria-sort", "none");
      }
    }
    button.parentNode.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
  }

  severity.addEventListener("change", filter);
  code.addEventListener("change", filter);
  var buttons = table.querySelectorAll("button[data-sort]");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener("click", function (event) { sortBy(event.currentTarget); });
  }
  filter();
})();
