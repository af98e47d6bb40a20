// The console's only script: charts drawn from the data a page carries, and again after a live part is refreshed.
(function () {
  function draw(root) {
    if (!window.Chart) return;
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var source = document.getElementById(canvas.dataset.chart);
      if (!source) return;
      if (Chart.getChart(canvas)) return; // drawn already: only what a swap brought is new
      var config = JSON.parse(source.textContent);
      config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
      new Chart(canvas, config);
    });
  }
  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function () { draw(document); });
  // a form loaded into the panel scrolls into view, its first field focused
  document.addEventListener('htmx:afterSwap', function (e) {
    if (e.target.id === 'panel') {
      var field = e.target.querySelector('input:not([type=hidden]), select, textarea');
      if (field) field.focus();
    }
  });
})();
