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

/** A flowchart made ready for drawing: lists present, connections nested, every activity placed (once, in a grid). */
function prepare(flow) {
    flow.activities = flow.activities || [];
    flow.connections = (flow.connections || []).map(nested);
    flow.activities.forEach((a, i) => {
        if (!position(a)) {
            setPosition(a, 40 + (i % 5) * 200, 40 + Math.floor(i / 5) * 110);
        }
    });
    return flow;
}

/** Every activity of the flowchart and the flowcharts in it, each with the names of the levels above it. */
function walk(flow, trail, parents, isFlowchart, out) {
    (flow.activities || []).forEach((a) => {
        out.push({ activity: a, trail: trail, parents: parents });
        if (isFlowchart(a)) {
            walk(a, trail.concat([a.name || a.id]), parents.concat([a.id]), isFlowchart, out);
        }
    });
    return out;
}

/** Whether an id is taken anywhere in the document, nested flowcharts included, so ids stay unique. */
function used(flow, id) {
    return flow.id === id || (flow.activities || []).some((a) => used(a, id));
}

export class Model {
    constructor(root, catalog) {
        this.root = root;
        this.catalog = catalog;
        this.doc = JSON.parse(root.getAttribute("data-document"));
        this.doc.root = this.doc.root || { id: "flowchart", type: catalog.rootType, version: 1 };
        /** The nested flowcharts drilled into, as activity ids from the root (issue 12: 子流程). */
        this.path = [];
        this.flow = prepare(this.doc.root);
    }

    /** The levels from the root to the flowchart shown: {name, depth}, the root named 主流程. */
    get levels() {
        const levels = [{ name: "主流程", depth: 0 }];
        let flow = this.doc.root;
        this.path.forEach((id, i) => {
            flow = (flow.activities || []).find((a) => a.id === id);
            levels.push({ name: flow.name || flow.id, depth: i + 1 });
        });
        return levels;
    }

    /** Every activity of the document, nested ones included, each with its trail of levels (主流程 › 子流程) and the ids of the flowcharts it is in. */
    everywhere() {
        return walk(this.doc.root, ["主流程"], [], (a) => this.isFlowchart(a), []);
    }

    /** The name of the activity with that id anywhere in the document, or null (also when it has only its id). */
    nameOf(id) {
        const found = this.everywhere().find((e) => e.activity.id === id);
        return found && found.activity.name && found.activity.name !== id ? found.activity.name : null;
    }

    isFlowchart(a) {
        return Boolean(a) && a.type === this.catalog.rootType;
    }

    /** Shows the nested flowchart of the activity id in the flowchart shown now. */
    enter(id) {
        const a = this.find(id);
        if (this.isFlowchart(a)) {
            this.path.push(id);
            this.flow = prepare(a);
        }
    }

    /** Goes back out to the level of that depth (0 is the root). */
    leave(depth) {
        this.path = this.path.slice(0, depth);
        this.resolve();
    }

    /** Follows the path in the document as it is now, stopping at the deepest level that still exists (after undo). */
    resolve() {
        let flow = prepare(this.doc.root);
        const kept = [];
        for (const id of this.path) {
            const next = (flow.activities || []).find((a) => a.id === id);
            if (!this.isFlowchart(next)) {
                break;
            }
            kept.push(id);
            flow = prepare(next);
        }
        this.path = kept;
        this.flow = flow;
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
            if (!used(this.doc.root, base + n)) {
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
        this.resolve();
        this.root.setAttribute("data-dirty", "true");
    }

    markSaved() {
        this.root.removeAttribute("data-dirty");
    }
}
