// The document being edited: an Elsa 3 workflow definition changed in place (root.activities, root.connections,
// metadata.designer.position), so what is posted is the whole document with everything the designer does not know.
import { applyDefault } from "./inputs.js";

export function position(a) {
    const p = a.metadata && a.metadata.designer && a.metadata.designer.position;
    return p ? { x: Number(p.x) || 0, y: Number(p.y) || 0 } : null;
}

export function setPosition(a, x, y) {
    a.metadata = a.metadata || {};
    a.metadata.designer = a.metadata.designer || {};
    a.metadata.designer.position = { x: Math.round(x), y: Math.round(y) };
}

/** Elsa 3.0's flat connections become the nested form the rest of the designer reads. */
function nested(c) {
    if (c.source && typeof c.source === "object") {
        return c;
    }
    return { source: { activity: c.source, port: c.sourcePort || "Done" }, target: { activity: c.target, port: c.targetPort || "In" } };
}

export class Model {
    constructor(root, catalog) {
        this.root = root;
        this.catalog = catalog;
        this.doc = JSON.parse(root.getAttribute("data-document"));
        this.doc.root = this.doc.root || { id: "flowchart", type: catalog.rootType, version: 1 };
        this.flow = this.doc.root;
        this.flow.activities = this.flow.activities || [];
        this.flow.connections = (this.flow.connections || []).map(nested);
        // Activities from an Elsa file may have no position: they are laid out in a grid once.
        this.flow.activities.forEach((a, i) => {
            if (!position(a)) {
                setPosition(a, 40 + (i % 5) * 200, 40 + Math.floor(i / 5) * 110);
            }
        });
    }

    get activities() {
        return this.flow.activities;
    }

    get connections() {
        return this.flow.connections;
    }

    find(id) {
        return this.flow.activities.find((a) => a.id === id) || null;
    }

    newId(type) {
        let base = type.split(".")[1];
        base = base.charAt(0).toLowerCase() + base.slice(1);
        for (let n = 1; ; n++) {
            if (!this.find(base + n)) {
                return base + n;
            }
        }
    }

    /** A node from the palette with its type's defaults, below the lowest node; returns it and where that was. */
    add(type) {
        const a = { id: this.newId(type), type: type, version: 1, name: this.catalog.label(type), customProperties: {} };
        this.catalog.defaults(type).forEach((d) => applyDefault(a, d));
        const bottom = this.flow.activities.reduce((m, x) => Math.max(m, position(x).y), 0);
        setPosition(a, 40, bottom + 110);
        this.flow.activities.push(a);
        this.markDirty();
        return { activity: a, bottom: bottom };
    }

    connect(source, port, target) {
        const exists = this.flow.connections.some((c) =>
            c.source.activity === source && c.source.port === port && c.target.activity === target);
        if (!exists) {
            this.flow.connections.push({ source: { activity: source, port: port }, target: { activity: target, port: "In" } });
            this.markDirty();
        }
    }

    removeActivity(id) {
        this.flow.activities = this.flow.activities.filter((x) => x.id !== id);
        this.flow.connections = this.flow.connections.filter((c) => c.source.activity !== id && c.target.activity !== id);
        this.markDirty();
    }

    removeConnection(index) {
        this.flow.connections.splice(index, 1);
        this.markDirty();
    }

    markDirty() {
        this.root.setAttribute("data-dirty", "true");
        if (this.history) {
            this.history.record();
        }
    }

    /** Puts back a whole document (undo, redo). */
    restore(doc) {
        this.doc = doc;
        this.flow = doc.root;
        this.root.setAttribute("data-dirty", "true");
    }

    markSaved() {
        this.root.removeAttribute("data-dirty");
    }
}
