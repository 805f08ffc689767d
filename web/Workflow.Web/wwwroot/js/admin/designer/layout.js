// Auto-layout (issue 12): dagre (wwwroot/lib/dagre, global `dagre`) places the nodes of the flowchart being edited in
// layers from the start, the same library the case page draws with. Positions are written into the document like a drag.
import { setPosition } from "./model.js";

export function autoLayout(model, width, height) {
    if (typeof dagre === "undefined") {
        return false;
    }
    const g = new dagre.graphlib.Graph({ multigraph: true });
    g.setGraph({ rankdir: "TB", nodesep: 40, ranksep: 60, marginx: 20, marginy: 20 });
    g.setDefaultEdgeLabel(() => ({}));
    model.activities.forEach((a) => g.setNode(a.id, { width: width, height: height }));
    model.connections.forEach((c, i) => {
        if (g.hasNode(c.source.activity) && g.hasNode(c.target.activity)) {
            g.setEdge(c.source.activity, c.target.activity, {}, "c" + i);
        }
    });
    dagre.layout(g);
    model.activities.forEach((a) => {
        const n = g.node(a.id);
        setPosition(a, n.x - width / 2, n.y - height / 2);
    });
    model.markDirty();
    return true;
}
