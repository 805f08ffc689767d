// The case flowchart (issue 12): the business steps the server wrote into data-flowchart (Ui/Flowcharts/FlowchartJson.cs),
// laid out in layers by dagre (wwwroot/lib/dagre, global `dagre`) and drawn as SVG. Geometry goes into attributes,
// never style, so the strict CSP holds. Without script the ordered list of steps beside it is what people read; with
// script the list stays for screen readers and is hidden from view.
(function () {
    "use strict";

    var SVG = "http://www.w3.org/2000/svg";
    var CHAR = 14; // one CJK character at 13px, with a little air
    var STATE_NAMES = { current: "当前环节", visited: "已经过", notreached: "未到达" };

    function el(name, attrs, parent) {
        var node = document.createElementNS(SVG, name);
        Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
        if (parent) {
            parent.appendChild(node);
        }
        return node;
    }

    function text(parent, x, y, value, cls) {
        var t = el("text", { x: x, y: y, "text-anchor": "middle", "class": cls || "" }, parent);
        t.textContent = value;
        return t;
    }

    function clip(value, chars) {
        return value.length > chars ? value.slice(0, chars - 1) + "…" : value;
    }

    function nodeSize(step) {
        var lines = [step.name];
        if (step.holder) {
            lines.push("办理：" + step.holder);
        }
        if (step.due) {
            lines.push(step.due.text);
        }
        var widest = lines.reduce(function (m, l) { return Math.max(m, Math.min(l.length, 16)); }, 4);
        return { width: widest * CHAR + 28, height: 22 + lines.length * 18 };
    }

    function layout(graph) {
        var g = new dagre.graphlib.Graph({ multigraph: true });
        g.setGraph({ rankdir: "TB", nodesep: 36, ranksep: 56, edgesep: 16, marginx: 16, marginy: 16 });
        g.setDefaultEdgeLabel(function () { return {}; });
        graph.steps.forEach(function (s) { g.setNode(s.id, nodeSize(s)); });
        graph.links.forEach(function (l, i) {
            var label = clip(l.label || "", 12);
            g.setEdge(l.source, l.target, { width: label.length * 12, height: label ? 16 : 0, labelpos: "c" }, "e" + i);
        });
        dagre.layout(g);
        return g;
    }

    function drawEdges(svg, graph, g) {
        var edges = el("g", { "class": "edges" }, svg);
        graph.links.forEach(function (l, i) {
            var e = g.edge({ v: l.source, w: l.target, name: "e" + i });
            var d = e.points.map(function (p, j) { return (j === 0 ? "M" : "L") + p.x.toFixed(1) + "," + p.y.toFixed(1); }).join(" ");
            var path = el("path", {
                d: d, "class": "edge" + (l.taken ? " taken" : ""), "marker-end": l.taken ? "url(#flow-arrow-taken)" : "url(#flow-arrow)",
                "data-source": l.source, "data-target": l.target,
            }, edges);
            var title = el("title", {}, path);
            title.textContent = (l.label || "完成") + (l.folded.length ? "（" + l.folded.join("、") + "）" : "");
            if (l.label) {
                var label = clip(l.label, 12);
                el("rect", { x: e.x - label.length * 6 - 3, y: e.y - 10, width: label.length * 12 + 6, height: 18, rx: 3, "class": "edge-label-bg" }, edges);
                text(edges, e.x, e.y + 4, label, "edge-label" + (l.taken ? " taken" : ""));
            }
        });
    }

    function drawNodes(svg, graph, g) {
        var nodes = el("g", { "class": "nodes" }, svg);
        graph.steps.forEach(function (s) {
            var n = g.node(s.id);
            var x = n.x - n.width / 2;
            var y = n.y - n.height / 2;
            var group = el("g", { "class": "node " + s.state, "data-activity": s.id, "data-state": s.state, "data-x": Math.round(n.x), "data-y": Math.round(n.y) }, nodes);
            var title = el("title", {}, group);
            title.textContent = s.name + "（" + s.kind + "，" + STATE_NAMES[s.state] + "）" + (s.holder ? "办理人：" + s.holder : "");
            el("rect", { x: x, y: y, width: n.width, height: n.height, rx: 6 }, group);
            var line = y + 24;
            text(group, n.x, line, clip(s.name, 16), "step-name");
            if (s.holder) {
                line += 18;
                text(group, n.x, line, clip("办理：" + s.holder, 16), "step-holder");
            }
            if (s.due) {
                line += 18;
                text(group, n.x, line, s.due.text, "step-due " + s.due.css);
            }
        });
    }

    function markers(svg) {
        var defs = el("defs", {}, svg);
        [["flow-arrow", "arrowhead"], ["flow-arrow-taken", "arrowhead taken"]].forEach(function (m) {
            var marker = el("marker", { id: m[0], viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" }, defs);
            el("path", { d: "M0,0 L10,5 L0,10 z", "class": m[1] }, marker);
        });
    }

    function render(holder) {
        var graph = JSON.parse(holder.getAttribute("data-flowchart"));
        var g = layout(graph);
        var size = g.graph();
        var width = Math.ceil(size.width);
        var height = Math.ceil(size.height);
        var current = graph.steps.filter(function (s) { return s.state === "current"; }).map(function (s) { return s.name; });
        var svg = el("svg", {
            id: "case-flowchart", viewBox: "0 0 " + width + " " + height, width: width, height: height, role: "img",
            "aria-label": "案件流程图" + (current.length ? "，当前环节：" + current.join("、") : "") + "；各环节见下方列表",
        }, holder);
        markers(svg);
        drawEdges(svg, graph, g);
        drawNodes(svg, graph, g);
        holder.hidden = false;
        var list = document.getElementById("case-flowchart-steps");
        if (list) {
            list.classList.add("visually-hidden");
        }
    }

    function start() {
        var holder = document.getElementById("case-flowchart-diagram");
        if (!holder || typeof dagre === "undefined") {
            return;
        }
        render(holder);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
