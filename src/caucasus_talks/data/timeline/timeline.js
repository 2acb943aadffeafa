(function () {
  "use strict";

  // Every text from the data reaches the page through textContent or an SVG
  // attribute value, never through HTML parsing.
  var SVGNS = "http://www.w3.org/2000/svg";
  var DAY_MS = 86400000;
  var AXIS_H = 40;
  var LANE_H = 22;
  var BAR_H = 14;
  var MAX_LABEL_LANES = 14;
  var MAX_LANES = 40;
  var MAX_PX_PER_DAY = 240;
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  var FORMAT = { in_person: "in person", phone: "phone call", video: "video call" };
  var ROLE_ORDER = { mediator: 0, host: 1, party: 2, attendee: 3 };
  var PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#6a3d9a", "#8c564b", "#7f7f7f", "#bcbd22"];

  var data = JSON.parse(document.getElementById("ct-data").textContent);
  var people = data.participants;
  var byId = {};

  // -- small helpers ----------------------------------------------------

  function h(tag, attrs, text) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function s(tag, attrs, text) {
    var node = document.createElementNS(SVGNS, tag);
    setAttrs(node, attrs);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function setAttrs(node, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (key) {
      if (attrs[key] !== null && attrs[key] !== undefined) node.setAttribute(key, String(attrs[key]));
    });
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function clamp(value, low, high) {
    return Math.max(low, Math.min(high, value));
  }

  function safeUrl(url) {
    // Only web links become links: never javascript:, data: or anything else.
    if (typeof url !== "string") return null;
    try {
      var parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function nameOf(id) {
    var p = people[id];
    return p ? p.name : id;
  }

  function truncate(text, size) {
    return text.length > size ? text.slice(0, size - 1) + "\u2026" : text;
  }

  function shortName(id) {
    var p = people[id];
    if (!p) return id;
    if (p.kind !== "person") return truncate(p.name, 28);
    var parts = p.name.split(/\s+/);
    return parts[parts.length - 1];
  }

  function dayNumber(iso) {
    return Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);
  }

  function dateOf(day) {
    return new Date(day * DAY_MS);
  }

  function dayText(day) {
    var d = dateOf(day);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()].slice(0, 3) + " " + d.getUTCFullYear();
  }

  function partialText(iso) {
    if (!iso) return "undated";
    var year = iso.slice(0, 4);
    if (iso.length === 4) return year;
    var month = MONTHS[+iso.slice(5, 7) - 1];
    if (iso.length === 7) return month + " " + year;
    return +iso.slice(8, 10) + " " + month + " " + year;
  }

  function placeText(place) {
    if (!place) return "unknown";
    return [place.venue, place.city, place.country].filter(Boolean).join(", ") || "unknown";
  }

  function participantsLabel(m) {
    var mediators = [];
    var others = [];
    m.participants.forEach(function (a) {
      (m.mediators.indexOf(a.id) >= 0 ? mediators : others).push(shortName(a.id));
    });
    var text = others.join(" \u2013 ");
    if (mediators.length) text += (text ? " " : "") + "(mediator: " + mediators.join(", ") + ")";
    return text || m.title || m.id;
  }

  // -- the meetings -------------------------------------------------------

  var items = data.meetings.map(function (m) {
    byId[m.id] = m;
    var label = participantsLabel(m);
    return {
      m: m,
      start: m.first_day ? dayNumber(m.first_day) : null,
      end: m.last_day ? dayNumber(m.last_day) : null,
      label: label,
      labelWidth: label.length * 6.2 + 6,
      node: null,
    };
  });
  var dated = items.filter(function (i) { return i.start !== null; });
  var undated = items.filter(function (i) { return i.start === null; });

  var frame = document.getElementById("timeline-frame");
  var svg = document.getElementById("timeline");
  var details = document.getElementById("details");
  var axisLayer = s("g", { class: "axis" });
  var markLayer = s("g", { class: "marks" });
  svg.appendChild(axisLayer);
  svg.appendChild(markLayer);

  var domain = null;
  if (dated.length) {
    var lo = Infinity;
    var hi = -Infinity;
    dated.forEach(function (i) {
      lo = Math.min(lo, i.start);
      hi = Math.max(hi, i.end);
    });
    var pad = Math.max(3, Math.round((hi - lo) * 0.03));
    domain = [lo - pad, hi + 1 + pad];
  }
  var view = { x0: domain ? domain[0] : 0, ppd: 1 };
  var selectedId = null;
  var filterId = null;
  var moved = false;

  function width() {
    return Math.max(320, frame.clientWidth);
  }

  function fitPpd() {
    return domain ? width() / (domain[1] - domain[0]) : 1;
  }

  function minPpd() {
    return Math.min(fitPpd(), width() / 730);
  }

  function fit() {
    if (!domain) return;
    view.ppd = fitPpd();
    view.x0 = domain[0];
    render();
  }

  function zoomAt(factor, px) {
    var day = view.x0 + px / view.ppd;
    view.ppd = clamp(view.ppd * factor, minPpd(), MAX_PX_PER_DAY);
    view.x0 = day - px / view.ppd;
    schedule();
  }

  function showSpan(days) {
    var w = width();
    var center = view.x0 + w / 2 / view.ppd;
    if (selectedId && byId[selectedId].first_day) center = dayNumber(byId[selectedId].first_day);
    view.ppd = clamp(w / days, minPpd(), MAX_PX_PER_DAY);
    view.x0 = center - w / 2 / view.ppd;
    render();
  }

  function makeMeetingNode(item) {
    var m = item.m;
    var classes = ["meeting", "fmt-" + m.format, "prec-" + m.precision, "st-" + m.status];
    if (m.mediators.length) classes.push("mediated");
    var g = s("g", {
      class: classes.join(" "),
      "data-meeting-id": m.id,
      tabindex: 0,
      role: "button",
      "aria-label": partialText(m.date) + ": " + (m.title || item.label),
    });
    g.appendChild(s("title", null, tooltip(m, item.label)));
    g.appendChild(s("rect", { height: BAR_H, rx: 3, ry: 3 }));
    g.appendChild(s("text", { y: BAR_H - 3 }, item.label));
    g.addEventListener("click", function () {
      if (!moved) select(m.id);
    });
    g.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select(m.id);
      }
    });
    return g;
  }

  function tooltip(m, label) {
    var when = partialText(m.date) + (m.end_date ? " \u2013 " + partialText(m.end_date) : "");
    var head = [when, placeText(m.place), FORMAT[m.format] || m.format, m.status].join(" \u00b7 ");
    return head + "\n" + (m.title ? m.title + "\n" : "") + label;
  }

  dated.forEach(function (item) {
    item.node = makeMeetingNode(item);
    markLayer.appendChild(item.node);
  });

  function assignLanes(list, withLabels, limit) {
    var lanes = [];
    list.forEach(function (it) {
      var extent = it.w;
      it.inside = withLabels && it.w >= it.item.labelWidth + 12;
      if (withLabels && !it.inside) extent = it.w + 4 + it.item.labelWidth;
      var lane = -1;
      for (var k = 0; k < lanes.length; k++) {
        if (lanes[k] <= it.x) {
          lane = k;
          break;
        }
      }
      if (lane < 0 && lanes.length < limit) {
        lane = lanes.length;
        lanes.push(0);
      }
      if (lane < 0) {
        lane = 0;
        for (var j = 1; j < lanes.length; j++) if (lanes[j] < lanes[lane]) lane = j;
      }
      it.lane = lane;
      lanes[lane] = it.x + extent + 4;
    });
    return lanes.length;
  }

  function render() {
    pending = false;
    var w = width();
    if (!domain) {
      clear(axisLayer);
      svg.setAttribute("viewBox", "0 0 " + w + " 60");
      svg.setAttribute("height", 60);
      axisLayer.appendChild(s("text", { x: 12, y: 34, class: "empty-note" }, dated.length || undated.length ? "No meeting of this corpus is dated." : "This corpus has no meetings."));
      return;
    }
    var placed = dated.map(function (item) {
      var x = (item.start - view.x0) * view.ppd;
      var barW = Math.max(8, (item.end + 1 - item.start) * view.ppd);
      return { item: item, x: x, w: barW, lane: 0, inside: false };
    });
    placed.sort(function (a, b) { return a.x - b.x || b.w - a.w; });
    var labels = true;
    var laneCount = assignLanes(placed, true, Infinity);
    if (laneCount > MAX_LABEL_LANES) {
      labels = false;
      laneCount = assignLanes(placed, false, MAX_LANES);
    }
    var laneH = labels ? LANE_H : BAR_H + 3;
    var height = AXIS_H + Math.max(1, laneCount) * laneH + 8;
    svg.setAttribute("viewBox", "0 0 " + w + " " + height);
    svg.setAttribute("height", height);
    drawAxis(w, height);
    placed.forEach(function (it) {
      var g = it.item.node;
      var rect = g.childNodes[1];
      var text = g.childNodes[2];
      var y = AXIS_H + it.lane * laneH;
      // Keep huge bars (a year at day zoom) inside a sane range of pixels.
      var x0 = clamp(it.x, -w, 2 * w);
      var x1 = clamp(it.x + it.w, -w, 2 * w);
      rect.setAttribute("x", x0.toFixed(1));
      rect.setAttribute("y", y);
      rect.setAttribute("width", Math.max(8, x1 - x0).toFixed(1));
      if (labels) {
        var tx = it.inside ? Math.max(it.x, 0) + 5 : it.x + it.w + 4;
        text.setAttribute("x", tx.toFixed(1));
        text.setAttribute("y", y + BAR_H - 3);
        text.removeAttribute("display");
      } else {
        text.setAttribute("display", "none");
      }
    });
    var last = view.x0 + w / view.ppd;
    document.getElementById("scale-label").textContent = dayText(Math.floor(view.x0)) + " \u2013 " + dayText(Math.floor(last));
  }

  var pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(render);
  }

  function tickSpecs(w) {
    var first = Math.floor(view.x0);
    var last = Math.ceil(view.x0 + w / view.ppd);
    var a = dateOf(first);
    var b = dateOf(last);
    var out = [];
    var pxMonth = view.ppd * 30.44;
    if (pxMonth < 30) {
      var pxYear = view.ppd * 365.25;
      var step = [1, 2, 5, 10, 20, 50, 100].find(function (n) { return n * pxYear >= 64; }) || 100;
      for (var y = Math.floor(a.getUTCFullYear() / step) * step; y <= b.getUTCFullYear(); y += step) {
        out.push({ day: Math.round(Date.UTC(y, 0, 1) / DAY_MS), label: String(y), major: true });
      }
    } else if (view.ppd < 16) {
      var mstep = [1, 2, 3, 6].find(function (n) { return n * pxMonth >= 58; }) || 12;
      for (var t = a.getUTCFullYear() * 12 + a.getUTCMonth(); t <= b.getUTCFullYear() * 12 + b.getUTCMonth(); t++) {
        var month = t % 12;
        if (month % mstep !== 0) continue;
        var year = Math.floor(t / 12);
        out.push({
          day: Math.round(Date.UTC(year, month, 1) / DAY_MS),
          label: month === 0 ? "Jan " + year : MONTHS[month].slice(0, 3),
          major: month === 0,
        });
      }
    } else {
      var dstep = [1, 2, 7].find(function (n) { return n * view.ppd >= 40; }) || 7;
      for (var day = first; day <= last; day++) {
        var d = dateOf(day);
        var dom = d.getUTCDate();
        if (dom === 1) {
          out.push({ day: day, label: dom + " " + MONTHS[d.getUTCMonth()].slice(0, 3) + " " + d.getUTCFullYear(), major: true });
        } else if ((dom - 1) % dstep === 0 && dom < 29) {
          out.push({ day: day, label: String(dom), major: false });
        }
      }
    }
    return out;
  }

  function drawAxis(w, height) {
    clear(axisLayer);
    axisLayer.appendChild(s("line", { class: "axis-line", x1: 0, x2: w, y1: AXIS_H - 6, y2: AXIS_H - 6 }));
    tickSpecs(w).forEach(function (tick) {
      var x = (tick.day - view.x0) * view.ppd;
      if (x < -200 || x > w + 10) return;
      var g = s("g", { class: tick.major ? "tick major" : "tick" });
      g.appendChild(s("line", { x1: x, x2: x, y1: AXIS_H - 12, y2: height }));
      g.appendChild(s("text", { x: x + 3, y: AXIS_H - 16 }, tick.label));
      axisLayer.appendChild(g);
    });
  }

  // -- undated meetings ---------------------------------------------------

  var undatedBox = document.getElementById("undated");
  if (undated.length) {
    undatedBox.appendChild(h("h3", null, "Undated meetings (" + undated.length + ")"));
    undated.forEach(function (item) {
      var m = item.m;
      var button = h("button", { type: "button", class: "undated-meeting fmt-" + m.format, "data-meeting-id": m.id, title: tooltip(m, item.label) }, m.title || item.label);
      button.addEventListener("click", function () { select(m.id); });
      item.node = button;
      undatedBox.appendChild(button);
    });
  }

  // -- selection and details ----------------------------------------------

  function select(id) {
    selectedId = id;
    items.forEach(function (item) {
      item.node.classList.toggle("selected", item.m.id === id);
    });
    showDetails(byId[id]);
    try {
      window.history.replaceState(null, "", "#" + encodeURIComponent(id));
    } catch (e) {
      // A page opened from some locations may refuse history changes; the selection still shows.
    }
  }

  function row(dl, term, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(h("dt", null, term));
    dl.appendChild(h("dd", null, value));
  }

  function dateDescription(m) {
    if (!m.date) return "undated";
    var text = partialText(m.date) + (m.end_date ? " \u2013 " + partialText(m.end_date) : "");
    var basis = { stated: "stated in the source", context: "completed from the document's context", inferred: "inferred" }[m.basis] || m.basis;
    text += " (known to the " + m.precision + "; " + basis + (m.reason ? ": " + m.reason : "") + ")";
    return text;
  }

  function sourceList(spans) {
    var list = h("ol", { class: "sources" });
    spans.forEach(function (span) {
      var doc = data.documents[span.document] || {};
      var li = h("li");
      var name = doc.title || span.document;
      var url = safeUrl(doc.url);
      if (url) {
        li.appendChild(h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, name));
      } else {
        li.appendChild(h("strong", null, name));
      }
      var meta = [doc.outlet, doc.published ? partialText(doc.published) : null].filter(Boolean).join(", ");
      if (meta) li.appendChild(h("span", { class: "muted" }, " \u2014 " + meta));
      li.appendChild(h("blockquote", null, span.quote));
      li.appendChild(h("div", { class: "span-where" }, "document " + span.document + ", characters " + span.start + "\u2013" + span.end));
      list.appendChild(li);
    });
    return list;
  }

  function showDetails(m) {
    clear(details);
    details.setAttribute("data-shown-meeting", m.id);
    details.appendChild(h("h2", { class: "meeting-title" }, m.title || participantsLabel(m)));
    var dl = h("dl");
    row(dl, "Date", dateDescription(m));
    row(dl, "Place", placeText(m.place));
    row(dl, "Format", FORMAT[m.format] || m.format);
    row(dl, "Status", m.status);
    row(dl, "Topics", m.topics.join(", "));
    row(dl, "Basis", m.basis_reason);
    row(dl, "Record", m.id + " (" + m.review + ")");
    details.appendChild(dl);

    details.appendChild(h("h3", null, "Participants (" + m.participants.length + ")"));
    var ul = h("ul", { class: "participants" });
    m.participants
      .slice()
      .sort(function (a, b) { return ROLE_ORDER[a.role] - ROLE_ORDER[b.role]; })
      .forEach(function (a) {
        var li = h("li");
        li.appendChild(h("span", { class: "name" }, nameOf(a.id)));
        li.appendChild(h("span", { class: "role " + a.role }, a.role));
        var p = people[a.id];
        var extra = [p && p.country, a.by_office ? "named only by office" : null].filter(Boolean).join("; ");
        if (extra) li.appendChild(h("span", { class: "muted" }, " " + extra));
        ul.appendChild(li);
      });
    details.appendChild(ul);

    if (m.statements.length) {
      details.appendChild(h("h3", null, "Statements made there (" + m.statements.length + ")"));
      m.statements.forEach(function (sid) {
        var st = data.statements[sid];
        if (!st) return;
        var fig = h("figure", { class: "statement" });
        fig.appendChild(h("blockquote", null, st.text));
        var who = st.speakers.map(nameOf).join(", ");
        fig.appendChild(h("figcaption", null, "\u2014 " + who + " (" + st.channel.replace(/_/g, " ") + ", " + partialText(st.date) + ")"));
        details.appendChild(fig);
      });
    }

    details.appendChild(h("h3", null, "Sources (" + m.sources.length + ")"));
    if (m.sources.length) details.appendChild(sourceList(m.sources));
    else details.appendChild(h("p", { class: "muted" }, "No quoted span; see the basis above."));
  }

  // -- who met whom -------------------------------------------------------

  var netSvg = document.getElementById("network");
  var nodeById = {};
  var edges = [];

  function drawNetwork() {
    var degree = {};
    data.pairs.forEach(function (p) {
      degree[p.a] = (degree[p.a] || 0) + p.count;
      degree[p.b] = (degree[p.b] || 0) + p.count;
    });
    var ids = Object.keys(degree).sort(function (a, b) {
      var ca = (people[a] && people[a].country) || "\uffff";
      var cb = (people[b] && people[b].country) || "\uffff";
      return ca < cb ? -1 : ca > cb ? 1 : nameOf(a) < nameOf(b) ? -1 : 1;
    });
    if (!ids.length) {
      netSvg.setAttribute("viewBox", "0 0 600 60");
      netSvg.appendChild(s("text", { x: 12, y: 34, class: "empty-note" }, "No two participants met in this corpus."));
      return;
    }
    var n = ids.length;
    var size = clamp(380 + n * 7, 420, 1000);
    var radius = size / 2 - 120;
    var center = size / 2;
    netSvg.setAttribute("viewBox", "0 0 " + size + " " + size);
    netSvg.style.maxWidth = size + "px";
    var colours = {};
    var pos = {};
    ids.forEach(function (id, k) {
      var angle = (2 * Math.PI * k) / n - Math.PI / 2;
      pos[id] = { x: center + radius * Math.cos(angle), y: center + radius * Math.sin(angle), angle: angle };
      var country = (people[id] && people[id].country) || "";
      if (!(country in colours)) colours[country] = PALETTE[Object.keys(colours).length % PALETTE.length];
    });
    var edgeLayer = s("g", { class: "edges" });
    var nodeLayer = s("g", { class: "nodes" });
    netSvg.appendChild(edgeLayer);
    netSvg.appendChild(nodeLayer);
    data.pairs.forEach(function (p) {
      var line = s("line", {
        class: "edge",
        x1: pos[p.a].x.toFixed(1),
        y1: pos[p.a].y.toFixed(1),
        x2: pos[p.b].x.toFixed(1),
        y2: pos[p.b].y.toFixed(1),
        "stroke-width": (1 + Math.log2(p.count)).toFixed(2),
      });
      var span = p.first ? (p.first === p.last ? ", " + partialText(p.first) : ", " + partialText(p.first) + " \u2013 " + partialText(p.last)) : "";
      line.appendChild(s("title", null, nameOf(p.a) + " \u2013 " + nameOf(p.b) + ": " + p.count + (p.count === 1 ? " meeting" : " meetings") + span));
      edges.push({ a: p.a, b: p.b, node: line });
      edgeLayer.appendChild(line);
    });
    var ranked = ids.slice().sort(function (a, b) { return degree[b] - degree[a]; });
    var labelled = {};
    ranked.slice(0, 60).forEach(function (id) { labelled[id] = true; });
    ids.forEach(function (id) {
      var p = pos[id];
      var r = 4 + Math.min(9, Math.sqrt(degree[id]) * 1.4);
      var g = s("g", { class: "node", "data-participant-id": id, tabindex: 0, role: "button" });
      g.appendChild(s("title", null, nameOf(id) + ((people[id] && people[id].country) ? " (" + people[id].country + ")" : "") + ": " + degree[id] + " meeting participations with others"));
      g.appendChild(s("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1), fill: colours[(people[id] && people[id].country) || ""] }));
      if (labelled[id]) {
        var right = Math.cos(p.angle) >= 0;
        var dx = (r + 5) * Math.cos(p.angle);
        var dy = (r + 5) * Math.sin(p.angle);
        g.appendChild(s("text", { x: (p.x + dx).toFixed(1), y: (p.y + dy + 4).toFixed(1), "text-anchor": right ? "start" : "end" }, n > 40 ? shortName(id) : truncate(nameOf(id), 26)));
      }
      g.addEventListener("click", function () { toggleFilter(id); });
      g.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          toggleFilter(id);
        }
      });
      nodeById[id] = g;
      nodeLayer.appendChild(g);
    });
  }

  function toggleFilter(id) {
    filterId = filterId === id ? null : id;
    var label = document.getElementById("filter-label");
    clear(label);
    items.forEach(function (item) {
      var hit = !filterId || item.m.participants.some(function (a) { return a.id === filterId; });
      item.node.classList.toggle("dim", !hit);
    });
    Object.keys(nodeById).forEach(function (key) {
      nodeById[key].classList.toggle("active", key === filterId);
    });
    edges.forEach(function (e) {
      e.node.classList.toggle("hit", !!filterId && (e.a === filterId || e.b === filterId));
    });
    if (filterId) {
      label.appendChild(h("span", null, "Showing the meetings of " + nameOf(filterId) + " "));
      var button = h("button", { type: "button", class: "clear-filter" }, "show all");
      button.addEventListener("click", function () { toggleFilter(filterId); });
      label.appendChild(button);
    }
  }

  // -- legend, summary, controls ------------------------------------------

  function legend() {
    var box = document.getElementById("legend");
    var entries = [
      ["fmt-in_person", "in person"],
      ["fmt-phone", "phone call"],
      ["fmt-video", "video call"],
      ["fmt-in_person mediated", "with a mediator (dark outline)"],
      ["fmt-in_person prec-month", "date known only to the month or year (faint bar over the period)"],
      ["fmt-in_person st-planned", "planned"],
      ["fmt-in_person st-proposed", "proposed or rumoured"],
      ["st-cancelled", "cancelled"],
    ];
    entries.forEach(function (entry) {
      var span = h("span");
      var icon = s("svg", { width: 18, height: 12, "aria-hidden": "true" });
      icon.appendChild(s("rect", { x: 1, y: 1, width: 16, height: 10, rx: 2, class: "swatch " + entry[0], "stroke-width": 1.5 }));
      span.appendChild(icon);
      span.appendChild(document.createTextNode(entry[1]));
      box.appendChild(span);
    });
  }

  function summary() {
    var statements = Object.keys(data.statements).length;
    var text = data.meetings.length + " meetings" + (undated.length ? " (" + undated.length + " undated)" : "") + ", " + Object.keys(people).length + " participants, " + statements + " statements made at meetings \u00b7 caucasus-talks " + data.version + " \u00b7 scroll or use the buttons to zoom, drag to pan";
    document.getElementById("summary").textContent = text;
  }

  function controls() {
    document.getElementById("zoom-in").addEventListener("click", function () { zoomAt(2, width() / 2); });
    document.getElementById("zoom-out").addEventListener("click", function () { zoomAt(0.5, width() / 2); });
    document.getElementById("zoom-fit").addEventListener("click", fit);
    document.getElementById("zoom-year").addEventListener("click", function () { showSpan(366); });
    document.getElementById("zoom-month").addEventListener("click", function () { showSpan(31); });
    document.getElementById("zoom-week").addEventListener("click", function () { showSpan(7); });
    frame.addEventListener(
      "wheel",
      function (event) {
        if (!domain) return;
        event.preventDefault();
        var rect = frame.getBoundingClientRect();
        if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
          view.x0 += event.deltaX / view.ppd;
          schedule();
        } else {
          zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - rect.left);
        }
      },
      { passive: false }
    );
    var dragFrom = null;
    frame.addEventListener("pointerdown", function (event) {
      dragFrom = { x: event.clientX, x0: view.x0 };
      moved = false;
    });
    window.addEventListener("pointermove", function (event) {
      if (!dragFrom) return;
      var dx = event.clientX - dragFrom.x;
      if (Math.abs(dx) > 3) moved = true;
      if (moved) {
        view.x0 = dragFrom.x0 - dx / view.ppd;
        schedule();
      }
    });
    window.addEventListener("pointerup", function () {
      dragFrom = null;
      window.setTimeout(function () { moved = false; }, 0);
    });
    frame.setAttribute("tabindex", "0");
    frame.addEventListener("keydown", function (event) {
      if (event.target !== frame) return;
      var step = width() / 8 / view.ppd;
      if (event.key === "ArrowLeft") view.x0 -= step;
      else if (event.key === "ArrowRight") view.x0 += step;
      else if (event.key === "+" || event.key === "=") return zoomAt(2, width() / 2);
      else if (event.key === "-") return zoomAt(0.5, width() / 2);
      else return;
      event.preventDefault();
      schedule();
    });
    window.addEventListener("resize", schedule);
  }

  legend();
  summary();
  controls();
  drawNetwork();
  fit();
  if (!domain) render();
  var wanted = decodeURIComponent(window.location.hash.slice(1));
  if (wanted && byId[wanted]) select(wanted);
})();
