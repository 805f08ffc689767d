// The simulation: a choice of port for each node that awaits a decision, posted with the document; the path it took
// is listed and marked on the canvas. Both cover the whole definition, whatever level the canvas shows: a step inside
// a nested flowchart (子流程) is listed under its level, as the breadcrumb names it (主流程 › 子流程).

/** The levels above a step, as the breadcrumb reads, or "" for a step of the main flowchart. */
function trailText(trail) {
    return trail && trail.length > 1 ? trail.join(" › ") + " › " : "";
}

export class Simulation {
    constructor(root, model, catalog, view, server, messages, draw) {
        this.root = root;
        this.model = model;
        this.catalog = catalog;
        this.view = view;
        this.server = server;
        this.messages = messages;
        this.draw = draw;
        this.decisions = document.getElementById("designer-decisions");
        document.getElementById("designer-simulate").addEventListener("click", () => this.run());
    }

    renderDecisions() {
        const decisions = this.decisions;
        while (decisions.firstChild) {
            decisions.removeChild(decisions.firstChild);
        }
        this.model.everywhere().filter((e) => this.catalog.awaitsDecision(e.activity)).forEach((e) => {
            const a = e.activity;
            const wrap = document.createElement("label");
            wrap.textContent = trailText(e.trail) + (a.name || a.id) + " ";
            const s = document.createElement("select");
            s.name = a.id;
            s.setAttribute("data-decision", a.id);
            this.catalog.ports(a).forEach((port) => {
                const o = document.createElement("option");
                o.value = port;
                o.textContent = this.catalog.portLabel(port);
                s.appendChild(o);
            });
            wrap.appendChild(s);
            decisions.appendChild(wrap);
        });
    }

    run() {
        const chosen = {};
        this.decisions.querySelectorAll("select[data-decision]").forEach((s) => {
            chosen[s.name] = s.value;
        });
        this.server.post(this.root.getAttribute("data-simulate"), { document: this.model.doc, decisions: chosen }).then((result) => this.show(result));
    }

    show(result) {
        const list = document.getElementById("designer-path");
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        this.view.path = {};
        if (!result.ok) {
            this.messages.show("error", result.body.title || "模拟失败", result.body.detail);
            return;
        }
        const body = result.body;
        if (body.status === "Invalid") {
            this.server.showProblems(body.problems);
            this.messages.show("error", "流程未通过校验，无法模拟", "请先修正标红的环节。");
            return;
        }
        const where = new Map(this.model.everywhere().map((e) => [e.activity.id, e]));
        body.steps.forEach((s) => {
            this.view.path[s.activityId] = true;
            const li = document.createElement("li");
            li.setAttribute("data-activity", s.activityId);
            const trail = (where.get(s.activityId) || {}).trail || [];
            li.setAttribute("data-depth", String(Math.max(trail.length - 1, 0)));
            if (trail.length > 1) {
                const level = document.createElement("span");
                level.className = "trail";
                level.textContent = trailText(trail);
                li.appendChild(level);
            }
            li.appendChild(document.createTextNode((s.name || s.activityId) + "（" + this.catalog.label(s.type) + "）→ "
                + s.outcomes.map((o) => this.catalog.portLabel(o)).join("、")));
            // A nested flowchart completes after its steps: it is listed above them, as their parent.
            const first = Array.from(list.children).find((c) => ((where.get(c.getAttribute("data-activity")) || {}).parents || []).includes(s.activityId));
            list.insertBefore(li, first || null);
        });
        body.lines.forEach((l) => {
            const li = document.createElement("li");
            li.className = "line";
            li.textContent = "输出：" + l;
            list.appendChild(li);
        });
        body.incidents.forEach((i) => {
            const li = document.createElement("li");
            li.className = "error";
            li.textContent = "异常：" + i;
            list.appendChild(li);
        });
        this.root.setAttribute("data-simulated", body.status);
        const finished = body.status === "Finished";
        this.messages.show(finished ? "success" : "warning", "模拟结束：" + (finished ? "流程办结" : "流程停在 " + body.waiting.map((id) => this.model.nameOf(id) || id).join("、")),
            "共经过 " + body.steps.length + " 个环节，已在图中标出。");
        this.draw();
    }
}
