// The simulation: a choice of port for each node that awaits a decision, posted with the document; the path it took
// is listed and marked on the canvas.

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
        this.model.activities.filter((a) => this.catalog.awaitsDecision(a)).forEach((a) => {
            const wrap = document.createElement("label");
            wrap.textContent = (a.name || a.id) + " ";
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
        body.steps.forEach((s) => {
            this.view.path[s.activityId] = true;
            const li = document.createElement("li");
            li.setAttribute("data-activity", s.activityId);
            li.textContent = (s.name || s.activityId) + "（" + this.catalog.label(s.type) + "）→ "
                + s.outcomes.map((o) => this.catalog.portLabel(o)).join("、");
            list.appendChild(li);
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
        this.messages.show(finished ? "success" : "warning", "模拟结束：" + (finished ? "流程办结" : "流程停在 " + body.waiting.join("、")),
            "共经过 " + body.steps.length + " 个环节，已在图中标出。");
        this.draw();
    }
}
