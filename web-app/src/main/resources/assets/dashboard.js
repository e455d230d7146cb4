// The dashboard's trend charts: each element with a data-trend attribute (JSON from the server: month labels,
// values with null for a month without any, the target and whether values are percentages) becomes a uPlot
// line with the target as a dashed line. The numbers are in the page's tables as well, for readers without
// JavaScript; the platform's Content-Security-Policy allows only script files like this one.
(function () {
  "use strict";

  function draw(el) {
    var trend = JSON.parse(el.getAttribute("data-trend"));
    var n = trend.labels.length;
    var xs = [];
    var target = [];
    for (var i = 0; i < n; i++) {
      xs.push(i);
      target.push(trend.target);
    }
    var known = trend.values.filter(function (v) { return v !== null; });
    var lo = Math.min.apply(null, known.concat(trend.target === null ? [] : [trend.target]));
    var hi = Math.max.apply(null, known.concat(trend.target === null ? [] : [trend.target]));
    var range = trend.percent
      ? [Math.max(0, Math.floor((isFinite(lo) ? lo : 0) / 10) * 10 - 10), 100]
      : [0, Math.max(4, Math.ceil((isFinite(hi) ? hi : 0) * 1.2))];
    var series = [
      {},
      { label: trend.name, stroke: "#1769aa", width: 2, spanGaps: false, points: { size: 5, fill: "#1769aa" } }
    ];
    var data = [xs, trend.values];
    if (trend.target !== null) {
      series.push({ label: "target", stroke: "#b3261e", width: 1, dash: [6, 4], points: { show: false } });
      data.push(target);
    }
    var width = Math.max(200, el.clientWidth);
    var opts = {
      width: width,
      height: 150,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [-0.3, n - 0.7] }, y: { range: range } },
      axes: [
        {
          size: 24,
          splits: function () { return xs; },
          values: function (u, splits) {
            return splits.map(function (i) { return i % 3 === 0 ? trend.labels[i] : ""; });
          },
          font: "11px sans-serif"
        },
        {
          size: 46,
          values: function (u, splits) {
            return splits.map(function (v) { return trend.percent ? v + "%" : String(v); });
          },
          font: "11px sans-serif"
        }
      ],
      series: series
    };
    new uPlot(opts, data, el);
  }

  function start() {
    if (typeof uPlot === "undefined") {
      return;
    }
    var charts = document.querySelectorAll("[data-trend]");
    for (var i = 0; i < charts.length; i++) {
      draw(charts[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
