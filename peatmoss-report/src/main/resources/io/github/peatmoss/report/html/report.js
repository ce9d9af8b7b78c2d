// Draws the report's charts with Apache ECharts from the JSON the SDK embedded in #report-data.
// Each section's <div class="charts" data-section="KEY"> gets the charts of that section; SVG rendering, no animation.
(function () {
  'use strict';
  var report = JSON.parse(document.getElementById('report-data').textContent);
  var palette = ['#2f6f8f', '#e07b39', '#5b8c5a', '#b5475d', '#7a5ea8', '#c9a227', '#3f8f8a', '#8c6d4f', '#6b7a8f', '#d46a9f'];

  function chart(container, option, wide) {
    var el = document.createElement('div');
    el.className = wide ? 'chart wide' : 'chart';
    container.appendChild(el);
    var c = echarts.init(el, null, { renderer: 'svg' });
    option.animation = false;
    option.color = palette;
    option.textStyle = { fontFamily: 'system-ui, sans-serif' };
    option.tooltip = option.tooltip || { trigger: 'item' };
    c.setOption(option);
    window.addEventListener('resize', function () { c.resize(); });
  }

  function title(text) { return { text: text, left: 0, textStyle: { fontSize: 14, fontWeight: 600 } }; }

  function bars(container, text, counts, opts) {
    opts = opts || {};
    var names = counts.map(function (c) { return c.name; });
    var values = counts.map(function (c) { return opts.percent ? c.percent : c.count; });
    var horizontal = opts.horizontal;
    var category = { type: 'category', data: horizontal ? names.slice().reverse() : names,
      axisLabel: { interval: 0, rotate: horizontal ? 0 : (names.length > 5 ? 30 : 0), fontSize: 11 } };
    var value = { type: 'value', name: opts.percent ? '%' : (opts.unit || ''), max: opts.percent ? 100 : null };
    chart(container, {
      title: title(text),
      grid: { left: horizontal ? 150 : 60, right: 30, top: 40, bottom: horizontal ? 30 : 70 },
      tooltip: { trigger: 'axis' },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{ type: 'bar', data: horizontal ? values.slice().reverse() : values,
        label: { show: counts.length <= 12, position: horizontal ? 'right' : 'top', fontSize: 11,
          formatter: function (p) { return opts.percent ? p.value.toFixed(1) + '%' : p.value.toLocaleString('en'); } } }]
    }, opts.wide);
  }

  var draw = {
    ptmsPerHub: function (el, s) {
      chart(el, { title: title('PTMs per hub'), series: [{ type: 'pie', radius: ['35%', '65%'], top: 30,
        data: s.byHub.map(function (c) { return { name: c.name, value: c.count }; }),
        label: { formatter: '{b}: {d}%' } }] });
    },
    snapshots: function (el, s) {
      bars(el, 'Snapshotted PTMs per hub (%)', s.byHub.map(function (h) {
        return { name: h.hub, count: h.snapshotted, percent: h.percent }; }), { percent: true });
    },
    reuse: function (el, s) {
      chart(el, {
        title: title('Links per reused PTM (log-log)'),
        grid: { left: 60, right: 30, top: 40, bottom: 50 },
        tooltip: { trigger: 'item', formatter: function (p) { return p.value[1] + ' PTMs with ' + p.value[0] + ' links'; } },
        xAxis: { type: 'log', name: 'links', nameLocation: 'middle', nameGap: 28, min: 1 },
        yAxis: { type: 'log', name: 'PTMs', min: 1 },
        series: [{ type: 'scatter', symbolSize: 9, data: s.linksPerModel.map(function (b) { return [b.links, b.models]; }) }]
      });
      bars(el, 'Most reused PTMs (repositories)', s.mostReused.map(function (m) {
        return { name: m.model, count: m.repositories }; }), { horizontal: true });
    },
    domainsAndTasks: function (el, s) {
      bars(el, 'PTMs per domain', s.byDomain);
      bars(el, 'Top tasks', s.topTasks, { horizontal: true });
    },
    newPtmsPerMonth: function (el, s) {
      chart(el, {
        title: title('New PTMs per month' + (s.breakdown === 'domain' ? ' and domain' : '')),
        legend: { top: 0, right: 0 },
        grid: { left: 60, right: 30, top: 50, bottom: 40 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: s.months },
        yAxis: { type: 'value', name: 'new PTMs' },
        series: s.series.map(function (x) {
          return { name: x.name, type: 'line', stack: 'total', areaStyle: { opacity: 0.35 }, symbolSize: 6, data: x.counts };
        })
      }, true);
    },
    documentation: function (el, s) {
      bars(el, 'Share of PTMs with a value, per metadata field', s.fields, { horizontal: true, percent: true, wide: true });
    },
    licenseDistribution: function (el, s) {
      bars(el, 'PTMs per license category', s.byCategory.map(function (c) {
        return { name: c.name.toLowerCase().replace(/_/g, ' '), count: c.count, percent: c.percent }; }));
      bars(el, 'Top licenses', s.topLicenses, { horizontal: true });
    },
    licenseAudit: function (el, s) {
      var nodes = {};
      var links = s.byCategoryPair.map(function (p) {
        var source = 'model: ' + p.inbound, target = 'repository: ' + p.outbound;
        nodes[source] = true; nodes[target] = true;
        return { source: source, target: target, value: p.links };
      });
      chart(el, {
        title: title('License flows, model category -> repository category (links)'),
        tooltip: { trigger: 'item' },
        series: [{ type: 'sankey', top: 40, bottom: 10, left: 10, right: 160, nodeGap: 10,
          data: Object.keys(nodes).map(function (n) { return { name: n }; }), links: links,
          lineStyle: { color: 'gradient', opacity: 0.45 }, label: { fontSize: 11 } }]
      }, true);
      bars(el, 'Links per verdict', Object.keys(s.byVerdict).map(function (v) {
        return { name: v, count: s.byVerdict[v] }; }));
    },
    lineage: function (el, s) {
      bars(el, 'Most fine-tuned base models', s.mostFineTuned, { horizontal: true });
      bars(el, 'Depth of fine-tuning chains', s.chainDepth, { unit: 'PTMs' });
    }
  };

  document.querySelectorAll('.charts[data-section]').forEach(function (el) {
    var key = el.getAttribute('data-section');
    if (draw[key] && report[key]) {
      draw[key](el, report[key]);
    }
  });
})();
