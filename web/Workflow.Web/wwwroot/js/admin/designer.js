// The visual designer of /admin/definitions/{id}/designer. It edits an Elsa 3 workflow-definition document in place
// and posts the whole document to the page's handlers, which validate it with the engine's reader. What it knows of
// activity types (labels, ports, defaults, settings fields) comes from the engine's table over the API (data-activities),
// so these modules name no type. Loaded as a module (script-src 'self' allows it); no inline script or style.
import { loadCatalog } from "./designer/catalog.js";
import { Breadcrumb } from "./designer/breadcrumb.js";
import { Canvas, NODE_SIZE } from "./designer/canvas.js";
import { History } from "./designer/history.js";
import { autoLayout } from "./designer/layout.js";
import { Model } from "./designer/model.js";
import { Panel } from "./designer/panel.js";
import { Messages, Server } from "./designer/server.js";
import { DefinitionSettings } from "./designer/settings.js";
import { Simulation } from "./designer/simulation.js";

const root = document.getElementById("designer");
if (root) {
    const messages = new Messages(document.getElementById("designer-message"));
    loadCatalog(root.getAttribute("data-activities")).then(
        (catalog) => start(catalog, messages),
        (error) => messages.show("error", "无法读取活动类型，设计器不能使用", error.message));
}

function start(catalog, messages) {
    const model = new Model(root, catalog);
    catalog.nameOf = (id) => model.nameOf(id);
    const view = { selected: null, problems: {}, path: {} };
    const svg = document.getElementById("designer-canvas");
    const select = (what) => {
        view.selected = what;
        canvas.draw();
        panel.render();
        breadcrumb.render();
    };
    const canvas = new Canvas(svg, model, catalog, view, select);
    const panel = new Panel(document.getElementById("designer-form"), document.getElementById("designer-panel-empty"),
        model, catalog, view, select, () => canvas.draw());
    panel.definition = new DefinitionSettings(document.getElementById("designer-definition"), model, () => canvas.draw());
    // Nested flowcharts (子流程): the canvas shows one level; the breadcrumb goes back out to any level above it.
    const breadcrumb = new Breadcrumb(document.getElementById("designer-breadcrumb"), model, (depth) => {
        model.leave(depth);
        select(null);
        simulation.renderDecisions();
    });
    const open = (id) => {
        model.enter(id);
        select(null);
        simulation.renderDecisions();
        svg.parentNode.focus();
    };
    canvas.open = open;
    panel.open = open;
    const server = new Server(root, model, view, messages, () => {
        canvas.draw();
        panel.render();
    });
    const simulation = new Simulation(root, model, catalog, view, server, messages, () => canvas.draw());

    const palette = root.querySelectorAll("[data-add]");
    palette.forEach((b) => {
        b.addEventListener("click", () => {
            const added = model.add(b.getAttribute("data-add"));
            select({ node: added.activity.id });
            svg.parentNode.scrollTop = added.bottom;
        });
    });
    server.wireSaveAndPublish();

    // The decisions follow every edit that can change a node's ports or add a node.
    const decisions = () => simulation.renderDecisions();
    svg.addEventListener("pointerup", decisions);
    palette.forEach((b) => b.addEventListener("click", decisions));
    document.getElementById("designer-form").addEventListener("change", decisions);

    wireEditing(model, () => {
        select(null);
        simulation.renderDecisions();
    });

    canvas.draw();
    panel.render();
    simulation.renderDecisions();
    root.setAttribute("data-ready", "true");
}

// Undo, redo (buttons, Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z) and auto-layout (issue 12). refresh() redraws everything.
function wireEditing(model, refresh) {
    const history = new History(model);
    model.history = history;
    const undo = document.getElementById("designer-undo");
    const redo = document.getElementById("designer-redo");
    const states = () => {
        undo.disabled = !history.canUndo;
        redo.disabled = !history.canRedo;
    };
    const step = (moved) => {
        if (moved) {
            refresh();
        }
        states();
    };
    undo.addEventListener("click", () => step(history.undo()));
    redo.addEventListener("click", () => step(history.redo()));
    document.getElementById("designer-layout").addEventListener("click", () => step(autoLayout(model, NODE_SIZE.width, NODE_SIZE.height)));
    document.addEventListener("keydown", (e) => {
        if (!(e.ctrlKey || e.metaKey) || e.target.closest("input, textarea, select")) {
            return;
        }
        const key = e.key.toLowerCase();
        if (key === "z" && !e.shiftKey) {
            e.preventDefault();
            step(history.undo());
        } else if (key === "y" || (key === "z" && e.shiftKey)) {
            e.preventDefault();
            step(history.redo());
        }
    });
    new MutationObserver(states).observe(root, { attributes: true, attributeFilter: ["data-dirty"] });
    states();
}
