(function () {
  "use strict";
  // All article text reaches the DOM through textContent / createTextNode only.
  performance.mark("kg:start");
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg:parsed");
  var nodeInfo = DATA.nodeInfo, edgeInfo = DATA.edgeInfo, docs = DATA.documents;
  var N = DATA.nodes.length, M = DATA.edges.length;
  var MAX_EVIDENCE = 200;
  var LABEL_PX = 12, HUB_PX = 15;           // on-screen label sizes (CSS px)
  var PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                 "#b07aa1", "#ff9da7", "#9c755f", "#1f77b4", "#8c564b", "#17becf"];
  var outEdges = [], inEdges = [];
  for (var k = 0; k < N; k++) { outEdges.push([]); inEdges.push([]); }
  DATA.edges.forEach(function (e) { outEdges[e.from].push(e.id); inEdges[e.to].push(e.id); });
  var byIri = {};
  nodeInfo.forEach(function (info, i) { byIri[info.iri] = i; });
  var docByIri = {};
  docs.forEach(function (d, i) { docByIri[d.iri || d.source] = i; });
  // nodes by degree, hubs first: the order labels are given in
  var byDegree = nodeInfo.map(function (_, i) { return i; })
    .sort(function (a, b) { return nodeInfo[b].degree - nodeInfo[a].degree || a - b; });

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) { if (arguments[i]) { parent.appendChild(arguments[i]); } }
    return parent;
  }
  function button(text, onClick, id) {
    var b = el("button", null, text); b.type = "button";
    if (id) { b.id = id; }
    b.addEventListener("click", onClick);
    return b;
  }
  function fold(s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function edgeName(j) {
    var e = DATA.edges[j];
    return nodeInfo[e.from].name + " — " + edgeInfo[j].predicate + " → " + nodeInfo[e.to].name;
  }

  // ---- tooltips: DOM elements (vis-network accepts an HTMLElement as title) ----
  function nodeTip(i) {
    var info = nodeInfo[i], tip = el("div", "kg-tip");
    add(tip, el("strong", null, info.name), el("div", "kg-muted", info.type));
    if (info.aliases.length) { add(tip, el("div", "kg-muted", "also: " + info.aliases.slice(0, 5).join("; "))); }
    add(tip, el("div", "kg-muted", outEdges[i].length + " out, " + inEdges[i].length + " in"));
    return tip;
  }
  function edgeTip(j) {
    var info = edgeInfo[j], tip = el("div", "kg-tip");
    add(tip, el("strong", null, edgeName(j)));
    if (info.date) { add(tip, el("div", "kg-muted", info.date)); }
    info.evidence.slice(0, 3).forEach(function (ev) {
      add(tip, add(el("div", "kg-tip-ev"), el("div", null, ev.sentence || ev.text), el("div", "kg-muted", docName(ev.doc))));
    });
    if (info.evidence.length > 3) { add(tip, el("div", "kg-muted", "+" + (info.evidence.length - 3) + " more")); }
    return tip;
  }
  function docName(d) {
    var doc = docs[d];
    return doc ? (doc.title || doc.source || doc.iri) : "";
  }

  // ---- state: filters, focus, selection (mirrored in the URL fragment) ----
  var state = {
    typeOff: {}, predOff: {}, lo: 0, hi: Math.max(0, DATA.dates.length - 1), undated: true,
    docs: {}, isolated: false, focus: null, colour: "type", path: null
  };
  var edgeOn = new Uint8Array(M), nodeOn = new Uint8Array(N), visDeg = new Int32Array(N);

  function timeOk(date) {
    if (!DATA.dates.length) { return true; }
    if (!date) { return state.undated; }
    return date >= DATA.dates[state.lo] && date <= DATA.dates[state.hi];
  }
  function docsActive() { for (var d in state.docs) { if (state.docs[d]) { return true; } } return false; }
  function baseEdgeOk(j) {
    var e = DATA.edges[j], info = edgeInfo[j];
    if (state.predOff[info.predicate]) { return false; }
    if (state.typeOff[DATA.nodes[e.from].group] || state.typeOff[DATA.nodes[e.to].group]) { return false; }
    if (!timeOk(info.date)) { return false; }
    if (docsActive() && !info.docs.some(function (d) { return state.docs[d]; })) { return false; }
    return true;
  }
  // A filter hides what it orphans: a node stays only while one of its relations does
  // (unconnected entities have their own toggle; the focus roots always stay).
  function recompute() {
    visDeg.fill(0);
    var focus = state.focus;
    for (var j = 0; j < M; j++) {
      var e = DATA.edges[j];
      var on = baseEdgeOk(j) && (!focus || (focus.has(e.from) && focus.has(e.to)));
      edgeOn[j] = on ? 1 : 0;
      if (on) { visDeg[e.from]++; visDeg[e.to]++; }
    }
    for (var i = 0; i < N; i++) {
      var ok = !state.typeOff[DATA.nodes[i].group];
      if (focus) { ok = ok && focus.has(i) && (visDeg[i] > 0 || focusRoots.has(i)); }
      else if (nodeInfo[i].degree === 0) { ok = ok && state.isolated && !docsActive(); }
      else { ok = ok && visDeg[i] > 0; }
      nodeOn[i] = ok ? 1 : 0;
    }
  }
  var focusRoots = new Set();

  // nodes start without labels (the level-of-detail pass gives them); DATA.nodes keeps the text
  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    return { id: n.id, group: n.group, size: n.size, x: n.x, y: n.y };
  }));
  var edges = new vis.DataSet(DATA.edges);
  performance.mark("kg:datasets");
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return nodeOn[n.id] === 1; } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return edgeOn[e.id] === 1; } });
  recompute();

  var status = document.getElementById("kg-status");
  function refresh() {
    recompute();
    nodeView.refresh(); edgeView.refresh();
    var shownNodes = 0, shownEdges = 0;
    for (var i = 0; i < N; i++) { shownNodes += nodeOn[i]; }
    for (var j = 0; j < M; j++) { shownEdges += edgeOn[j]; }
    status.textContent = (shownNodes < N || shownEdges < M)
      ? "showing " + shownNodes + " entities, " + shownEdges + " relations" : "";
    updateStrip();
    scheduleLabels();
    saveState();
  }

  // ---- filter controls ----
  function checkbox(parent, text, count, swatch, checked, onChange) {
    var box = el("input"); box.type = "checkbox"; box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); refresh(); });
    add(parent, add(el("label"), box, swatch, el("span", null, text), el("span", "kg-count", "(" + count + ")")));
    return box;
  }
  var typeBoxes = {}, predBoxes = {}, docBoxes = [];
  DATA.legend.forEach(function (t) {
    if (!t.count) { return; }
    var sw = el("span", "kg-swatch " + t.shape); sw.style.background = t.color;
    typeBoxes[t.key] = checkbox(document.getElementById("kg-types"), t.name, t.count, sw, true,
      function (on) { state.typeOff[t.key] = !on; });
  });
  var predCounts = {};
  edgeInfo.forEach(function (info) { predCounts[info.predicate] = (predCounts[info.predicate] || 0) + 1; });
  DATA.predicates.forEach(function (p) {
    predBoxes[p] = checkbox(document.getElementById("kg-preds"), p, predCounts[p], null, true,
      function (on) { state.predOff[p] = !on; });
  });
  var isolatedCount = nodeInfo.filter(function (info) { return info.degree === 0; }).length;
  var isoBox = document.getElementById("kg-iso");
  if (isolatedCount) {
    document.getElementById("kg-iso-box").hidden = false;
    document.getElementById("kg-iso-text").textContent = "entities without relations (" + isolatedCount + ")";
    isoBox.addEventListener("change", function () { state.isolated = isoBox.checked; refresh(); });
  }

  // timeline: one bar per dated day (or month when there are many), two sliders
  var lo = document.getElementById("kg-lo"), hi = document.getElementById("kg-hi");
  var strip = document.getElementById("kg-strip"), rangeText = document.getElementById("kg-range");
  var undatedBox = document.getElementById("kg-undated");
  var bars = [];
  if (DATA.dates.length) {
    document.getElementById("kg-time").hidden = false;
    lo.max = hi.max = String(DATA.dates.length - 1);
    var counts = {};
    edgeInfo.forEach(function (info) { if (info.date) { counts[info.date] = (counts[info.date] || 0) + 1; } });
    var most = Math.max.apply(null, DATA.dates.map(function (d) { return counts[d]; }));
    DATA.dates.forEach(function (d) {
      var bar = el("div"); bar.title = d + ": " + counts[d];
      bar.style.height = Math.max(6, Math.round(100 * counts[d] / most)) + "%";
      strip.appendChild(bar); bars.push(bar);
    });
    var onSlide = function () {
      var a = Number(lo.value), b = Number(hi.value);
      state.lo = Math.min(a, b); state.hi = Math.max(a, b); state.undated = undatedBox.checked;
      refresh();
    };
    [lo, hi, undatedBox].forEach(function (input) { input.addEventListener("input", onSlide); input.addEventListener("change", onSlide); });
  }
  function updateStrip() {
    if (!DATA.dates.length) { return; }
    lo.value = String(state.lo); hi.value = String(state.hi); undatedBox.checked = state.undated;
    bars.forEach(function (bar, i) { bar.className = (i < state.lo || i > state.hi) ? "kg-off" : ""; });
    rangeText.textContent = DATA.dates[state.lo] + " – " + DATA.dates[state.hi];
  }

  // documents list: title, date, source; ticking some shows only their relations
  var docEdges = docs.map(function () { return 0; });
  edgeInfo.forEach(function (info) { info.docs.forEach(function (d) { docEdges[d]++; }); });
  if (docs.length) {
    document.getElementById("kg-docs").hidden = false;
    var list = document.getElementById("kg-docs-list");
    var order = docs.map(function (_, i) { return i; }).sort(function (a, b) {
      return (docs[b].date || "").localeCompare(docs[a].date || "") || docName(a).localeCompare(docName(b));
    });
    order.forEach(function (d) {
      var doc = docs[d], box = el("input"); box.type = "checkbox"; box.value = String(d);
      box.addEventListener("change", function () { state.docs[d] = box.checked; refresh(); });
      var text = add(el("span"), el("div", "kg-doc-title", docName(d)),
        el("div", "kg-muted", [doc.date || "undated", doc.title ? doc.source : "", docEdges[d] + " relations"].filter(Boolean).join(" · ")));
      add(list, add(el("label"), box, text));
      docBoxes[d] = box;
    });
  }

  // ---- network ----
  var network = new vis.Network(document.getElementById("kg-network"), { nodes: nodeView, edges: edgeView }, DATA.options);
  performance.mark("kg:network");
  var container = document.getElementById("kg-network");

  // ---- labels by level of detail: hubs first, a constant legible size, no overlaps ----
  var labelled = new Map();  // node id -> world font size currently set
  var labelTimer = null;
  function scheduleLabels() { clearTimeout(labelTimer); labelTimer = setTimeout(updateLabels, 60); }
  function updateLabels() {
    var scale = network.getScale(), w = container.clientWidth, h = container.clientHeight;
    if (!w || !h || !scale) { return; }
    var ids = nodeView.getIds(), pos = network.getPositions(ids);
    var budget = Math.max(15, Math.round(w * h / 9000));
    var must = new Set(network.getSelectedNodes());
    focusRoots.forEach(function (i) { must.add(i); });
    var placed = [], want = new Map();
    function tryPlace(i, force) {
      var p = pos[i];
      if (!p) { return; }
      var s = network.canvasToDOM(p);
      var px = nodeInfo[i].degree >= 4 ? HUB_PX : LABEL_PX;
      var half = DATA.nodes[i].label.length * px * 0.31 + 2;
      var top = s.y + DATA.nodes[i].size * scale;
      var box = [s.x - half - 3, top, s.x + half + 3, top + px * 1.4 + 6];
      if (box[2] < 0 || box[0] > w || box[3] < 0 || box[1] > h) { return; }
      if (!force) {
        for (var b = 0; b < placed.length; b++) {
          var o = placed[b];
          if (box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]) { return; }
        }
      }
      placed.push(box); want.set(i, px / scale);
    }
    must.forEach(function (i) { if (nodeOn[i]) { tryPlace(i, true); } });
    for (var r = 0; r < byDegree.length && want.size < budget; r++) {
      var i = byDegree[r];
      if (nodeOn[i] && !want.has(i)) { tryPlace(i, false); }
    }
    var updates = [];
    labelled.forEach(function (size, i) { if (!want.has(i)) { updates.push({ id: i, label: "" }); } });
    want.forEach(function (size, i) {
      var old = labelled.get(i);
      if (old === undefined || Math.abs(old - size) / size > 0.02) {
        updates.push({ id: i, label: DATA.nodes[i].label, font: { size: size } });
      }
    });
    labelled = want;
    if (updates.length) { nodes.update(updates); }
  }
  network.on("zoom", scheduleLabels);
  network.on("dragEnd", scheduleLabels);
  network.on("resize", scheduleLabels);
  network.on("animationFinished", scheduleLabels);

  network.once("afterDrawing", function () {
    window.__kgFirstDraw = performance.now();
  });
  // Tooltips are built on first hover: 30,000 elements up front cost ~0.5 s at 10k nodes.
  var tipNodes = new Set(), tipEdges = new Set();
  network.on("hoverNode", function (p) {
    if (!tipNodes.has(p.node)) { tipNodes.add(p.node); nodes.update({ id: p.node, title: nodeTip(p.node) }); }
  });
  network.on("hoverEdge", function (p) {
    if (!tipEdges.has(p.edge)) { tipEdges.add(p.edge); edges.update({ id: p.edge, title: edgeTip(p.edge) }); }
  });

  // ---- colouring: entity type (vis groups) or community (computed in Python) ----
  var colourSelect = document.getElementById("kg-colour");
  var colourShown = "type";
  function applyColour() {
    colourSelect.value = state.colour;
    if (state.colour === colourShown) { return; }  // 5,000 node updates cost seconds
    colourShown = state.colour;
    nodes.update(DATA.nodes.map(function (n) {
      if (state.colour !== "community") { return { id: n.id, color: null }; }
      var c = nodeInfo[n.id].community;
      var col = c < 0 ? "#bbbbbb" : PALETTE[c % PALETTE.length];
      return { id: n.id, color: { background: col, border: "#444444" } };
    }));
  }
  colourSelect.addEventListener("change", function () { state.colour = colourSelect.value; applyColour(); saveState(); });

  // ---- side panel (an overlay: the canvas keeps its size) ----
  var panel = document.getElementById("kg-panel");
  var selected = null;  // {kind: "node"|"edge", id}
  // centre an entity in the part of the canvas the panel leaves uncovered
  function centreOn(i, scale) {
    var covered = panel.hidden ? 0 : panel.offsetWidth + 8;
    network.focus(i, { scale: scale, offset: { x: -covered / 2, y: 0 }, animation: false });
  }
  function focusNode(i) {
    network.selectNodes([i]);
    showNode(i);
    if (nodeOn[i]) { centreOn(i, Math.max(network.getScale(), 1.0)); }
    scheduleLabels();
  }
  function nodeLink(i) {
    var b = el("button", "kg-link", nodeInfo[i].name); b.type = "button";
    b.addEventListener("click", function () { focusNode(i); });
    return b;
  }
  function sentenceWithAnchor(ev) {
    // the anchor (the evidence span) marked inside its sentence
    var box = el("div", "kg-sentence"), sentence = ev.sentence || ev.text, anchor = ev.text;
    var at = anchor ? sentence.indexOf(anchor) : -1;
    if (at < 0) { box.textContent = sentence; return box; }
    add(box, document.createTextNode(sentence.slice(0, at)), el("mark", "kg-anchor", anchor),
        document.createTextNode(sentence.slice(at + anchor.length)));
    return box;
  }
  function sourceLink(text) {
    try {
      var url = new URL(text);
      if (DATA.linkSchemes.indexOf(url.protocol) >= 0) {
        var a = el("a", null, text); a.href = url.href; a.target = "_blank"; a.rel = "noopener noreferrer";
        return a;
      }
    } catch (err) { /* not a URL: a file name */ }
    return el("span", null, text);
  }
  function evidenceBlock(ev) {
    var box = el("div", "kg-ev"), doc = docs[ev.doc] || {};
    add(box, sentenceWithAnchor(ev));
    var where = add(el("div", "kg-meta"));
    if (doc.title) { add(where, el("span", "kg-doc-title", doc.title), document.createTextNode(" · ")); }
    add(where, document.createTextNode((doc.date || "undated") + " · "), sourceLink(doc.source || ev.source));
    var how = [];
    if (ev.rule) { how.push("rule: " + ev.rule); }
    if (ev.confidence !== null && ev.confidence !== undefined) { how.push("confidence: " + ev.confidence); }
    add(box, where, el("div", "kg-meta", how.join(" · ")));
    return box;
  }
  function openPanel(kind, id) {
    panel.textContent = "";
    panel.setAttribute("data-kind", kind);
    selected = { kind: kind, id: id };
    add(panel, button("×", function () { panel.hidden = true; selected = null; network.unselectAll(); saveState(); }));
    panel.lastChild.className = "kg-close"; panel.lastChild.title = "close";
    panel.hidden = false;
    window.__kgPanelAt = performance.now();
  }
  function section(title) { return add(panel, el("div", "kg-sec", title)); }
  function relations(title, ids, outgoing) {
    if (!ids.length) { return; }
    section(title + " (" + ids.length + ")");
    var list = add(panel, el("ul", "kg-list"));
    ids.forEach(function (j) {
      var e = DATA.edges[j], info = edgeInfo[j], li = el("li");
      add(li, el("span", null, (outgoing ? "" : "← ") + info.predicate + (outgoing ? " → " : " · ")),
          nodeLink(outgoing ? e.to : e.from), info.date ? el("span", "kg-muted", " " + info.date) : null);
      list.appendChild(li);
    });
  }
  function showNode(i) {
    var info = nodeInfo[i];
    openPanel("node", i);
    add(panel, el("div", "kg-name", info.name), el("div", "kg-muted", info.type + " · " + info.degree + " relations"), el("code", null, info.iri));
    add(panel, add(el("div", "kg-actions"),
      button("show neighbourhood", function () { setFocus([i], false); }, "kg-act-focus"),
      state.focus ? button("expand here", function () { expand(i); }, "kg-act-expand") : null,
      button("path from here", function () { pathFrom.value = info.name; }),
      button("path to here", function () { pathTo.value = info.name; })));
    if (info.aliases.length) {
      section("Aliases");
      var al = add(panel, el("ul", "kg-list"));
      info.aliases.forEach(function (a) { al.appendChild(el("li", null, a)); });
    }
    if (info.identifiers.length) {
      section("Identifiers");
      var ids = add(panel, el("ul", "kg-list"));
      info.identifiers.forEach(function (kv) { ids.appendChild(el("li", null, kv[0] + ": " + kv[1])); });
    }
    relations("Relations out", outEdges[i], true);
    relations("Relations in", inEdges[i], false);
    var shown = 0, total = 0;
    section("Evidence, by relation");
    outEdges[i].concat(inEdges[i]).forEach(function (j) {
      var evs = edgeInfo[j].evidence;
      if (!evs.length) { return; }
      if (shown < MAX_EVIDENCE) { add(panel, el("div", "kg-ev-edge", edgeName(j) + (edgeInfo[j].date ? " (" + edgeInfo[j].date + ")" : ""))); }
      evs.forEach(function (ev) {
        total++;
        if (shown < MAX_EVIDENCE) { add(panel, evidenceBlock(ev)); shown++; }
      });
    });
    if (!total) { add(panel, el("div", "kg-muted", "no evidence")); }
    if (total > shown) { add(panel, el("div", "kg-muted", (total - shown) + " more not shown")); }
    if (info.documents.length) {
      section("Documents");
      var dl = add(panel, el("ul", "kg-list"));
      info.documents.forEach(function (d) { dl.appendChild(el("li", null, d)); });
    }
    saveState();
  }
  function showEdge(j) {
    var e = DATA.edges[j], info = edgeInfo[j];
    openPanel("edge", j);
    add(panel, add(el("div", "kg-name"), nodeLink(e.from), el("span", null, " " + info.predicate + " "), nodeLink(e.to)));
    if (info.title) { add(panel, el("div", null, "title: " + info.title)); }
    if (info.date) { add(panel, el("div", null, "date: " + info.date)); }
    if (info.confidence !== null) { add(panel, el("div", "kg-muted", "confidence: " + info.confidence)); }
    if (info.predicateIri) { add(panel, el("code", null, info.predicateIri)); }
    section("Evidence (" + info.evidence.length + ")");
    info.evidence.forEach(function (ev) { add(panel, evidenceBlock(ev)); });
    saveState();
  }
  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[params.nodes.length - 1]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
    scheduleLabels();
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length) { expand(params.nodes[0]); }
  });

  // ---- neighbourhood: focus on some entities, expand one step at a time ----
  var focusBar = document.getElementById("kg-focusbar"), focusText = document.getElementById("kg-focus-text");
  function neighbours(i) {
    var out = [];
    outEdges[i].forEach(function (j) { if (baseEdgeOk(j)) { out.push(DATA.edges[j].to); } });
    inEdges[i].forEach(function (j) { if (baseEdgeOk(j)) { out.push(DATA.edges[j].from); } });
    return out;
  }
  function setFocus(roots, exact) {
    if (!roots) { state.focus = null; focusRoots = new Set(); }
    else {
      focusRoots = new Set(roots);
      state.focus = new Set(roots);
      if (!exact) { roots.forEach(function (i) { neighbours(i).forEach(function (n) { state.focus.add(n); }); }); }
    }
    focusBar.hidden = !state.focus;
    if (state.focus) { focusText.textContent = "neighbourhood of " + focusRoots.size + " entit" + (focusRoots.size === 1 ? "y" : "ies") + ", " + state.focus.size + " shown"; }
    refresh();
    if (state.focus) { fitVisible(); }
  }
  // expand grows the focus set by one entity's neighbours (double-click, or the panel button)
  function expand(i) {
    if (!state.focus) { setFocus([i], false); showNode(i); return; }
    focusRoots.add(i); state.focus.add(i);
    neighbours(i).forEach(function (n) { state.focus.add(n); });
    focusText.textContent = "neighbourhood of " + focusRoots.size + " entities, " + state.focus.size + " shown";
    refresh(); fitVisible(); showNode(i);
  }
  document.getElementById("kg-focus-clear").addEventListener("click", function () {
    state.path = null; setFocus(null); document.getElementById("kg-path-result").textContent = ""; network.fit(); scheduleLabels();
  });
  function fitVisible() {
    var ids = nodeView.getIds();
    if (ids.length) { network.fit({ nodes: ids, animation: false }); }
    scheduleLabels();
  }

  // ---- shortest path (undirected, over the relations the filters keep) ----
  var pathFrom = document.getElementById("kg-path-from"), pathTo = document.getElementById("kg-path-to");
  var pathResult = document.getElementById("kg-path-result");
  function shortestPath(a, b) {
    var prev = new Int32Array(N).fill(-2), via = new Int32Array(N).fill(-1), queue = [a];
    prev[a] = -1;
    for (var q = 0; q < queue.length && prev[b] === -2; q++) {
      var u = queue[q];
      var step = function (j, v) { if (prev[v] === -2 && baseEdgeOk(j)) { prev[v] = u; via[v] = j; queue.push(v); } };
      outEdges[u].forEach(function (j) { step(j, DATA.edges[j].to); });
      inEdges[u].forEach(function (j) { step(j, DATA.edges[j].from); });
    }
    if (prev[b] === -2) { return null; }
    var nodesOnPath = [b], edgesOnPath = [];
    for (var x = b; prev[x] !== -1; x = prev[x]) { edgesOnPath.unshift(via[x]); nodesOnPath.unshift(prev[x]); }
    return { nodes: nodesOnPath, edges: edgesOnPath };
  }
  function showPath(a, b) {
    pathResult.textContent = "";
    if (a === undefined || b === undefined) { pathResult.textContent = "type two names or aliases"; return null; }
    var path = shortestPath(a, b);
    if (!path) { pathResult.textContent = "no path between them with the current filters"; return null; }
    state.path = [a, b];
    setFocus(path.nodes, true);
    network.setSelection({ nodes: path.nodes, edges: path.edges }, { highlightEdges: false });
    pathResult.textContent = (path.edges.length) + " step" + (path.edges.length === 1 ? "" : "s") + ":";
    var list = add(pathResult, el("ol", "kg-list"));
    path.edges.forEach(function (j) {
      var li = el("li"), b2 = el("button", "kg-link", edgeName(j)); b2.type = "button";
      b2.addEventListener("click", function () { showEdge(j); });
      list.appendChild(add(li, b2));
    });
    saveState();
    return path;
  }
  function resolveName(text) {
    var q = fold(text.trim());
    if (!q) { return undefined; }
    for (var i = 0; i < N; i++) { if (fold(nodeInfo[i].name) === q) { return i; } }
    for (var m = 0; m < N; m++) {
      if (nodeInfo[m].aliases.some(function (a) { return fold(a) === q; })) { return m; }
    }
    var hits = searchHits(q, 1);
    return hits.length ? hits[0].i : undefined;
  }
  document.getElementById("kg-path-go").addEventListener("click", function () {
    showPath(resolveName(pathFrom.value), resolveName(pathTo.value));
  });

  // ---- search by name or any alias (skos:altLabel) ----
  var keys = nodeInfo.map(function (info) { return [info.name].concat(info.aliases).map(fold); });
  var search = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  function searchHits(q, limit) {
    var hits = [];
    for (var i = 0; i < N && hits.length < limit; i++) {
      for (var a = 0; a < keys[i].length; a++) {
        if (keys[i][a].indexOf(q) !== -1) { hits.push({ i: i, alias: a ? nodeInfo[i].aliases[a - 1] : null }); break; }
      }
    }
    return hits;
  }
  var timer = null;
  function runSearch() {
    var q = fold(search.value.trim());
    results.textContent = "";
    if (!q) { return []; }
    var hits = searchHits(q, 20);
    hits.forEach(function (h) {
      results.appendChild(add(el("li"), nodeLink(h.i), h.alias ? el("span", "kg-muted", " (as “" + h.alias + "”)") : null));
    });
    if (!hits.length) { results.appendChild(el("li", "kg-muted", "no match")); }
    return hits;
  }
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(runSearch, 120); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var hits = runSearch(); if (hits.length) { focusNode(hits[0].i); } }
  });

  // ---- shareable state in the URL fragment ----
  var restoring = false;
  function iris(set) { return Array.from(set).map(function (i) { return nodeInfo[i].iri; }); }
  function saveState() {
    if (restoring) { return; }
    var p = new URLSearchParams();
    if (selected && selected.kind === "node") { p.set("entity", nodeInfo[selected.id].iri); }
    if (selected && selected.kind === "edge") { p.set("edge", String(selected.id)); }
    var off = Object.keys(state.typeOff).filter(function (t) { return state.typeOff[t]; });
    if (off.length) { p.set("hideTypes", off.join(",")); }
    var poff = Object.keys(state.predOff).filter(function (t) { return state.predOff[t]; });
    if (poff.length) { p.set("hideRelations", poff.join(",")); }
    if (DATA.dates.length) {
      if (state.lo > 0) { p.set("from", DATA.dates[state.lo]); }
      if (state.hi < DATA.dates.length - 1) { p.set("to", DATA.dates[state.hi]); }
      if (!state.undated) { p.set("undated", "0"); }
    }
    var ds = Object.keys(state.docs).filter(function (d) { return state.docs[d]; });
    ds.forEach(function (d) { p.append("doc", docs[d].iri || docs[d].source); });
    if (state.isolated) { p.set("unconnected", "1"); }
    if (state.colour !== "type") { p.set("colour", state.colour); }
    if (state.path) { p.set("path", iris(state.path).join(" ")); }
    else if (state.focus) {
      p.set("focus", iris(focusRoots).join(" "));
      var extra = Array.from(state.focus).filter(function (i) { return !focusRoots.has(i); });
      if (extra.length) { p.set("with", iris(extra).join(" ")); }
    }
    var view = network.getViewPosition();
    p.set("zoom", network.getScale().toFixed(3));
    p.set("at", Math.round(view.x) + "," + Math.round(view.y));
    history.replaceState(null, "", "#" + p.toString());
  }
  network.on("dragEnd", saveState);
  var saveTimer = null;
  network.on("zoom", function () { clearTimeout(saveTimer); saveTimer = setTimeout(saveState, 200); });
  function nodeByIri(text) {
    var iri = String(text || "").trim().replace(/^<|>$/g, "");
    return Object.prototype.hasOwnProperty.call(byIri, iri) ? byIri[iri] : undefined;
  }
  function restoreState() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ""));
    restoring = true;
    state.typeOff = {}; state.predOff = {}; state.docs = {};
    (p.get("hideTypes") || "").split(",").forEach(function (t) { if (typeBoxes[t]) { state.typeOff[t] = true; } });
    (p.get("hideRelations") || "").split(",").forEach(function (t) { if (predBoxes[t]) { state.predOff[t] = true; } });
    Object.keys(typeBoxes).forEach(function (t) { typeBoxes[t].checked = !state.typeOff[t]; });
    Object.keys(predBoxes).forEach(function (t) { predBoxes[t].checked = !state.predOff[t]; });
    if (DATA.dates.length) {
      var from = p.get("from"), to = p.get("to");
      state.lo = 0; state.hi = DATA.dates.length - 1;
      if (from) { while (state.lo < DATA.dates.length - 1 && DATA.dates[state.lo] < from) { state.lo++; } }
      if (to) { while (state.hi > 0 && DATA.dates[state.hi] > to) { state.hi--; } }
      state.undated = p.get("undated") !== "0";
    }
    p.getAll("doc").forEach(function (key) { if (docByIri[key] !== undefined) { state.docs[docByIri[key]] = true; } });
    docBoxes.forEach(function (box, d) { if (box) { box.checked = !!state.docs[d]; } });
    state.isolated = p.get("unconnected") === "1"; isoBox.checked = state.isolated;
    state.colour = p.get("colour") === "community" ? "community" : "type";
    applyColour();
    state.path = null; state.focus = null; focusRoots = new Set();
    var path = (p.get("path") || "").split(" ").map(nodeByIri);
    var focus = (p.get("focus") || "").split(" ").map(nodeByIri).filter(function (i) { return i !== undefined; });
    var entity = nodeByIri(p.get("entity"));
    if (path.length === 2 && path[0] !== undefined && path[1] !== undefined) {
      pathFrom.value = nodeInfo[path[0]].name; pathTo.value = nodeInfo[path[1]].name;
      showPath(path[0], path[1]);
    } else if (focus.length) {
      setFocus(focus, false);
      (p.get("with") || "").split(" ").map(nodeByIri).forEach(function (i) { if (i !== undefined) { state.focus.add(i); } });
      refresh();
    } else {
      setFocus(null);
    }
    var zoom = Number(p.get("zoom")), at = (p.get("at") || "").split(",").map(Number);
    if (zoom > 0 && at.length === 2 && isFinite(at[0]) && isFinite(at[1])) {
      network.moveTo({ position: { x: at[0], y: at[1] }, scale: zoom, animation: false });
    } else {
      fitVisible();
    }
    if (entity !== undefined) {
      network.selectNodes([entity]); showNode(entity);
      if (!(zoom > 0) && nodeOn[entity]) { centreOn(entity, Math.max(network.getScale(), 0.75)); }
    }
    else if (p.get("edge") !== null && edgeInfo[Number(p.get("edge"))]) { showEdge(Number(p.get("edge"))); }
    else { panel.hidden = true; selected = null; }
    restoring = false;
    scheduleLabels();
  }
  window.addEventListener("hashchange", restoreState);

  // ---- export: CSV of the selection, PNG of the canvas, SVG of what is shown ----
  function safeCell(value) {
    // the kg.graph.csvsafe.safe_cell rule: a cell that a spreadsheet would run as a formula
    // gets a leading apostrophe; numbers stay numbers
    var text = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) { text = "'" + text; }
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function selectionIds() {
    var chosen = network.getSelectedNodes();
    if (!chosen.length) { chosen = nodeView.getIds(); }
    return chosen;
  }
  function exportCsv() {
    var chosen = new Set(selectionIds());
    var rows = [["kind", "iri", "label", "type", "subject", "predicate", "object", "date", "confidence", "evidence", "sources"]];
    chosen.forEach(function (i) {
      var info = nodeInfo[i];
      rows.push(["entity", info.iri, info.name, info.type, "", "", "", "", "", "", ""]);
    });
    for (var j = 0; j < M; j++) {
      var e = DATA.edges[j], info = edgeInfo[j];
      if (!edgeOn[j] || !chosen.has(e.from) || !chosen.has(e.to)) { continue; }
      rows.push(["relation", "", nodeInfo[e.from].name + " " + info.predicate + " " + nodeInfo[e.to].name, "",
        nodeInfo[e.from].iri, info.predicateIri || info.predicate, nodeInfo[e.to].iri, info.date,
        info.confidence === null ? "" : info.confidence, info.evidence.length,
        info.docs.map(function (d) { return docs[d].source || docs[d].iri; }).join(" ")]);
    }
    return rows.map(function (r) { return r.map(safeCell).join(","); }).join("\r\n") + "\r\n";
  }
  function download(name, blob) {
    var a = el("a"); a.download = name; a.href = URL.createObjectURL(blob);
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }
  function exportPng() {
    var src = container.querySelector("canvas"), out = document.createElement("canvas");
    out.width = src.width; out.height = src.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height); ctx.drawImage(src, 0, 0);
    return out.toDataURL("image/png");
  }
  function exportSvg() {
    var NS = DATA.svgNs, w = container.clientWidth, h = container.clientHeight;
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("xmlns", NS); svg.setAttribute("width", w); svg.setAttribute("height", h);
    svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    function node(tag, attrs, text) {
      var n = document.createElementNS(NS, tag);
      Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
      if (text !== undefined) { n.textContent = text; }
      return svg.appendChild(n);
    }
    node("rect", { x: 0, y: 0, width: w, height: h, fill: "#ffffff" });
    var ids = nodeView.getIds(), pos = network.getPositions(ids), scale = network.getScale();
    var colours = {};
    DATA.legend.forEach(function (t) { colours[t.key] = t.color; });
    edgeView.getIds().forEach(function (j) {
      var e = DATA.edges[j], a = network.canvasToDOM(pos[e.from]), b = network.canvasToDOM(pos[e.to]);
      node("line", { x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1), stroke: "#a0aab4", "stroke-width": 1 });
    });
    ids.forEach(function (i) {
      var s = network.canvasToDOM(pos[i]), c = nodeInfo[i].community;
      var fill = state.colour === "community" ? (c < 0 ? "#bbbbbb" : PALETTE[c % PALETTE.length]) : colours[DATA.nodes[i].group];
      node("circle", { cx: s.x.toFixed(1), cy: s.y.toFixed(1), r: Math.max(2, DATA.nodes[i].size * scale).toFixed(1), fill: fill, stroke: "#444444" });
      if (labelled.has(i)) {
        node("text", { x: s.x.toFixed(1), y: (s.y + DATA.nodes[i].size * scale + 13).toFixed(1), "text-anchor": "middle", "font-size": 12, "font-family": "sans-serif" }, nodeInfo[i].name);
      }
    });
    return new XMLSerializer().serializeToString(svg);
  }
  document.getElementById("kg-csv").addEventListener("click", function () {
    download("kg-selection.csv", new Blob([exportCsv()], { type: "text/csv;charset=utf-8" }));
  });
  document.getElementById("kg-png").addEventListener("click", function () {
    var url = exportPng(), bin = atob(url.split(",")[1]), bytes = new Uint8Array(bin.length);
    for (var b = 0; b < bin.length; b++) { bytes[b] = bin.charCodeAt(b); }
    download("kg-view.png", new Blob([bytes], { type: "image/png" }));
  });
  document.getElementById("kg-svg").addEventListener("click", function () {
    download("kg-view.svg", new Blob([exportSvg()], { type: "image/svg+xml" }));
  });
  document.getElementById("kg-fit").addEventListener("click", fitVisible);

  // ---- start: settle small graphs, then restore the URL's state (or fit what is shown) ----
  function start() {
    performance.mark("kg:restore");
    restoreState();
    performance.mark("kg:ready");
    document.documentElement.setAttribute("data-kg-ready", "1");
  }
  if (DATA.options.physics && DATA.options.physics.enabled) {
    status.textContent = "arranging…";
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      status.textContent = "";
      start();
    });
  } else {
    start();
  }

  window.kgView = {
    network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
    showNode: showNode, showEdge: showEdge, refresh: refresh, expand: expand,
    shortestPath: shortestPath, exportCsv: exportCsv, exportSvg: exportSvg, exportPng: exportPng,
    labelled: function () { return Array.from(labelled.keys()); }, updateLabels: updateLabels,
    state: state
  };
})();
