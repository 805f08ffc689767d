// The SVG canvas: nodes with their ports, the connections, and the pointer work on them (move a node, drag from an
// out port to another node to connect, click to select). No inline style: the CSP forbids it, so every colour is a
// class in admin.css and every position an SVG attribute.
import { position, setPosition } from "./model.js";

const SVG = "http://www.w3.org/2000/svg";
const W = 160;
const H = 52;

/** The size of a node box, for the auto-layout (layout.js). */
export const NODE_SIZE = { width: W, height: H };

function el(name, attrs, parent) {
    const e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach((k) => e.setAttribute(k, attrs[k]));
    if (parent) {
        parent.appendChild(e);
    }
    return e;
}

function clear(layer) {
    while (layer.firstChild) {
        layer.removeChild(layer.firstChild);
    }
}

export class Canvas {
    /** view: {selected, problems, path}, shared with the panel; select(what) changes the selection. */
    constructor(svg, model, catalog, view, select) {
        this.svg = svg;
        this.model = model;
        this.catalog = catalog;
        this.view = view;
        this.select = select;
        this.edgeLayer = svg.querySelector(".edges");
        this.nodeLayer = svg.querySelector(".nodes");
        this.rubber = svg.querySelector(".rubber");
        this.drag = null;
        svg.addEventListener("pointerdown", (e) => this.pointerDown(e));
        svg.addEventListener("pointermove", (e) => this.pointerMove(e));
        svg.addEventListener("pointerup", (e) => this.pointerUp(e));
        // A double click on a nested flowchart opens it (the panel's 打开子流程 does the same from the keyboard). The
        // node is found under the pointer, because every click redraws the nodes.
        svg.addEventListener("dblclick", (e) => {
            const under = document.elementFromPoint(e.clientX, e.clientY);
            const node = under && under.closest ? under.closest(".node") : null;
            if (node && this.open) {
                this.open(node.getAttribute("data-activity"));
            }
        });
    }

    portPoint(a, port) {
        const p = position(a);
        if (port === "In") {
            return { x: p.x + W / 2, y: p.y };
        }
        const outs = this.catalog.ports(a);
        const i = Math.max(0, outs.indexOf(port));
        return { x: p.x + (W * (i + 1)) / (outs.length + 1), y: p.y + H };
    }

    draw() {
        clear(this.edgeLayer);
        clear(this.nodeLayer);
        const size = { x: 800, y: 600 };
        this.model.connections.forEach((c, index) => this.drawEdge(c, index));
        this.model.activities.forEach((a) => this.drawNode(a, size));
        this.svg.setAttribute("width", String(size.x + 24));
        this.svg.setAttribute("height", String(size.y + 24));
    }

    drawEdge(c, index) {
        const s = this.model.find(c.source.activity);
        const t = this.model.find(c.target.activity);
        if (!s || !t) {
            return;
        }
        const a = this.portPoint(s, c.source.port);
        const b = this.portPoint(t, "In");
        const mid = (a.y + b.y) / 2;
        const d = b.y > a.y + 10
            ? "M" + a.x + "," + a.y + " C" + a.x + "," + mid + " " + b.x + "," + mid + " " + b.x + "," + b.y
            : "M" + a.x + "," + a.y + " C" + a.x + "," + (a.y + 60) + " " + b.x + "," + (b.y - 60) + " " + b.x + "," + b.y;
        const selected = this.view.selected;
        const path = el("path", {
            d: d, "class": "edge" + (selected && selected.edge === index ? " selected" : ""),
            "data-edge": String(index), "data-from": c.source.activity + ":" + c.source.port, "data-to": c.target.activity,
            "marker-end": "url(#designer-arrow)"
        }, this.edgeLayer);
        el("title", {}, path).textContent = this.catalog.portLabel(c.source.port);
    }

