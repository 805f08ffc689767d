// The visual designer of /admin/definitions/{id}/designer. It edits an Elsa 3 workflow-definition document in place
// (root.activities, root.connections, metadata.designer.position) and posts the whole document to the page's handlers,
// which validate it with the engine's reader. No inline script or style: the CSP allows neither, so every colour is
// a class in admin.css and every position an SVG attribute.
(function () {
    "use strict";

    var root = document.getElementById("designer");
    if (!root) {
        return;
    }
    var SVG = "http://www.w3.org/2000/svg";
    var W = 160, H = 52;
    var LEVELS = [["village", "村/社区"], ["township", "乡镇/街道"], ["district", "区/县"], ["city", "市"], ["province", "省"]];
    var NAMES = {
        "Elsa.Start": "开始", "Gov.ApprovalTask": "审批任务", "Gov.ApprovalChain": "逐级审批", "Gov.Referral": "部门协办",
        "Gov.PublicNotice": "公示", "Elsa.FlowDecision": "条件判断", "Elsa.FlowFork": "并行分支", "Elsa.FlowJoin": "汇聚",
        "Elsa.Delay": "定时等待", "Elsa.End": "办结"
    };
    var OUTCOMES = { approve: "同意", reject: "不同意", "return": "退回", Done: "完成", objection: "有异议", True: "是", False: "否" };

    var doc = JSON.parse(root.getAttribute("data-document"));
    doc.root = doc.root || { id: "flowchart", type: "Elsa.Flowchart", version: 1 };
    var flow = doc.root;
    flow.activities = flow.activities || [];
    flow.connections = (flow.connections || []).map(nested);
    var canvas = document.getElementById("designer-canvas");
    var edgeLayer = canvas.querySelector(".edges");
    var nodeLayer = canvas.querySelector(".nodes");
    var rubber = canvas.querySelector(".rubber");
    var selected = null;
    var problemsByActivity = {};
    var pathActivities = {};

    // ----- document helpers ------------------------------------------------------------------------------------------

    function nested(c) {
        if (c.source && typeof c.source === "object") {
            return c;
        }
        return { source: { activity: c.source, port: c.sourcePort || "Done" }, target: { activity: c.target, port: c.targetPort || "In" } };
    }

    function find(id) {
        for (var i = 0; i < flow.activities.length; i++) {
            if (flow.activities[i].id === id) {
                return flow.activities[i];
            }
        }
        return null;
    }

    function position(a) {
        var p = a.metadata && a.metadata.designer && a.metadata.designer.position;
        return p ? { x: Number(p.x) || 0, y: Number(p.y) || 0 } : null;
    }

    function setPosition(a, x, y) {
        a.metadata = a.metadata || {};
        a.metadata.designer = a.metadata.designer || {};
        a.metadata.designer.position = { x: Math.round(x), y: Math.round(y) };
    }

    function expressionValue(a, key) {
        var input = a[key];
        return input && input.expression ? input.expression.value : undefined;
    }

    function literal(a, key, typeName, value) {
        if (value === "" || value === null || value === undefined) {
            delete a[key];
            return;
        }
        a[key] = { typeName: typeName, expression: { type: "Literal", value: String(value) } };
    }

    function objectValue(a, key) {
        var text = expressionValue(a, key);
        if (typeof text !== "string" || text.trim() === "") {
            return null;
        }
        try {
            return JSON.parse(text);
        } catch (e) {
            return null;
        }
    }

    function setObject(a, key, value) {
        a[key] = { typeName: "Object", expression: { type: "Object", value: JSON.stringify(value) } };
    }

    function list(a, key, fallback) {
        var v = objectValue(a, key);
        return Array.isArray(v) ? v.map(String) : fallback;
    }

    // The ports each activity type completes with, as the engine's type table says (ActivityTypes.cs).
    function ports(a) {
        switch (a.type) {
            case "Gov.ApprovalTask": return list(a, "outcomes", ["approve", "reject", "return"]);
            case "Gov.ApprovalChain": return ["approve", "reject", "return"];
            case "Gov.Referral": return list(a, "outcomes", ["approve", "reject"]);
            case "Gov.PublicNotice": return ["Done", "objection"];
            case "Elsa.FlowDecision": return ["True", "False"];
            case "Elsa.FlowFork": return list(a, "branches", []);
            case "Elsa.FlowSwitch": return (a.cases || []).map(function (c) { return c.label; }).concat(["Default"]);
            case "Elsa.End": case "Elsa.Finish": case "Elsa.Fault": return [];
            default: return ["Done"];
        }
    }

    function isTask(a) {
        return a.type === "Gov.ApprovalTask" || a.type === "Gov.ApprovalChain" || a.type === "Gov.Referral";
    }

    function newId(type) {
        var base = type.split(".")[1];
        base = base.charAt(0).toLowerCase() + base.slice(1);
        for (var n = 1; ; n++) {
            if (!find(base + n)) {
                return base + n;
            }
        }
    }

    function defaults(a) {
        switch (a.type) {
            case "Gov.ApprovalTask":
                literal(a, "title", "String", "新审批环节");
                setObject(a, "candidate", { post: "民政办", level: "township" });
                literal(a, "timeLimit", "Int32", 5);
                setObject(a, "outcomes", ["approve", "reject"]);
                break;
            case "Gov.ApprovalChain":
                literal(a, "serviceItem", "String", "dibao");
                setObject(a, "levels", [{ level: "township", post: "民政办", title: "乡镇审核", timeLimit: 5 }]);
                break;
            case "Gov.Referral":
                literal(a, "title", "String", "部门协办");
                setObject(a, "department", { code: "district-education", name: "区教育局", level: "district" });
                literal(a, "timeLimit", "Int32", 10);
                setObject(a, "outcomes", ["approve", "reject"]);
                break;
            case "Gov.PublicNotice":
                literal(a, "title", "String", "公示");
                literal(a, "days", "Int32", 7);
                break;
            case "Elsa.FlowDecision":
                a.condition = { typeName: "Boolean", expression: { type: "JavaScript", value: "return true;" } };
                break;
            case "Elsa.FlowFork":
                setObject(a, "branches", ["分支1", "分支2"]);
                break;
            case "Elsa.FlowJoin":
                literal(a, "mode", "String", "WaitAll");
                break;
            case "Elsa.Delay":
                literal(a, "timeSpan", "TimeSpan", "1.00:00:00");
                break;
        }
    }

    // Activities from an Elsa file may have no position: they are laid out in a grid once.
    flow.activities.forEach(function (a, i) {
        if (!position(a)) {
            setPosition(a, 40 + (i % 5) * 200, 40 + Math.floor(i / 5) * 110);
        }
    });

    // ----- drawing ---------------------------------------------------------------------------------------------------

    function el(name, attrs, parent) {
        var e = document.createElementNS(SVG, name);
        Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        if (parent) {
            parent.appendChild(e);
        }
        return e;
    }

    function portPoint(a, port) {
        var p = position(a);
        if (port === "In") {
            return { x: p.x + W / 2, y: p.y };
        }
        var outs = ports(a);
        var i = Math.max(0, outs.indexOf(port));
        return { x: p.x + (W * (i + 1)) / (outs.length + 1), y: p.y + H };
    }

    function label(text) {
        return OUTCOMES[text] || text;
    }

    function draw() {
        while (edgeLayer.firstChild) {
            edgeLayer.removeChild(edgeLayer.firstChild);
        }
        while (nodeLayer.firstChild) {
            nodeLayer.removeChild(nodeLayer.firstChild);
        }
        var maxX = 800, maxY = 600;
        flow.connections.forEach(function (c, index) {
            var s = find(c.source.activity), t = find(c.target.activity);
            if (!s || !t) {
                return;
            }
            var a = portPoint(s, c.source.port), b = portPoint(t, "In");
            var mid = (a.y + b.y) / 2;
            var d = b.y > a.y + 10
                ? "M" + a.x + "," + a.y + " C" + a.x + "," + mid + " " + b.x + "," + mid + " " + b.x + "," + b.y
                : "M" + a.x + "," + a.y + " C" + a.x + "," + (a.y + 60) + " " + b.x + "," + (b.y - 60) + " " + b.x + "," + b.y;
            var path = el("path", {
                d: d, "class": "edge" + (selected && selected.edge === index ? " selected" : ""),
                "data-edge": String(index), "data-from": c.source.activity + ":" + c.source.port, "data-to": c.target.activity,
                "marker-end": "url(#designer-arrow)"
            }, edgeLayer);
            el("title", {}, path).textContent = label(c.source.port);
        });
        flow.activities.forEach(function (a) {
            var p = position(a);
            maxX = Math.max(maxX, p.x + W + 40);
            maxY = Math.max(maxY, p.y + H + 60);
            var cls = "node kind-" + a.type.replace(".", "-");
            if (problemsByActivity[a.id]) {
                cls += " invalid";
            }
            if (pathActivities[a.id]) {
                cls += " on-path";
            }
            if (selected && selected.node === a.id) {
                cls += " selected";
            }
            var g = el("g", { "class": cls, "data-activity": a.id, transform: "translate(" + p.x + "," + p.y + ")" }, nodeLayer);
            el("rect", { width: W, height: H, rx: 6, "class": "body" }, g);
            el("text", { x: 8, y: 18, "class": "type" }, g).textContent = NAMES[a.type] || a.type;
            var name = a.name || a.id;
            el("text", { x: 8, y: 36, "class": "name" }, g).textContent = name.length > 11 ? name.slice(0, 10) + "…" : name;
            if (problemsByActivity[a.id]) {
                el("text", { x: W - 16, y: 18, "class": "mark" }, g).textContent = "!";
                el("title", {}, g).textContent = problemsByActivity[a.id].join("\n");
            } else {
                el("title", {}, g).textContent = name + "（" + a.id + "）";
            }
            if (a.type !== "Elsa.Start") {
                el("circle", { cx: W / 2, cy: 0, r: 5, "class": "port in", "data-port": "In" }, g);
            }
            var outs = ports(a);
            outs.forEach(function (port, i) {
                var x = (W * (i + 1)) / (outs.length + 1);
                el("circle", { cx: x, cy: H, r: 6, "class": "port out", "data-port": port }, g);
                el("text", { x: x + 7, y: H + 14, "class": "port-label" }, g).textContent = label(port);
            });
        });
        canvas.setAttribute("width", String(maxX + 24));
        canvas.setAttribute("height", String(maxY + 24));
    }

    // ----- pointer interaction: move nodes, connect ports, select --------------------------------------------------

    var drag = null;

    function point(e) {
        // The drawing sits 24px inside the canvas (Designer.cshtml), so nodes at 0,0 keep their ports visible.
        var box = canvas.getBoundingClientRect();
        return { x: e.clientX - box.left - 24, y: e.clientY - box.top - 24 };
    }

    canvas.addEventListener("pointerdown", function (e) {
        var port = e.target.closest(".port.out");
        var node = e.target.closest(".node");
        var edge = e.target.closest(".edge");
        if (port && node) {
            var a = find(node.getAttribute("data-activity"));
            var from = portPoint(a, port.getAttribute("data-port"));
            drag = { kind: "connect", activity: a.id, port: port.getAttribute("data-port"), from: from };
            rubber.setAttribute("x1", from.x);
            rubber.setAttribute("y1", from.y);
            rubber.setAttribute("x2", from.x);
            rubber.setAttribute("y2", from.y);
            rubber.setAttribute("visibility", "visible");
        } else if (node) {
            var act = find(node.getAttribute("data-activity"));
            var p = position(act), at = point(e);
            drag = { kind: "move", activity: act.id, dx: at.x - p.x, dy: at.y - p.y, moved: false };
            select({ node: act.id });
        } else if (edge) {
            select({ edge: Number(edge.getAttribute("data-edge")) });
            return;
        } else {
            select(null);
            return;
        }
        canvas.setPointerCapture(e.pointerId);
        e.preventDefault();
    });

    canvas.addEventListener("pointermove", function (e) {
        if (!drag) {
            return;
        }
        var at = point(e);
        if (drag.kind === "move") {
            setPosition(find(drag.activity), Math.max(0, at.x - drag.dx), Math.max(0, at.y - drag.dy));
            drag.moved = true;
            draw();
        } else {
            rubber.setAttribute("x2", at.x);
            rubber.setAttribute("y2", at.y);
        }
    });

    canvas.addEventListener("pointerup", function (e) {
        if (!drag) {
            return;
        }
        var current = drag;
        drag = null;
        if (canvas.hasPointerCapture(e.pointerId)) {
            canvas.releasePointerCapture(e.pointerId);
        }
        if (current.kind === "connect") {
            rubber.setAttribute("visibility", "hidden");
            var under = document.elementFromPoint(e.clientX, e.clientY);
            var target = under && under.closest ? under.closest(".node") : null;
            var targetId = target ? target.getAttribute("data-activity") : null;
            if (targetId && targetId !== current.activity && find(targetId).type !== "Elsa.Start") {
                connect(current.activity, current.port, targetId);
            }
        } else if (current.moved) {
            dirty();
        }
    });

    function connect(source, port, target) {
        var exists = flow.connections.some(function (c) {
            return c.source.activity === source && c.source.port === port && c.target.activity === target;
        });
        if (!exists) {
            flow.connections.push({ source: { activity: source, port: port }, target: { activity: target, port: "In" } });
            dirty();
        }
        draw();
    }

    function select(what) {
        selected = what;
        draw();
        renderPanel();
    }

    // ----- side panel ------------------------------------------------------------------------------------------------

    var form = document.getElementById("designer-form");
    var emptyPanel = document.getElementById("designer-panel-empty");

    function field(labelText, name, value, options) {
        var wrap = document.createElement("label");
        wrap.appendChild(document.createTextNode(labelText + " "));
        var input;
        if (options && options.choices) {
            input = document.createElement("select");
            options.choices.forEach(function (c) {
                var o = document.createElement("option");
                o.value = c[0];
                o.textContent = c[1];
                input.appendChild(o);
            });
        } else if (options && options.multiline) {
            input = document.createElement("textarea");
            input.rows = 4;
        } else {
            input = document.createElement("input");
            input.type = options && options.number ? "number" : "text";
        }
        input.name = name;
        input.id = "field-" + name;
        input.value = value === undefined || value === null ? "" : String(value);
        wrap.appendChild(input);
        form.appendChild(wrap);
        return input;
    }

    function onChange(input, apply) {
        input.addEventListener("change", function () {
            var a = find(selected.node);
            apply(a, input.value.trim());
            dirty();
            draw();
        });
    }

    function csv(text) {
        return text.split(/[,，、\s]+/).filter(Boolean);
    }

    function objectField(a, key, prop, value, fallback) {
        var o = objectValue(a, key) || fallback;
        o[prop] = value;
        setObject(a, key, o);
    }

    function renderPanel() {
        while (form.firstChild) {
            form.removeChild(form.firstChild);
        }
        if (!selected) {
            form.hidden = true;
            emptyPanel.hidden = false;
            return;
        }
        form.hidden = false;
        emptyPanel.hidden = true;
        if (selected.edge !== undefined) {
            var c = flow.connections[selected.edge];
            var p = document.createElement("p");
            p.textContent = "连线：" + c.source.activity + "（" + label(c.source.port) + "）→ " + c.target.activity;
            form.appendChild(p);
            button("删除连线", "designer-delete-edge", function () {
                flow.connections.splice(selected.edge, 1);
                dirty();
                select(null);
            });
            return;
        }
        var a = find(selected.node);
        var idLine = document.createElement("p");
        idLine.textContent = "标识：" + a.id + " · " + (NAMES[a.type] || a.type);
        form.appendChild(idLine);
        onChange(field("名称", "name", a.name), function (act, v) {
            act.name = v;
            act.metadata = act.metadata || {};
            act.metadata.displayText = v;
        });
        switch (a.type) {
            case "Gov.ApprovalTask":
                onChange(field("任务标题", "title", expressionValue(a, "title")), function (act, v) { literal(act, "title", "String", v); });
                var cand = objectValue(a, "candidate") || {};
                onChange(field("办理岗位", "post", cand.post), function (act, v) { objectField(act, "candidate", "post", v, {}); });
                var lvl = field("办理层级", "level", cand.level || "township", { choices: LEVELS });
                onChange(lvl, function (act, v) { objectField(act, "candidate", "level", v, {}); });
                timeLimit(a);
                outcomes(a, "outcomes", "办理结果（逗号分隔）", ["approve", "reject", "return"]);
                outcomes(a, "commentRequiredFor", "须填意见的结果", ["reject", "return"]);
                break;
            case "Gov.ApprovalChain":
                onChange(field("服务事项", "serviceItem", expressionValue(a, "serviceItem")), function (act, v) { literal(act, "serviceItem", "String", v); });
                var levels = field("审批层级（JSON）", "levels", JSON.stringify(objectValue(a, "levels") || [], null, 1), { multiline: true });
                onChange(levels, function (act, v) {
                    act.levels = { typeName: "Object", expression: { type: "Object", value: v } };
                });
                break;
            case "Gov.Referral":
                onChange(field("任务标题", "title", expressionValue(a, "title")), function (act, v) { literal(act, "title", "String", v); });
                var dept = objectValue(a, "department") || {};
                onChange(field("部门代码", "departmentCode", dept.code), function (act, v) { objectField(act, "department", "code", v, {}); });
                onChange(field("部门名称", "departmentName", dept.name), function (act, v) { objectField(act, "department", "name", v, {}); });
                onChange(field("部门层级", "departmentLevel", dept.level || "district", { choices: LEVELS }), function (act, v) { objectField(act, "department", "level", v, {}); });
                timeLimit(a);
                outcomes(a, "outcomes", "答复结果（逗号分隔）", ["approve", "reject"]);
                break;
            case "Gov.PublicNotice":
                onChange(field("公示标题", "title", expressionValue(a, "title")), function (act, v) { literal(act, "title", "String", v); });
                onChange(field("公示天数", "days", expressionValue(a, "days"), { number: true }), function (act, v) { literal(act, "days", "Int32", v); });
                break;
            case "Elsa.FlowDecision":
                onChange(field("条件（JavaScript，返回 true/false）", "condition", expressionValue(a, "condition"), { multiline: true }), function (act, v) {
                    act.condition = { typeName: "Boolean", expression: { type: "JavaScript", value: v } };
                });
                break;
            case "Elsa.FlowFork":
                outcomes(a, "branches", "分支名称（逗号分隔）", []);
                break;
            case "Elsa.FlowJoin":
                onChange(field("汇聚方式", "mode", expressionValue(a, "mode") || "WaitAll",
                    { choices: [["WaitAll", "等待全部分支"], ["WaitAny", "任一分支到达"], ["WaitAllActive", "等待已激活分支"]] }),
                    function (act, v) { literal(act, "mode", "String", v); });
                break;
            case "Elsa.Delay":
                onChange(field("等待时长（天.时:分:秒）", "timeSpan", expressionValue(a, "timeSpan")), function (act, v) { literal(act, "timeSpan", "TimeSpan", v); });
                break;
        }
        if (problemsByActivity[a.id]) {
            var ul = document.createElement("ul");
            ul.className = "problems";
            problemsByActivity[a.id].forEach(function (m) {
                var li = document.createElement("li");
                li.className = "error";
                li.textContent = m;
                ul.appendChild(li);
            });
            form.appendChild(ul);
        }
        if (a.type !== "Elsa.Start") {
            button("删除环节", "designer-delete-node", function () {
                flow.activities = flow.activities.filter(function (x) { return x.id !== a.id; });
                flow.connections = flow.connections.filter(function (c) { return c.source.activity !== a.id && c.target.activity !== a.id; });
                dirty();
                select(null);
            });
        }
    }

    function timeLimit(a) {
        onChange(field("办理时限（工作日）", "timeLimit", expressionValue(a, "timeLimit"), { number: true }), function (act, v) {
            literal(act, "timeLimit", "Int32", v);
        });
    }

    function outcomes(a, key, text, fallback) {
        onChange(field(text, key, list(a, key, fallback).join(",")), function (act, v) {
            if (v === "") {
                delete act[key];
            } else {
                setObject(act, key, csv(v));
            }
        });
    }

    function button(text, id, handler) {
        var b = document.createElement("button");
        b.type = "button";
        b.id = id;
        b.textContent = text;
        b.addEventListener("click", handler);
        form.appendChild(b);
    }

    form.addEventListener("submit", function (e) { e.preventDefault(); });

    // ----- palette ---------------------------------------------------------------------------------------------------

    root.querySelectorAll("[data-add]").forEach(function (b) {
        b.addEventListener("click", function () {
            var type = b.getAttribute("data-add");
            var a = { id: newId(type), type: type, version: 1, name: NAMES[type], customProperties: {} };
            defaults(a);
            var bottom = flow.activities.reduce(function (m, x) { return Math.max(m, position(x).y); }, 0);
            setPosition(a, 40, bottom + 110);
            flow.activities.push(a);
            dirty();
            select({ node: a.id });
            canvas.parentNode.scrollTop = bottom;
        });
    });

    // ----- server calls ----------------------------------------------------------------------------------------------

    var message = document.getElementById("designer-message");
    var token = document.querySelector("#designer-token input[name=__RequestVerificationToken]").value;

    function dirty() {
        root.setAttribute("data-dirty", "true");
    }

    function show(kind, title, detail) {
        while (message.firstChild) {
            message.removeChild(message.firstChild);
        }
        var box = document.createElement("div");
        box.className = "message " + kind;
        box.setAttribute("role", kind === "success" ? "status" : "alert");
        var strong = document.createElement("strong");
        strong.textContent = title;
        box.appendChild(strong);
        if (detail) {
            var span = document.createElement("span");
            span.textContent = " " + detail;
            box.appendChild(span);
        }
        message.appendChild(box);
    }

    function post(url, body) {
        root.setAttribute("aria-busy", "true");
        return fetch(url, {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", "RequestVerificationToken": token },
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () { return { title: "服务器没有返回结果", detail: "状态码 " + response.status }; })
                .then(function (json) { return { ok: response.ok, body: json }; });
        }).finally(function () {
            root.removeAttribute("aria-busy");
        });
    }

    function showProblems(problems) {
        problemsByActivity = {};
        var ul = document.getElementById("designer-problems");
        while (ul.firstChild) {
            ul.removeChild(ul.firstChild);
        }
        (problems || []).forEach(function (p) {
            var li = document.createElement("li");
            li.className = p.isError ? "error" : "warning";
            li.setAttribute("data-activity", p.activityId || "");
            var code = document.createElement("code");
            code.textContent = p.path;
            li.appendChild(code);
            li.appendChild(document.createTextNode(" " + (p.isError ? "错误：" : "警告：") + p.message));
            ul.appendChild(li);
            if (p.activityId && p.isError) {
                (problemsByActivity[p.activityId] = problemsByActivity[p.activityId] || []).push(p.message);
            }
        });
        if (!problems || problems.length === 0) {
            var ok = document.createElement("li");
            ok.className = "ok";
            ok.textContent = "校验通过，没有错误。";
            ul.appendChild(ok);
        }
        draw();
        renderPanel();
    }

    function after(result, success) {
        showProblems(result.body.problems);
        if (result.ok) {
            root.removeAttribute("data-dirty");
            success(result.body);
        } else {
            show("error", result.body.title || "操作失败", result.body.detail);
        }
    }

    document.getElementById("designer-save").addEventListener("click", function () {
        post(root.getAttribute("data-save"), doc).then(function (result) {
            after(result, function (body) {
                var errors = (body.problems || []).filter(function (p) { return p.isError; }).length;
                if (errors > 0) {
                    show("warning", "草稿已保存，但有 " + errors + " 个错误", "修正标红的环节后才能发布。");
                } else {
                    show("success", "草稿已保存", "校验通过，可以发布。");
                }
            });
        });
    });

    document.getElementById("designer-publish").addEventListener("click", function () {
        post(root.getAttribute("data-publish"), doc).then(function (result) {
            after(result, function (body) {
                root.setAttribute("data-published-version", String(body.version));
                show("success", "已发布第 " + body.version + " 版", "新受理的案件使用新版本；在办案件仍按原版本办理。");
            });
        });
    });

    // ----- simulation ------------------------------------------------------------------------------------------------

    var decisions = document.getElementById("designer-decisions");

    function renderDecisions() {
        while (decisions.firstChild) {
            decisions.removeChild(decisions.firstChild);
        }
        flow.activities.filter(isTask).forEach(function (a) {
            var wrap = document.createElement("label");
            wrap.textContent = (a.name || a.id) + " ";
            var s = document.createElement("select");
            s.name = a.id;
            s.setAttribute("data-decision", a.id);
            ports(a).forEach(function (port) {
                var o = document.createElement("option");
                o.value = port;
                o.textContent = label(port);
                s.appendChild(o);
            });
            wrap.appendChild(s);
            decisions.appendChild(wrap);
        });
    }

    document.getElementById("designer-simulate").addEventListener("click", function () {
        var chosen = {};
        decisions.querySelectorAll("select[data-decision]").forEach(function (s) { chosen[s.name] = s.value; });
        post(root.getAttribute("data-simulate"), { document: doc, decisions: chosen }).then(function (result) {
            var list = document.getElementById("designer-path");
            while (list.firstChild) {
                list.removeChild(list.firstChild);
            }
            pathActivities = {};
            if (!result.ok) {
                show("error", result.body.title || "模拟失败", result.body.detail);
                return;
            }
            var body = result.body;
            if (body.status === "Invalid") {
                showProblems(body.problems);
                show("error", "流程未通过校验，无法模拟", "请先修正标红的环节。");
                return;
            }
            body.steps.forEach(function (s) {
                pathActivities[s.activityId] = true;
                var li = document.createElement("li");
                li.setAttribute("data-activity", s.activityId);
                li.textContent = (s.name || s.activityId) + "（" + (NAMES[s.type] || s.type) + "）→ " + s.outcomes.map(label).join("、");
                list.appendChild(li);
            });
            body.lines.forEach(function (l) {
                var li = document.createElement("li");
                li.className = "line";
                li.textContent = "输出：" + l;
                list.appendChild(li);
            });
            body.incidents.forEach(function (i) {
                var li = document.createElement("li");
                li.className = "error";
                li.textContent = "异常：" + i;
                list.appendChild(li);
            });
            root.setAttribute("data-simulated", body.status);
            show(body.status === "Finished" ? "success" : "warning", "模拟结束：" + (body.status === "Finished" ? "流程办结" : "流程停在 " + body.waiting.join("、")),
                "共经过 " + body.steps.length + " 个环节，已在图中标出。");
            draw();
        });
    });

    canvas.addEventListener("pointerup", renderDecisions);
    root.querySelectorAll("[data-add]").forEach(function (b) { b.addEventListener("click", renderDecisions); });
    form.addEventListener("change", renderDecisions);

    draw();
    renderDecisions();
    root.setAttribute("data-ready", "true");
})();
