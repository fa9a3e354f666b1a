// MspConsole UI behaviour: no inline script anywhere (the CSP forbids it), everything wired by data attributes.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // Language switcher and other selects that submit on change.
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });

  // On a phone the header folds its navigation behind a Menu button (CSS shows the button only on narrow screens).
  document.querySelectorAll('[data-menu-toggle]').forEach(function (button) {
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      button.closest('.topbar').classList.toggle('menu-open', open);
    });
  });

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });

  // Row selection feeding a bulk-action form: checkboxes are tied to the form with form="id".
  document.querySelectorAll('form[data-selection-form]').forEach(function (form) {
    var boxes = function () { return document.querySelectorAll('input[type=checkbox][form="' + form.id + '"]'); };
    var counter = form.querySelector('[data-selection-count]');
    var template = counter ? counter.textContent.replace(/\d+/, '{0}') : '{0}';
    var update = function () {
      var selected = Array.prototype.filter.call(boxes(), function (box) { return box.checked; }).length;
      if (counter) { counter.textContent = template.replace('{0}', String(selected)); }
      form.querySelectorAll('[data-requires-selection]').forEach(function (button) { button.disabled = selected === 0; });
    };
    boxes().forEach(function (box) { box.addEventListener('change', update); });
    document.querySelectorAll('input[data-select-all]').forEach(function (all) {
      all.addEventListener('change', function () {
        boxes().forEach(function (box) { box.checked = all.checked; });
        update();
      });
    });
    update();
  });

  // Charts are drawn from their accessible table, so the table and the chart can never disagree.
  // Long labels (method names in Dutch or French) break into lines instead of being cut off at the chart's edge.
  function wrap(text, width) {
    var lines = [];
    text.split(' ').forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && (lines[last] + ' ' + word).length <= width) { lines[last] += ' ' + word; } else { lines.push(word); }
    });
    return lines.length > 1 ? lines : text;
  }

  // Black-and-white safe: series differ by dash and point shape, not only by colour; bars that do not count for MFA are hatched.
  function hatch(colour) {
    var tile = document.createElement('canvas');
    tile.width = tile.height = 8;
    var context = tile.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 8, 8);
    context.strokeStyle = colour;
    context.lineWidth = 2;
    context.beginPath();
    context.moveTo(0, 8); context.lineTo(8, 0);
    context.moveTo(-2, 2); context.lineTo(2, -2);
    context.moveTo(6, 10); context.lineTo(10, 6);
    context.stroke();
    return context.createPattern(tile, 'repeat');
  }

  if (window.Chart) {
    var palette = ['#0b5cad', '#1a6b34', '#a15c00', '#6b2fa1', '#a11a1a', '#2f7f8a', '#555d66'];
    var dashes = [[], [6, 4], [2, 3], [10, 3, 2, 3]];
    var points = ['circle', 'triangle', 'rect', 'crossRot'];
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var table = document.getElementById(canvas.dataset.chartTable);
      if (!table) { return; }
      var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
      var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
      var labels = rows.map(function (row) { return wrap(row.querySelector('th').textContent.replace(/\s+/g, ' ').trim(), 28); });
      var columns = rows.length ? rows[0].querySelectorAll('td').length : 0;
      var bar = canvas.dataset.chart === 'bar';
      var datasets = [];
      for (var column = 0; column < columns; column++) {
        var cells = rows.map(function (row) { return row.querySelectorAll('td')[column]; });
        if (cells[0].dataset.series === 'ignore') { continue; }
        var colour = palette[datasets.length % palette.length];
        datasets.push({
          label: headers[column + 1],
          data: cells.map(function (cell) { return Number(cell.dataset.value); }),
          backgroundColor: bar ? rows.map(function (row) { return row.dataset.notMfa === 'true' ? hatch('#555d66') : colour; }) : colour,
          borderColor: bar ? '#1b1f24' : colour,
          borderWidth: bar ? 1 : 2,
          borderDash: bar ? [] : dashes[datasets.length % dashes.length],
          pointStyle: points[datasets.length % points.length],
          tension: 0.2, pointRadius: rows.length > 60 ? 0 : 3
        });
      }
      var percent = canvas.dataset.chartPercent === 'true';
      // Every category keeps its label: bars are never left unnamed, short series rotate their dates instead of skipping them.
      var categories = { ticks: { autoSkip: rows.length > 31, maxRotation: 90 } };
      var values = percent ? { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } } : { beginAtZero: true };
      new window.Chart(canvas, {
        type: canvas.dataset.chart,
        data: { labels: labels, datasets: datasets },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          indexAxis: bar ? 'y' : 'x',
          plugins: { legend: { display: datasets.length > 1, labels: { usePointStyle: true } } },
          scales: bar ? { y: categories, x: values } : { x: categories, y: values }
        }
      });
    });
  }
})();