    drawNode(a, size) {
        const p = position(a);
        const problems = this.view.problems[a.id];
        const selected = this.view.selected;
        size.x = Math.max(size.x, p.x + W + 40);
        size.y = Math.max(size.y, p.y + H + 60);
        let cls = "node kind-" + a.type.replace(".", "-");
        if (problems) {
            cls += " invalid";
        }
        if (this.view.path[a.id]) {
            cls += " on-path";
        }
        if (selected && selected.node === a.id) {
            cls += " selected";
        }
        const g = el("g", { "class": cls, "data-activity": a.id, transform: "translate(" + p.x + "," + p.y + ")" }, this.nodeLayer);
        el("rect", { width: W, height: H, rx: 6, "class": "body" }, g);
        el("text", { x: 8, y: 18, "class": "type" }, g).textContent = this.catalog.label(a.type);
        const name = a.name || a.id;
        el("text", { x: 8, y: 36, "class": "name" }, g).textContent = name.length > 11 ? name.slice(0, 10) + "…" : name;
        if (problems) {
            el("text", { x: W - 16, y: 18, "class": "mark" }, g).textContent = "!";
            el("title", {}, g).textContent = problems.join("\n");
        } else {
            el("title", {}, g).textContent = name + "（" + a.id + "）";
        }
        if (!this.catalog.isStart(a)) {
            el("circle", { cx: W / 2, cy: 0, r: 5, "class": "port in", "data-port": "In" }, g);
        }
        const outs = this.catalog.ports(a);
        outs.forEach((port, i) => {
            const x = (W * (i + 1)) / (outs.length + 1);
            el("circle", { cx: x, cy: H, r: 6, "class": "port out", "data-port": port }, g);
            el("text", { x: x + 7, y: H + 14, "class": "port-label" }, g).textContent = this.catalog.portLabel(port);
        });
    }

    point(e) {
        // The drawing sits 24px inside the canvas (Designer.cshtml), so nodes at 0,0 keep their ports visible.
        const box = this.svg.getBoundingClientRect();
        return { x: e.clientX - box.left - 24, y: e.clientY - box.top - 24 };
    }

    pointerDown(e) {
        const port = e.target.closest(".port.out");
        const node = e.target.closest(".node");
        const edge = e.target.closest(".edge");
        if (port && node) {
            const a = this.model.find(node.getAttribute("data-activity"));
            const from = this.portPoint(a, port.getAttribute("data-port"));
            this.drag = { kind: "connect", activity: a.id, port: port.getAttribute("data-port"), from: from };
            this.rubber.setAttribute("x1", from.x);
            this.rubber.setAttribute("y1", from.y);
            this.rubber.setAttribute("x2", from.x);
            this.rubber.setAttribute("y2", from.y);
            this.rubber.setAttribute("visibility", "visible");
        } else if (node) {
            const act = this.model.find(node.getAttribute("data-activity"));
            const p = position(act);
            const at = this.point(e);
            this.drag = { kind: "move", activity: act.id, dx: at.x - p.x, dy: at.y - p.y, moved: false };
            this.select({ node: act.id });
        } else if (edge) {
            this.select({ edge: Number(edge.getAttribute("data-edge")) });
            return;
        } else {
            this.select(null);
            return;
        }
        this.svg.setPointerCapture(e.pointerId);
        e.preventDefault();
    }

    pointerMove(e) {
        if (!this.drag) {
            return;
        }
        const at = this.point(e);
        if (this.drag.kind === "move") {
            setPosition(this.model.find(this.drag.activity), Math.max(0, at.x - this.drag.dx), Math.max(0, at.y - this.drag.dy));
            this.drag.moved = true;
            this.draw();
        } else {
            this.rubber.setAttribute("x2", at.x);
            this.rubber.setAttribute("y2", at.y);
        }
    }

    pointerUp(e) {
        if (!this.drag) {
            return;
        }
        const current = this.drag;
        this.drag = null;
        if (this.svg.hasPointerCapture(e.pointerId)) {
            this.svg.releasePointerCapture(e.pointerId);
        }
        if (current.kind === "connect") {
            this.rubber.setAttribute("visibility", "hidden");
            const under = document.elementFromPoint(e.clientX, e.clientY);
            const target = under && under.closest ? under.closest(".node") : null;
            const targetId = target ? target.getAttribute("data-activity") : null;
            if (targetId && targetId !== current.activity && !this.catalog.isStart(this.model.find(targetId))) {
                this.model.connect(current.activity, current.port, targetId);
                this.draw();
            }
        } else if (current.moved) {
            this.model.markDirty();
        }
    }
}
