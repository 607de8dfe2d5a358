// Sends the CSRF token with every htmx request.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Places the blocks of the déroulé timeline on its CSS grid from their data-grid-* attributes (the Content-Security-Policy
// forbids inline style attributes; styles set through the DOM are allowed).
function placeOnGrid(root) {
  root.querySelectorAll("[data-grid-columns]").forEach(function (grid) {
    grid.style.gridTemplateColumns = "13rem repeat(" + parseInt(grid.dataset.gridColumns, 10) + ", minmax(0, 1fr))";
  });
  root.querySelectorAll("[data-grid-row]").forEach(function (cell) {
    cell.style.gridRow = cell.dataset.gridRow;
  });
  root.querySelectorAll("[data-grid-column]").forEach(function (cell) {
    cell.style.gridColumn = cell.dataset.gridColumn;
  });
}
document.addEventListener("DOMContentLoaded", function () { placeOnGrid(document); });
document.addEventListener("htmx:load", function (event) { placeOnGrid(event.target); });
