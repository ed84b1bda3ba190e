/*
 * sales-ops dashboard: renders the page from the JSON embedded in #report-data (the same JSON as --format json)
 * and the labels in #labels. Every number shown carries data-path (a JSON pointer into #report-data),
 * data-value (the JSON value) and data-format (how it is written), so that a test can check the DOM against
 * the JSON. Undefined ratios (0 denominators) are shown as "—" with a title, never as 0. Missing optional
 * fields hide their part of the page. Charts: Apache ECharts, SVG renderer, no animation.
 */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var L = JSON.parse(document.getElementById('labels').textContent);
  var kind = document.body.getAttribute('data-kind');
  var lang = document.documentElement.lang || 'en';
  var app = document.getElementById('app');
  var charts = [];
  var problems = [];
  var COLORS = ['#2f6db5', '#e08a1e', '#3a9a5b', '#b8453b', '#7b5ea7', '#5b7083'];

  // ---------- helpers ----------
  function t(key) {
    var v = Object.prototype.hasOwnProperty.call(L, key) ? L[key] : key;
    var args = arguments;
    return String(v).replace(/\{(\d+)\}/g, function (m, i) {
      var a = args[Number(i) + 1];
      return a == null ? '' : String(a);
    });
  }
  function has(o, k) { return o != null && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, k) && o[k] != null; }
  function ptr(base) {
    var p = base;
    for (var i = 1; i < arguments.length; i++) {
      p += '/' + String(arguments[i]).replace(/~/g, '~0').replace(/\//g, '~1');
    }
    return p;
  }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] != null) { e.setAttribute(k, attrs[k]); }
      });
    }
    (children || []).forEach(function (c) {
      if (c == null) { return; }
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
    return e;
  }
  var fmt = {
    int: new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }),
    dec1: new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    dec2: new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    pct: new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    axis: new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 })
  };
  function write(value, format) {
    var n = Number(value);
    if (format === 'pct') { return fmt.pct.format(n); }
    if (format === 'dec1') { return fmt.dec1.format(n); }
    if (format === 'money' || format === 'dec2') { return fmt.dec2.format(n); }
    return fmt.int.format(n);
  }
  /** A number from the JSON: value at path, written in format (int, dec1, dec2, pct, money). */
  function num(value, path, format, undefinedTitle) {
    if (value == null || value === '' || isNaN(Number(value))) {
      return el('span', { 'class': 'num undefined', 'data-path': path, 'data-undefined': 'true', title: undefinedTitle || t('undefined') }, ['—']);
    }
    return el('span', { 'class': 'num', 'data-path': path, 'data-value': String(value), 'data-format': format || 'int' }, [write(value, format)]);
  }
  /** A ratio {value, numerator, denominator}: the value as a percentage, or "—" when undefined. */
  function ratio(r, path, format) {
    var v = r == null ? null : (typeof r === 'object' ? r.value : r);
    var den = r != null && typeof r === 'object' ? r.denominator : null;
    return num(v, typeof r === 'object' && r != null ? ptr(path, 'value') : path, format || 'pct', t('undefined.ratio', den == null ? 0 : den));
  }
  /** Money {amount, currency} (or a bare number with its currency): "USD 1,234.00". */
  function money(m, path, currency) {
    if (m != null && typeof m === 'object') {
      return el('span', { 'class': 'money' }, [m.currency + ' ', num(m.amount, ptr(path, 'amount'), 'money')]);
    }
    return el('span', { 'class': 'money' }, [(currency ? currency + ' ' : ''), num(m, path, 'money')]);
  }
  function amountOf(m) { return m != null && typeof m === 'object' ? Number(m.amount) : Number(m); }
  function section(id, title, intro) {
    var s = el('section', { id: id, 'class': 'panel' }, [el('h2', null, [title])]);
    if (intro) { s.appendChild(el('p', { 'class': 'intro' }, [intro])); }
    app.appendChild(s);
    return s;
  }
  function table(headers, rows, caption, numericFrom) {
    function numeric(i) {
      if (Array.isArray(numericFrom)) { return numericFrom.indexOf(i) >= 0; }
      return i >= (numericFrom == null ? 1 : numericFrom);
    }
    var thead = el('thead', null, [el('tr', null, headers.map(function (h, i) {
      return el('th', { scope: 'col', 'class': numeric(i) ? 'r' : null }, [h]);
    }))]);
    var tbody = el('tbody', null, rows.map(function (r) {
      return el('tr', r.attrs || null, (r.cells || r).map(function (c, i) {
        return el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row', 'class': numeric(0) ? 'r' : null } : { 'class': numeric(i) ? 'r' : null }, [c]);
      }));
    }));
    var tb = el('table', { 'class': 'data' }, [caption ? el('caption', null, [caption]) : null, thead, tbody]);
    return el('div', { 'class': 'table-wrap' }, [tb]);
  }
  function chart(parent, option, label, height) {
    var box = el('div', { 'class': 'chart', role: 'img', 'aria-label': label, style: 'height:' + Math.max(height || 320, 140) + 'px' });
    parent.appendChild(box);
    var c = echarts.init(box, null, { renderer: 'svg' });
    option.animation = false;
    option.textStyle = { fontFamily: 'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans", sans-serif' };
    option.color = option.color || COLORS;
    c.setOption(option);
    charts.push(c);
    return c;
  }
  function guarded(name, fn) {
    try {
      fn();
    } catch (e) {
      problems.push(name + ': ' + (e && e.message ? e.message : String(e)));
      app.appendChild(el('p', { 'class': 'render-problem' }, [t('render.problem', name)]));
    }
  }
  function groupLabel(key) {
    if (key == null) { return '—'; }
    if (typeof key !== 'object') { return String(key); }
    return Object.keys(key).map(function (k) { return key[k] == null ? '—' : String(key[k]); }).join(' · ');
  }
  function currenciesOf(report) { return has(report, 'currencies') ? Object.keys(report.currencies).sort() : []; }
  function warnings(list, path, parent) {
    if (!Array.isArray(list) || list.length === 0) { return; }
    parent.appendChild(el('ul', { 'class': 'warnings', 'data-path': path }, list.map(function (w) {
      var text = typeof w === 'string' ? w : (w.message || w.reason || w.text || JSON.stringify(w));
      return el('li', null, [text]);
    })));
  }

  // ---------- headline tiles ----------
  function tile(label, value, sub, attrs) {
    return el('div', Object.assign({ 'class': 'tile' }, attrs || {}), [el('div', { 'class': 'tile-label' }, [label]),
      el('div', { 'class': 'tile-value' }, [value]), sub ? el('div', { 'class': 'tile-sub' }, [sub]) : null]);
  }
  function tiles(report, base, summary, summaryBase, qualityLink) {
    var s = section('headline', t('headline'));
    var box = el('div', { 'class': 'tiles' });
    s.appendChild(box);
    if (has(report, 'winRate')) {
      var wr = report.winRate;
      box.appendChild(tile(t('winRate'), ratio(wr, ptr(base, 'winRate')),
        el('span', null, [num(wr.numerator, ptr(base, 'winRate', 'numerator')), ' ' + t('winRate.of') + ' ',
          num(wr.denominator, ptr(base, 'winRate', 'denominator')), ' ' + t('winRate.closed')])));
    }
    currenciesOf(report).forEach(function (cur) {
      var c = report.currencies[cur];
      var cb = ptr(base, 'currencies', cur);
      if (has(c, 'wonAmount')) {
        box.appendChild(tile(t('wonAmount', cur), money(c.wonAmount, ptr(cb, 'wonAmount')),
          has(c, 'wonCount') ? el('span', null, [num(c.wonCount, ptr(cb, 'wonCount')), ' ' + t('deals')]) : null));
      }
    });
    if (has(report, 'salesCycleDays')) {
      var sc = report.salesCycleDays;
      box.appendChild(tile(t('cycle'), el('span', null, [num(sc.median, ptr(base, 'salesCycleDays', 'median'), 'dec1', t('undefined.ratio', 0)), ' / ',
        num(sc.p90, ptr(base, 'salesCycleDays', 'p90'), 'dec1', t('undefined.ratio', 0)), ' ' + t('days')]),
        el('span', null, [t('cycle.sub') + ' ', num(sc.count, ptr(base, 'salesCycleDays', 'count')), ' ' + t('deals')])));
    }
    currenciesOf(report).forEach(function (cur) {
      var c = report.currencies[cur];
      var cb = ptr(base, 'currencies', cur);
      if (has(c, 'openPipeline')) {
        box.appendChild(tile(t('openPipeline', cur), money(c.openPipeline, ptr(cb, 'openPipeline'), cur),
          el('span', null, [t('weightedPipeline') + ' ', money(c.weightedPipeline, ptr(cb, 'weightedPipeline'), cur)])));
      }
    });
    if (summary && has(summary, 'rowsRead')) {
      var dirty = summary.rowsRead === 0 ? null : summary.rowsSkipped / summary.rowsRead;
      var share = el('span', { 'class': 'num' + (dirty == null ? ' undefined' : ''), 'data-derived': 'rowsSkipped/rowsRead',
        title: dirty == null ? t('undefined.ratio', 0) : null }, [dirty == null ? '—' : fmt.pct.format(dirty)]);
      var sub = el('span', null, [num(summary.rowsSkipped, ptr(summaryBase, 'rowsSkipped')), ' ' + t('dirty.of') + ' ',
        num(summary.rowsRead, ptr(summaryBase, 'rowsRead')), ' ' + t('rows')]);
      var link = qualityLink ? el('a', { href: '#data-quality' }, [t('dirty.details')]) : null;
      box.appendChild(tile(t('dirty'), share, el('span', null, [sub, link ? ' · ' : null, link])));
    }
    warnings(report.warnings, ptr(base, 'warnings'), s);
  }

  // ---------- funnel ----------
  function funnel(f, base, report, reportBase) {
    var omitted = report && typeof report.funnelOmitted === 'string' ? report.funnelOmitted : null;
    if (f == null || !Array.isArray(f.stages) || f.stages.length === 0) {
      if (omitted) {
        section('funnel', t('funnel')).appendChild(el('p', { 'class': 'caveat', 'data-path': ptr(reportBase, 'funnelOmitted') }, [t('funnel.omitted', omitted)]));
      }
      return;
    }
    var s = section('funnel', t('funnel'), t('funnel.intro'));
    if (report && has(report, 'funnelCaveat')) {
      s.appendChild(el('p', { 'class': 'caveat', 'data-path': ptr(reportBase, 'funnelCaveat') },
        [typeof report.funnelCaveat === 'string' ? report.funnelCaveat : JSON.stringify(report.funnelCaveat)]));
    }
    var stages = f.stages;
    var names = stages.map(function (st) { return st.stage; });
    chart(s, {
      grid: { left: 150, right: 130, top: 10, bottom: 30 },
      xAxis: { type: 'value', name: t('funnel.reached'), nameLocation: 'middle', nameGap: 22 },
      yAxis: { type: 'category', inverse: true, data: names },
      tooltip: { trigger: 'axis' },
      series: [{
        type: 'bar', name: t('funnel.reached'),
        data: stages.map(function (st) {
          var bottleneck = st.stage === f.bottleneck;
          return { value: st.reached, itemStyle: { color: bottleneck ? '#b8453b' : '#2f6db5' } };
        }),
        label: {
          show: true, position: 'right',
          formatter: function (p) {
            var st = stages[p.dataIndex];
            var conv = st.conversion && st.conversion.value != null ? fmt.pct.format(st.conversion.value) : '—';
            return fmt.int.format(st.reached) + ' → ' + conv + (st.stage === f.bottleneck ? ' ◀ ' + t('funnel.bottleneck') : '');
          }
        }
      }]
    }, t('funnel'), 60 + 34 * stages.length);
    var rows = stages.map(function (st, i) {
      var sb = ptr(base, 'stages', i);
      var isB = st.stage === f.bottleneck;
      return {
        attrs: isB ? { 'class': 'bottleneck' } : null,
        cells: [el('span', null, [st.stage, isB ? el('strong', { 'class': 'badge' }, [t('funnel.bottleneck')]) : null]),
          num(st.reached, ptr(sb, 'reached')), num(st.advanced, ptr(sb, 'advanced')),
          ratio(st.conversion, ptr(sb, 'conversion')),
          has(st, 'averageDaysInStage') ? ratio(st.averageDaysInStage, ptr(sb, 'averageDaysInStage'), 'dec1') : '—']
      };
    });
    s.appendChild(table([t('funnel.stage'), t('funnel.reached'), t('funnel.advanced'), t('funnel.conversion'), t('funnel.days')], rows));
    if (has(f, 'bottleneck')) {
      s.appendChild(el('p', null, [t('funnel.bottleneck.note', f.bottleneck, has(f, 'minDeals') ? f.minDeals : '')]));
    } else {
      s.appendChild(el('p', null, [t('funnel.noBottleneck')]));
    }
    if (has(f, 'lostWithoutStage') && f.lostWithoutStage > 0) {
      s.appendChild(el('p', { 'class': 'caveat' }, [t('funnel.caveat.lostAt') + ' ', num(f.lostWithoutStage, ptr(base, 'lostWithoutStage'))]));
    }
    if (has(f, 'caveat')) {
      s.appendChild(el('p', { 'class': 'caveat', 'data-path': ptr(base, 'caveat') }, [typeof f.caveat === 'string' ? f.caveat : JSON.stringify(f.caveat)]));
    }
    warnings(f.warnings, ptr(base, 'warnings'), s);
  }

  // ---------- trend and forecast ----------
  /**
   * One currency's trend: history rows [{month, value, path}], forecast points [{month, mean, lower, upper, path}],
   * pipeline per month [{month, value, path}] (optional), and a weighted pipeline total (optional).
   */
  function trendChart(s, cur, history, points, pipeline, method, weightedTotal) {
    var months = [];
    function addMonth(m) { if (months.indexOf(m) < 0) { months.push(m); } }
    history.forEach(function (h) { addMonth(h.month); });
    points.forEach(function (p) { addMonth(p.month); });
    pipeline.forEach(function (p) { addMonth(p.month); });
    months.sort();
    function series(list, f) {
      var byMonth = {};
      list.forEach(function (x) { byMonth[x.month] = f(x); });
      return months.map(function (m) { return byMonth[m] == null ? null : Number(byMonth[m]); });
    }
    var nonNegative = history.every(function (h) { return Number(h.value) >= 0; });
    var clamped = false;
    // revenue is never negative: the band is drawn from 0 where its low end is below 0 (the table has the true low)
    var lower = series(points, function (p) {
      if (p.lower != null && nonNegative && Number(p.lower) < 0) { clamped = true; return 0; }
      return p.lower;
    });
    var upper = series(points, function (p) { return p.upper; });
    var mean = series(points, function (p) { return p.mean; });
    var won = series(history, function (h) { return h.value; });
    // join the forecast line and its band to the last month of history
    var lastHist = -1;
    won.forEach(function (v, i) { if (v != null) { lastHist = i; } });
    if (lastHist >= 0 && points.length > 0 && mean[lastHist] == null) {
      mean[lastHist] = won[lastHist];
      if (lower[lastHist] == null && upper[lastHist] == null) { lower[lastHist] = won[lastHist]; upper[lastHist] = won[lastHist]; }
    }
    var band = months.map(function (m, i) { return lower[i] == null || upper[i] == null ? null : upper[i] - lower[i]; });
    var opt = {
      grid: { left: 90, right: 30, top: 40, bottom: 40 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: months, boundaryGap: pipeline.length > 0 },
      yAxis: { type: 'value', name: cur, axisLabel: { formatter: function (v) { return fmt.axis.format(v); } } },
      series: [
        { type: 'line', name: t('trend.low'), data: lower, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
        { type: 'line', name: t('trend.band'), data: band, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(224,138,30,0.22)' }, color: 'rgba(224,138,30,0.5)' },
        { type: 'line', name: t('trend.won'), data: won, symbolSize: 4, color: '#2f6db5' },
        { type: 'line', name: t('trend.forecast'), data: mean, lineStyle: { type: 'dashed' }, symbolSize: 4, color: '#e08a1e' }
      ]
    };
    opt.legend.data = [t('trend.won'), t('trend.forecast'), t('trend.band')];
    if (pipeline.length > 0) {
      opt.series.push({ type: 'bar', name: t('trend.pipeline'), data: series(pipeline, function (p) { return p.value; }), color: 'rgba(58,154,91,0.55)', barMaxWidth: 18 });
      opt.legend.data.push(t('trend.pipeline'));
    }
    var wrap = el('div', { 'class': 'trend' });
    s.appendChild(wrap);
    var left = el('div', { 'class': 'trend-chart' });
    wrap.appendChild(left);
    left.appendChild(el('h3', null, [t('trend.title', cur)]));
    chart(left, opt, t('trend.title', cur), 340);
    if (method) { left.appendChild(el('p', { 'class': 'intro' }, [method])); }
    if (clamped) { left.appendChild(el('p', { 'class': 'intro' }, [t('trend.band.clamped')])); }
    if (weightedTotal) {
      wrap.appendChild(el('aside', { 'class': 'tile side' }, [el('div', { 'class': 'tile-label' }, [t('weightedPipeline')]),
        el('div', { 'class': 'tile-value' }, [weightedTotal.node]), el('div', { 'class': 'tile-sub' }, [weightedTotal.note])]));
    }
    var rows = months.map(function (m) {
      function find(list) { for (var i = 0; i < list.length; i++) { if (list[i].month === m) { return list[i]; } } return null; }
      var h = find(history), p = find(points), pl = find(pipeline);
      return [m, h ? num(h.value, h.path, 'money') : '',
        p ? num(p.mean, ptr(p.path, 'mean'), 'money') : '',
        p && p.lower != null ? num(p.lower, ptr(p.path, 'lower'), 'money') : '',
        p && p.upper != null ? num(p.upper, ptr(p.path, 'upper'), 'money') : '',
        pl ? num(pl.value, pl.path, 'money') : ''];
    });
    var headers = [t('trend.month'), t('trend.won'), t('trend.forecast'), t('trend.low'), t('trend.high'), t('trend.pipeline')];
    if (pipeline.length === 0) {
      headers.pop();
      rows.forEach(function (r) { r.pop(); });
    }
    s.appendChild(table(headers, rows, t('trend.table', cur)));
  }
  function methodText(f) {
    if (f == null || !has(f, 'method')) { return null; }
    var params = has(f, 'parameters') ? Object.keys(f.parameters).map(function (k) { return k + '=' + fmt.dec2.format(f.parameters[k]); }).join(', ') : '';
    return t('trend.method', f.method, params);
  }
  function reportTrend(trend, base, report, reportBase) {
    if (trend == null || !has(trend, 'currencies')) { return; }
    var s = section('trend', t('trend'), t('trend.intro.report', has(trend, 'level') ? fmt.pct.format(trend.level) : '95 %'));
    Object.keys(trend.currencies).sort().forEach(function (cur) {
      var c = trend.currencies[cur];
      var cb = ptr(base, 'currencies', cur);
      var history = (c.history || []).map(function (h, i) { return { month: h.month, value: h.won, path: ptr(cb, 'history', i, 'won') }; });
      var points = c.forecast && Array.isArray(c.forecast.points) ? c.forecast.points.map(function (p, i) {
        return { month: p.month, mean: p.mean, lower: p.lower, upper: p.upper, path: ptr(cb, 'forecast', 'points', i) };
      }) : [];
      var weighted = null;
      var rc = report && has(report, 'currencies') ? report.currencies[cur] : null;
      if (rc && rc.weightedPipeline != null) {
        weighted = { node: money(rc.weightedPipeline, ptr(reportBase, 'currencies', cur, 'weightedPipeline'), cur),
          note: rc.weightedCount > 0 ? t('trend.weighted.note', rc.weightedCount) : t('trend.weighted.none') };
      }
      trendChart(s, cur, history, points, [], c.forecast ? methodText(c.forecast) : (c.note || t('trend.noForecast')), weighted);
    });
  }
  function demoTrend(f, base) {
    if (f == null || !has(f, 'history')) { return; }
    var cur = f.currency || '';
    var s = section('trend', t('trend'), t('trend.intro.demo', cur));
    var history = Object.keys(f.history).sort().map(function (m) { return { month: m, value: f.history[m], path: ptr(base, 'history', m) }; });
    var points = (f.forecast || []).map(function (p, i) { return { month: p.month, mean: p.mean, lower: p.lower, upper: p.upper, path: ptr(base, 'forecast', i) }; });
    var pipeline = (f.pipeline || []).map(function (p, i) { return { month: p.month, value: amountOf(p.pipeline), path: ptr(base, 'pipeline', i, 'pipeline', 'amount') }; });
    trendChart(s, cur, history, points, pipeline, methodText(f), null);
    if (has(f, 'backtest') && Array.isArray(f.backtest.byHorizon)) {
      var bt = f.backtest;
      var bb = ptr(base, 'backtest');
      s.appendChild(el('h3', null, [t('backtest', bt.method || '', bt.origins == null ? '' : bt.origins)]));
      var cols = ['mae', 'rmse', 'mape', 'smape', 'mase', 'coverage'];
      s.appendChild(table([t('backtest.step'), t('backtest.count')].concat(cols.map(function (c) { return c.toUpperCase(); })), bt.byHorizon.map(function (h, i) {
        var hb = ptr(bb, 'byHorizon', i);
        return [num(h.step, ptr(hb, 'step')), num(h.count, ptr(hb, 'count'))].concat(cols.map(function (c) {
          return h[c] === undefined ? '' : num(h[c], ptr(hb, c), 'dec2', t('undefined'));
        }));
      }), null, [0, 1, 2, 3, 4, 5, 6, 7]));
    } else if (Array.isArray(f.backtests) || has(f, 'backtest') || has(f, 'accuracy')) {
      var bt = f.backtests || f.backtest || f.accuracy;
      s.appendChild(el('pre', { 'class': 'raw', 'data-path': ptr(base, Array.isArray(f.backtests) ? 'backtests' : has(f, 'backtest') ? 'backtest' : 'accuracy') }, [JSON.stringify(bt, null, 1)]));
    }
  }

  // ---------- breakdown leaderboards ----------
  function breakdowns(list, base, titles) {
    if (!Array.isArray(list) || list.length === 0) { return; }
    var s = section('breakdowns', t('breakdowns'), t('breakdowns.intro'));
    list.forEach(function (b, bi) {
      var bb = titles ? base : ptr(base, bi);
      var dims = typeof b.by === 'string' ? b.by : Array.isArray(b.dimensions) ? b.dimensions.join(' + ') : (titles || '');
      var part = el('div', { 'class': 'breakdown', id: 'breakdown-' + bi });
      s.appendChild(part);
      part.appendChild(el('h3', null, [t('breakdown.title', dims)]));
      var groups = (b.groups || []).map(function (g, gi) { return { g: g, i: gi, label: groupLabel(g.key), r: g.report || {} }; });
      function wr(x) { return x.r.winRate && x.r.winRate.value != null ? x.r.winRate.value : null; }
      var byRate = groups.slice().sort(function (a, c) {
        var va = wr(a), vc = wr(c);
        if (va == null && vc == null) { return a.label < c.label ? -1 : 1; }
        if (va == null) { return 1; }
        if (vc == null) { return -1; }
        return vc - va || (a.label < c.label ? -1 : 1);
      });
      var shown = byRate.slice(0, 25);
      var grid = el('div', { 'class': 'pair' });
      part.appendChild(grid);
      var c1 = el('div');
      grid.appendChild(c1);
      c1.appendChild(el('h4', null, [t('breakdown.winRate')]));
      chart(c1, {
        grid: { left: 150, right: 60, top: 10, bottom: 30 },
        xAxis: { type: 'value', max: 1, axisLabel: { formatter: function (v) { return fmt.pct.format(v); } } },
        yAxis: { type: 'category', inverse: true, data: shown.map(function (x) { return wr(x) == null ? x.label + ' (—)' : x.label; }) },
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : fmt.pct.format(v); } },
        series: [{ type: 'bar', name: t('winRate'), data: shown.map(wr), label: { show: true, position: 'right', formatter: function (p) { return p.value == null ? '—' : fmt.pct.format(p.value); } } }]
      }, t('breakdown.winRate') + ' ' + dims, 50 + 22 * shown.length);
      var curs = {};
      groups.forEach(function (x) { currenciesOf(x.r).forEach(function (c) { curs[c] = true; }); });
      var curList = Object.keys(curs).sort();
      var c2 = el('div');
      grid.appendChild(c2);
      curList.forEach(function (cur, ci) {
        function won(x) { var c = x.r.currencies && x.r.currencies[cur]; return c && c.wonAmount != null ? amountOf(c.wonAmount) : 0; }
        var byWon = groups.slice().sort(function (a, c) { return won(c) - won(a) || (a.label < c.label ? -1 : 1); }).slice(0, 25);
        c2.appendChild(el('h4', null, [t('breakdown.won', cur)]));
        chart(c2, {
          grid: { left: 150, right: 90, top: 10, bottom: 30 },
          xAxis: { type: 'value', axisLabel: { formatter: function (v) { return fmt.axis.format(v); } } },
          yAxis: { type: 'category', inverse: true, data: byWon.map(function (x) { return x.label; }) },
          tooltip: { trigger: 'axis' },
          series: [{ type: 'bar', name: cur, color: COLORS[(ci + 1) % COLORS.length], data: byWon.map(won), label: { show: true, position: 'right', formatter: function (p) { return fmt.int.format(p.value); } } }]
        }, t('breakdown.won', cur) + ' ' + dims, 50 + 22 * byWon.length);
      });
      if (groups.length > shown.length) {
        part.appendChild(el('p', { 'class': 'intro' }, [t('breakdown.top', shown.length, groups.length)]));
      }
      var headers = [t('breakdown.group'), t('winRate'), t('breakdown.wonOfClosed'), t('breakdown.wonDeals'), t('breakdown.lostDeals'), t('breakdown.openDeals')];
      curList.forEach(function (cur) { headers.push(t('wonAmount', cur)); });
      var rows = byRate.map(function (x) {
        var gb = ptr(bb, 'groups', x.i, 'report');
        var r = x.r;
        var cells = [x.label, ratio(r.winRate, ptr(gb, 'winRate')),
          r.winRate ? el('span', null, [num(r.winRate.numerator, ptr(gb, 'winRate', 'numerator')), ' / ', num(r.winRate.denominator, ptr(gb, 'winRate', 'denominator'))]) : '',
          num(r.won, ptr(gb, 'won')), num(r.lost, ptr(gb, 'lost')), num(r.open, ptr(gb, 'open'))];
        curList.forEach(function (cur) {
          var c = r.currencies && r.currencies[cur];
          cells.push(c && c.wonAmount != null ? money(c.wonAmount, ptr(gb, 'currencies', cur, 'wonAmount'), cur) : '');
        });
        return cells;
      });
      part.appendChild(table(headers, rows, t('breakdown.table', dims)));
      if (has(b, 'unplaced') && b.unplaced > 0) {
        part.appendChild(el('p', { 'class': 'caveat' }, [t('breakdown.unplaced') + ' ', num(b.unplaced, ptr(bb, 'unplaced'))]));
      }
    });
  }

  // ---------- data quality ----------
  function dataQuality(dq, base) {
    if (dq == null) { return; }
    var s = section('data-quality', t('dq'));
    var issues = Array.isArray(dq.issues) ? dq.issues : [];
    s.appendChild(el('p', null, [t('dq.skipped') + ' ', num(dq.rowsSkipped, ptr(base, 'rowsSkipped')), ' · ' + t('dq.issues') + ' ' + fmt.int.format(issues.length)]));
    var groupsOfIssues = Array.isArray(dq.issueGroups) ? dq.issueGroups : null;
    if (groupsOfIssues && groupsOfIssues.length > 0) {
      s.appendChild(el('h3', null, [t('dq.byReason')]));
      var gl = groupsOfIssues.map(function (g, i) { return { g: g, i: i, label: (g.column ? g.column + ': ' : '') + g.reason }; });
      gl.sort(function (a, b) { return b.g.count - a.g.count || (a.label < b.label ? -1 : 1); });
      chart(s, {
        grid: { left: 330, right: 50, top: 10, bottom: 30 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: gl.map(function (x) { return x.label; }), axisLabel: { width: 310, overflow: 'truncate' } },
        tooltip: { trigger: 'axis' },
        series: [{ type: 'bar', name: t('dq.count'), data: gl.map(function (x) { return x.g.count; }), color: '#b8453b', label: { show: true, position: 'right' } }]
      }, t('dq.byReason'), 50 + 24 * gl.length);
      s.appendChild(table([t('dq.column'), t('dq.reason'), t('dq.count'), t('dq.examples')], gl.map(function (x) {
        var gb = ptr(base, 'issueGroups', x.i);
        return [x.g.column == null ? '' : String(x.g.column), x.g.reason == null ? '' : String(x.g.reason), num(x.g.count, ptr(gb, 'count')),
          el('span', null, (x.g.examples || []).slice(0, 5).map(function (e, k) {
            return el('span', { 'class': 'example' }, [k > 0 ? '; ' : '', t('dq.line') + ' ', num(e.line, ptr(gb, 'examples', k, 'line')), ': ', el('code', null, [e.value == null ? '' : String(e.value)])]);
          }))];
      }), null, [2]));
    } else if (issues.length > 0) {
      var byReason = {};
      issues.forEach(function (i) { byReason[i.reason] = (byReason[i.reason] || 0) + 1; });
      var reasons = Object.keys(byReason).sort(function (a, b) { return byReason[b] - byReason[a] || (a < b ? -1 : 1); });
      s.appendChild(el('h3', null, [t('dq.byReason')]));
      chart(s, {
        grid: { left: 330, right: 50, top: 10, bottom: 30 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: reasons, axisLabel: { width: 310, overflow: 'truncate' } },
        tooltip: { trigger: 'axis' },
        series: [{ type: 'bar', name: t('dq.count'), data: reasons.map(function (r) { return byReason[r]; }), color: '#b8453b', label: { show: true, position: 'right' } }]
      }, t('dq.byReason'), 50 + 24 * reasons.length);
      s.appendChild(table([t('dq.reason'), t('dq.count')], reasons.map(function (r) {
        return [r, el('span', { 'class': 'num', 'data-derived': 'count of dataQuality.issues by reason', 'data-value': String(byReason[r]), 'data-format': 'int' }, [fmt.int.format(byReason[r])])];
      })));
    }
    if (issues.length > 0) {
      var first = issues.slice(0, 20);
      s.appendChild(el('h3', null, [t('dq.first', first.length, issues.length)]));
      s.appendChild(table([t('dq.line'), t('dq.column'), t('dq.value'), t('dq.reason')], first.map(function (i, k) {
        return [num(i.line, ptr(base, 'issues', k, 'line')), i.column == null ? '' : String(i.column),
          el('code', null, [i.value == null ? '' : String(i.value)]), i.reason == null ? '' : String(i.reason)];
      }), null, [0]));
    }
    if (has(dq, 'missing') && Object.keys(dq.missing).length > 0) {
      s.appendChild(el('h3', null, [t('dq.missing')]));
      s.appendChild(table([t('dq.field'), t('dq.rowsLeftOut')], Object.keys(dq.missing).sort().map(function (k) {
        return [k, num(dq.missing[k], ptr(base, 'missing', k))];
      })));
    }
    warnings(dq.warnings, ptr(base, 'warnings'), s);
  }

  // ---------- demo extras ----------
  function refusals(p, base) {
    if (p == null || !Array.isArray(p.moves)) { return; }
    var s = section('refusals', t('moves'), t('moves.intro'));
    s.appendChild(table([t('moves.move'), t('moves.result'), t('moves.reasons')], p.moves.map(function (m) {
      return {
        attrs: { 'class': m.accepted ? 'accepted' : 'refused' },
        cells: [m.move, m.accepted ? t('moves.accepted', m.to || '') : t('moves.refused'),
          m.accepted ? (Array.isArray(m.events) ? m.events.join(', ') : '') : el('ul', { 'class': 'reasons' }, (m.reasons || []).map(function (r) { return el('li', null, [r]); }))]
      };
    }), null, 99));
    if (has(p, 'stalled') && has(p.stalled, 'byStage')) {
      var st = p.stalled;
      s.appendChild(el('p', null, [t('stalled', st.asOf || '') + ' ', num(st.stalled, ptr(base, 'stalled', 'stalled')), ' / ', num(st.open, ptr(base, 'stalled', 'open'))]));
    }
  }
  function scores(sc, base) {
    if (sc == null || !Array.isArray(sc.top) || sc.top.length === 0) { return; }
    var s = section('scores', t('scores'), t('scores.intro', sc.scorecard || ''));
    var top = sc.top;
    var groups = [];
    top.forEach(function (o) { (o.criteria || []).forEach(function (c) { if (groups.indexOf(c.group) < 0) { groups.push(c.group); } }); });
    chart(s, {
      grid: { left: 90, right: 40, top: 30, bottom: 30 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', name: t('scores.points') },
      yAxis: { type: 'category', inverse: true, data: top.map(function (o) { return o.opportunity; }) },
      series: groups.map(function (g) {
        return { type: 'bar', stack: 'score', name: g, data: top.map(function (o) {
          return (o.criteria || []).filter(function (c) { return c.group === g; }).reduce(function (a, c) { return a + Number(c.decayedPoints || 0); }, 0);
        }) };
      })
    }, t('scores'), 60 + 34 * top.length);
    s.appendChild(table([t('scores.rank'), t('scores.opportunity'), t('scores.stage'), t('scores.score'), t('scores.grade'), t('scores.winProbability'), t('scores.expectedValue')], top.map(function (o, i) {
      var ob = ptr(base, 'top', i);
      return [num(o.rank, ptr(ob, 'rank')), o.opportunity, o.stage, num(o.score, ptr(ob, 'score'), 'dec1'), o.grade || '',
        o.winProbability == null ? '—' : num(o.winProbability, ptr(ob, 'winProbability'), 'pct'),
        o.expectedValue == null ? '—' : num(o.expectedValue, ptr(ob, 'expectedValue'), 'money')];
    }), null, [0, 3, 5, 6]));
    var first = top[0];
    if (first && Array.isArray(first.criteria)) {
      s.appendChild(el('h3', null, [t('scores.breakdown', first.opportunity)]));
      s.appendChild(table([t('scores.criterion'), t('scores.group'), t('scores.matched'), t('scores.raw'), t('scores.decayed'), t('scores.detail')], first.criteria.map(function (c, i) {
        var cb = ptr(base, 'top', 0, 'criteria', i);
        return [c.id, c.group, c.matched ? '✓' : '✗', num(c.rawPoints, ptr(cb, 'rawPoints'), 'dec1'), num(c.decayedPoints, ptr(cb, 'decayedPoints'), 'dec1'), c.detail || ''];
      }), null, [3, 4]));
    }
  }
  function appraisal(a, base) {
    if (a == null || !Array.isArray(a.indicators)) { return; }
    var s = section('appraisal', t('appraisal'), t('appraisal.intro', a.rep || '', a.period || '', a.scheme || ''));
    s.appendChild(table([t('appraisal.indicator'), t('appraisal.type'), t('appraisal.actual'), t('appraisal.target'), t('appraisal.achievement'), t('appraisal.score'), t('appraisal.weight'), t('appraisal.weighted')],
      a.indicators.map(function (x, i) {
        var ib = ptr(base, 'indicators', i);
        return [x.name, x.type || '', x.actual == null ? '—' : num(x.actual, ptr(ib, 'actual'), 'dec2'), x.target == null ? '—' : num(x.target, ptr(ib, 'target'), 'dec2'),
          ratio(x.achievement, ptr(ib, 'achievement')), num(x.score, ptr(ib, 'score'), 'dec2'), num(x.weight, ptr(ib, 'weight'), 'pct'), num(x.weightedScore, ptr(ib, 'weightedScore'), 'dec2')];
      }), null, [2, 3, 4, 5, 6, 7]));
    s.appendChild(el('p', { 'class': 'total' }, [t('appraisal.total') + ' ', num(a.total, ptr(base, 'total'), 'dec2'), ' · ' + t('appraisal.band') + ' ', el('strong', null, [a.band || '—'])]));
    var c = a.commission;
    if (c && Array.isArray(c.lines)) {
      var cb = ptr(base, 'commission');
      s.appendChild(el('h3', null, [t('commission', c.plan || '')]));
      s.appendChild(el('p', null, [t('commission.credited') + ' ', money(c.credited, ptr(cb, 'credited')), ' · ' + t('commission.quota') + ' ', money(c.quota, ptr(cb, 'quota'))]));
      s.appendChild(table([t('commission.kind'), t('commission.line'), t('commission.amount')], c.lines.map(function (l, i) {
        return { attrs: l.kind === 'TOTAL' ? { 'class': 'total-row' } : null, cells: [l.kind, l.description || '', num(l.amount, ptr(cb, 'lines', i, 'amount'), 'dec2')] };
      }), null, 2));
      if (c.total) {
        s.appendChild(el('p', { 'class': 'total' }, [t('commission.total') + ' ', money(c.total, ptr(cb, 'total'))]));
      }
    }
  }

  // ---------- audit (generic: renders whatever the audit JSON holds, numbers marked) ----------
  function generic(value, path, depth) {
    if (value == null) { return el('span', { 'class': 'null' }, ['—']); }
    if (typeof value === 'number') { return num(value, path, Number.isInteger(value) ? 'int' : 'dec2'); }
    if (typeof value !== 'object') { return String(value); }
    if (Array.isArray(value)) {
      if (value.length === 0) { return '—'; }
      var objects = value.every(function (v) { return v != null && typeof v === 'object' && !Array.isArray(v); });
      if (objects && depth < 4) {
        var cols = [];
        value.forEach(function (v) { Object.keys(v).forEach(function (k) { if (cols.indexOf(k) < 0) { cols.push(k); } }); });
        return table(cols, value.slice(0, 200).map(function (v, i) {
          return cols.map(function (k) { return v[k] === undefined ? '' : generic(v[k], ptr(path, i, k), depth + 1); });
        }), null, 99);
      }
      return el('ul', null, value.slice(0, 200).map(function (v, i) { return el('li', null, [generic(v, ptr(path, i), depth + 1)]); }));
    }
    var dl = el('dl', { 'class': 'kv' });
    Object.keys(value).forEach(function (k) {
      dl.appendChild(el('dt', null, [k]));
      dl.appendChild(el('dd', null, [generic(value[k], ptr(path, k), depth + 1)]));
    });
    return dl;
  }
  function audit(d) {
    var known = ['file', 'asOf', 'rowsRead', 'columns', 'totals', 'summary', 'findings', 'notes'];
    guarded('audit-headline', function () {
      var s = section('headline', t('headline'));
      var box = el('div', { 'class': 'tiles' });
      s.appendChild(box);
      if (has(d, 'rowsRead')) { box.appendChild(tile(t('audit.rows'), num(d.rowsRead, '/rowsRead'), has(d, 'columns') ? el('span', null, [num(d.columns, '/columns'), ' ' + t('audit.columns')]) : null)); }
      if (Array.isArray(d.findings)) {
        box.appendChild(tile(t('audit.findings'), el('span', { 'class': 'num', 'data-derived': 'findings.length', 'data-value': String(d.findings.length), 'data-format': 'int' }, [fmt.int.format(d.findings.length)])));
      }
      if (has(d, 'totals')) {
        Object.keys(d.totals).sort().forEach(function (cur) { box.appendChild(tile(t('audit.total', cur), money(d.totals[cur], ptr('/totals', cur), cur))); });
      }
    });
    guarded('audit-summary', function () {
      if (!has(d, 'summary') || Object.keys(d.summary).length === 0) { return; }
      var classes = Object.keys(d.summary);
      var s = section('audit-classes', t('audit.classes'), t('audit.classes.intro'));
      chart(s, {
        grid: { left: 200, right: 60, top: 30, bottom: 30 },
        legend: { top: 0 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: classes },
        series: [{ type: 'bar', name: t('audit.findings'), data: classes.map(function (c) { return d.summary[c].findings; }), label: { show: true, position: 'right' } },
          { type: 'bar', name: t('audit.rowsTouched'), data: classes.map(function (c) { return d.summary[c].rows; }), label: { show: true, position: 'right' } }]
      }, t('audit.classes'), 60 + 40 * classes.length);
      s.appendChild(table([t('audit.class'), t('audit.findings'), t('audit.rowsTouched')], classes.map(function (c) {
        return [c, num(d.summary[c].findings, ptr('/summary', c, 'findings')), num(d.summary[c].rows, ptr('/summary', c, 'rows'))];
      })));
    });
    guarded('audit-findings', function () {
      if (!Array.isArray(d.findings)) { return; }
      var s = section('audit-findings', t('audit.findings'));
      if (d.findings.length === 0) { s.appendChild(el('p', null, [t('audit.none')])); return; }
      s.appendChild(table([t('audit.code'), t('audit.subject'), t('audit.rowsTouched'), t('audit.share'), t('audit.value'), t('audit.examples'), t('audit.fix')],
        d.findings.map(function (f, i) {
          var fb = ptr('', 'findings', i);
          var rows = f.rows || {};
          return [el('span', { title: f.definition || null }, [String(f.code || '')]),
            el('span', null, [String(f.subject || ''), f.detail ? el('div', { 'class': 'detail' }, [String(f.detail)]) : null]),
            el('span', null, [num(rows.count, ptr(fb, 'rows', 'count')), ' / ', num(rows.of, ptr(fb, 'rows', 'of'))]),
            num(rows.share, ptr(fb, 'rows', 'share'), 'pct', t('undefined.ratio', rows.of == null ? 0 : rows.of)),
            el('span', null, (f.value || []).map(function (v, j) {
              return el('div', null, [v.currency + ' ', num(v.amount, ptr(fb, 'value', j, 'amount'), 'money'), ' (', num(v.share, ptr(fb, 'value', j, 'share'), 'pct', t('undefined')), ')']);
            })),
            el('span', null, (f.examples || []).slice(0, 3).map(function (e, j) {
              var shown = e.personal ? el('span', { title: t('audit.personal') }, ['•••']) : el('code', null, [e.value == null ? '' : String(e.value)]);
              return el('div', null, [(e.file ? e.file + ':' : ''), num(e.line, ptr(fb, 'examples', j, 'line')), e.column ? ' ' + e.column + ' ' : ' ', shown, e.note ? ' — ' + e.note : '']);
            })),
            String(f.fix || '')];
        }), null, [2, 3, 4]));
    });
    guarded('audit-notes', function () {
      if (Array.isArray(d.notes) && d.notes.length > 0) {
        var s = section('audit-notes', t('audit.notes'));
        s.appendChild(el('ul', { 'class': 'notes', 'data-path': '/notes' }, d.notes.map(function (n) { return el('li', null, [String(n)]); })));
      }
    });
    Object.keys(d).filter(function (k) { return known.indexOf(k) < 0; }).forEach(function (k) {
      guarded(k, function () {
        var s = section('audit-' + k, k);
        s.appendChild(generic(d[k], ptr('', k), 0));
      });
    });
  }

  // ---------- page ----------
  guarded('header', function () {
    var sub = null;
    if (kind === 'report' && has(data, 'summary')) {
      var sm = data.summary;
      sub = el('p', { 'class': 'summary' }, [t('summary.rows') + ' ', num(sm.rowsRead, '/summary/rowsRead'), ' · ' + t('summary.used') + ' ',
        num(sm.rowsUsed, '/summary/rowsUsed'), ' · ' + t('summary.skipped') + ' ', num(sm.rowsSkipped, '/summary/rowsSkipped'),
        has(sm, 'window') ? ' · ' + t('summary.window') + ' ' + sm.window : null]);
    } else if (kind === 'demo' && has(data, 'company')) {
      var c = data.company;
      sub = el('p', { 'class': 'summary' }, [t('demo.company', c.from || '', c.asOf || '', c.seed) + ' ', num(c.opportunities, '/company/opportunities'), ' ' + t('deals') + ', ',
        num(c.users, '/company/users'), ' ' + t('demo.users') + ', ', num(c.accounts, '/company/accounts'), ' ' + t('demo.accounts')]);
    } else if (kind === 'audit') {
      sub = el('p', { 'class': 'summary' }, [has(data, 'file') ? String(data.file) : '', has(data, 'asOf') ? ' · ' + t('audit.asOf', data.asOf) : '']);
    }
    var h = el('header', null, [el('h1', null, [t('title.' + kind)]), sub]);
    app.appendChild(h);
    if (kind === 'report' && has(data, 'report') && typeof data.report.moneyPolicy === 'string') {
      h.appendChild(el('p', { 'class': 'intro' }, [t('moneyPolicy', data.report.moneyPolicy)]));
    }
    warnings(data.warnings, '/warnings', h);
    if (has(data, 'summary')) {
      warnings(data.summary.warnings, '/summary/warnings', h);
      if (Array.isArray(data.summary.notes) && data.summary.notes.length > 0) {
        h.appendChild(el('ul', { 'class': 'notes', 'data-path': '/summary/notes' }, data.summary.notes.map(function (n) { return el('li', null, [String(n)]); })));
      }
    }
  });
  if (kind === 'report') {
    var r = data.report || {};
    guarded('headline', function () { tiles(r, '/report', data.summary, '/summary', has(data, 'dataQuality')); });
    guarded('funnel', function () { funnel(r.funnel, '/report/funnel', r, '/report'); });
    guarded('trend', function () { reportTrend(data.trend, '/trend', r, '/report'); });
    guarded('breakdowns', function () { breakdowns(data.breakdowns, '/breakdowns'); });
    guarded('data-quality', function () { dataQuality(data.dataQuality, '/dataQuality'); });
  } else if (kind === 'demo') {
    var k = data.kpis || {};
    var kr = k.report || {};
    guarded('headline', function () { tiles(kr, '/kpis/report', null, null, false); });
    guarded('funnel', function () { funnel(kr.funnel, '/kpis/report/funnel', kr, '/kpis/report'); });
    guarded('trend', function () { demoTrend(data.forecast, '/forecast'); });
    guarded('breakdowns', function () { if (k.byTeam) { breakdowns([k.byTeam], '/kpis/byTeam', 'team'); } });
    guarded('refusals', function () { refusals(data.pipeline, '/pipeline'); });
    guarded('scores', function () { scores(data.scoring, '/scoring'); });
    guarded('appraisal', function () { appraisal(data.appraisal, '/appraisal'); });
  } else {
    audit(data);
  }
  if (Array.isArray(data.footer) && data.footer.length > 0) {
    app.appendChild(el('ul', { 'class': 'notes', 'data-path': '/footer' }, data.footer.map(function (n) { return el('li', null, [String(n)]); })));
  }
  app.appendChild(el('footer', null, [t('footer')]));

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize(); }); });
  document.body.setAttribute('data-charts', String(charts.length));
  document.body.setAttribute('data-render-problems', String(problems.length));
  if (problems.length > 0) {
    app.appendChild(el('pre', { id: 'render-problems' }, [problems.join('\n')]));
  }
  document.body.setAttribute('data-rendered', 'true');
})();
