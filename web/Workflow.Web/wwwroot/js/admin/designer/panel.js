// The side panel: the selected connection, or the selected node's settings, one control per field that the engine's
// table gives its type (SettingField.cs). A change is written into the document at once.
import { csv, expressionValue, list, literal, objectField, objectValue, setObject } from "./inputs.js";
import { TableField, tableRows } from "./table.js";

export class Panel {
    /** changed() redraws after an edit; select(what) changes the selection. */
    constructor(form, emptyPanel, model, catalog, view, select, changed) {
        this.form = form;
        this.emptyPanel = emptyPanel;
        this.model = model;
        this.catalog = catalog;
        this.view = view;
        this.select = select;
        this.changed = changed;
        form.addEventListener("submit", (e) => e.preventDefault());
        this.table = new TableField(form, () => this.render());
    }

    render() {
        const form = this.form;
        while (form.firstChild) {
            form.removeChild(form.firstChild);
        }
        const selected = this.view.selected;
        if (!selected) {
            form.hidden = true;
            this.emptyPanel.hidden = false;
            if (this.definition) {
                this.definition.render();
            }
            return;
        }
        if (this.definition) {
            this.definition.hide();
        }
        form.hidden = false;
        this.emptyPanel.hidden = true;
        if (selected.edge !== undefined) {
            this.renderEdge(selected.edge);
            return;
        }
        const a = this.model.find(selected.node);
        const idLine = document.createElement("p");
        idLine.textContent = "标识：" + a.id + " · " + this.catalog.label(a.type);
        form.appendChild(idLine);
        this.onChange(this.field("名称", "name", a.name), (act, v) => {
            act.name = v;
            act.metadata = act.metadata || {};
            act.metadata.displayText = v;
        });
        this.catalog.fields(a).forEach((f) => this.setting(a, f));
        this.renderProblems(a);
        if (this.model.isFlowchart(a) && this.open) {
            this.button("打开子流程", "designer-open-subflow", () => this.open(a.id));
        }
        if (!this.catalog.isStart(a)) {
            this.button("删除环节", "designer-delete-node", () => {
                this.model.removeActivity(a.id);
                this.select(null);
            });
        }
    }

    renderEdge(index) {
        const c = this.model.connections[index];
        const p = document.createElement("p");
        const name = (id) => (this.model.find(id) || {}).name || id;
        p.textContent = "连线：" + name(c.source.activity) + "（" + this.catalog.portLabel(c.source.port) + "）→ " + name(c.target.activity);
        p.title = c.source.activity + "（" + c.source.port + "）→ " + c.target.activity;
        this.form.appendChild(p);
        this.button("删除连线", "designer-delete-edge", () => {
            this.model.removeConnection(index);
            this.select(null);
        });
    }

    renderProblems(a) {
        const problems = this.view.problems[a.id];
        if (!problems) {
            return;
        }
        const ul = document.createElement("ul");
        ul.className = "problems";
        problems.forEach((m) => {
            const li = document.createElement("li");
            li.className = "error";
            li.textContent = m;
            ul.appendChild(li);
        });
        this.form.appendChild(ul);
    }

    /** One settings field: its editor (FieldEditor.cs) says how it reads and writes the input. */
    setting(a, f) {
        const own = f.property ? (objectValue(a, f.input) || {})[f.property] : expressionValue(a, f.input);
        const write = f.property
            ? (act, v) => objectField(act, f.input, f.property, v, {})
            : (act, v) => literal(act, f.input, f.typeName, v);
        switch (f.editor) {
            case "Number":
                this.onChange(this.field(f.label, f.name, own, { number: true }), write);
                break;
            case "Choice":
                this.onChange(this.field(f.label, f.name, own || f.default, { choices: f.choices.map((c) => [c.value, c.label]) }), write);
                break;
            case "List": {
                const input = this.field(f.label, f.name, list(a, f.input, f.fallback).join(","));
                const isPorts = f.input === this.catalog.portsInput(a);
                if (isPorts) {
                    this.portNames(input, list(a, f.input, f.fallback));
                }
                this.onChange(input, (act, v) => {
                    if (v === "") {
                        delete act[f.input];
                    } else {
                        setObject(act, f.input, csv(v));
                    }
                });
                if (isPorts) {
                    // The outcomes changed: their names and the field that offers them (须填意见的结果) follow.
                    input.addEventListener("change", () => this.outcomesChanged(a, input));
                }
                break;
            }
            case "OutcomeSet":
                this.outcomeSet(a, f);
                break;
            case "Json":
                this.onChange(this.field(f.label, f.name, JSON.stringify(objectValue(a, f.input) || f.fallback, null, 1), { multiline: true }), (act, v) => {
                    act[f.input] = { typeName: "Object", expression: { type: "Object", value: v } };
                });
                break;
            case "Table":
                this.table.render(f, tableRows(a, f.input), (rows) => this.apply((act) => setObject(act, f.input, rows)));
                break;
            case "OwnTable":
                // A switch's case is named after the step it leads back to (退回点): its Chinese name beside the label.
                this.table.render(Object.assign({ describe: (c, v) => (c.name === "label" && this.catalog.hasPortLabel(v) ? this.catalog.portLabel(v) : null) }, f),
                    Array.isArray(a[f.input]) ? a[f.input] : [], (rows) => this.apply((act) => {
                    act[f.input] = rows;
                }));
                break;
            case "Script":
                this.onChange(this.field(f.label, f.name, own, { multiline: true }), (act, v) => {
                    act[f.input] = { typeName: f.typeName, expression: { type: "JavaScript", value: v } };
                });
                break;
            default:
                this.onChange(this.field(f.label, f.name, own), write);
        }
    }

    /** The Chinese names of the outcomes typed in a list, shown under it and read with it (the codes stay as typed). */
    portNames(input, ports) {
        const hint = document.createElement("span");
        hint.className = "field-names";
        hint.id = input.id + "-names";
        hint.textContent = "即：" + ports.map((p) => this.catalog.portLabel(p)).join("、");
        input.setAttribute("aria-describedby", hint.id);
        input.parentNode.appendChild(hint);
    }

    outcomesChanged(a, input) {
        const ports = this.catalog.ports(a);
        document.getElementById(input.id + "-names").textContent = "即：" + ports.map((p) => this.catalog.portLabel(p)).join("、");
        this.catalog.fields(a).filter((f) => f.editor === "OutcomeSet").forEach((f) => this.outcomeSet(a, f));
    }

    /** 意见规则: the node's outcomes as check boxes in Chinese (the code on hover); the checked ones require an opinion. */
    outcomeSet(a, f) {
        const chosen = list(a, f.input, f.fallback || []);
        const fieldset = document.createElement("fieldset");
        fieldset.className = "designer-outcomes";
        fieldset.id = "field-" + f.name;
        const legend = document.createElement("legend");
        legend.textContent = f.label;
        fieldset.appendChild(legend);
        const ports = this.catalog.ports(a);
        // An outcome the node does not have now (return, in the default rule) is kept, so it applies once added.
        const kept = chosen.filter((c) => !ports.includes(c));
        const boxes = ports.map((port) => {
            const label = document.createElement("label");
            label.title = port;
            const box = document.createElement("input");
            box.type = "checkbox";
            box.id = "field-" + f.name + "-" + port;
            box.name = f.name;
            box.value = port;
            box.checked = chosen.includes(port);
            label.appendChild(box);
            label.appendChild(document.createTextNode(" " + this.catalog.portLabel(port)));
            fieldset.appendChild(label);
            return box;
        });
        boxes.forEach((box) => box.addEventListener("change", () => this.apply((act) => {
            setObject(act, f.input, boxes.filter((b) => b.checked).map((b) => b.value).concat(kept));
        })));
        const drawn = document.getElementById(fieldset.id);
        if (drawn) {
            drawn.replaceWith(fieldset);
        } else {
            this.form.appendChild(fieldset);
        }
    }

    field(labelText, name, value, options) {
        const wrap = document.createElement("label");
        wrap.appendChild(document.createTextNode(labelText + " "));
        let input;
        if (options && options.choices) {
            input = document.createElement("select");
            options.choices.forEach((c) => {
                const o = document.createElement("option");
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
        this.form.appendChild(wrap);
        return input;
    }

    onChange(input, apply) {
        input.addEventListener("change", () => this.apply((act) => apply(act, input.value.trim())));
    }

    /** Applies one edit to the selected node and records it (undo, redo). */
    apply(edit) {
        edit(this.model.find(this.view.selected.node));
        this.model.markDirty();
        this.changed();
    }

    button(text, id, handler) {
        const b = document.createElement("button");
        b.type = "button";
        b.id = id;
        b.textContent = text;
        b.addEventListener("click", handler);
        this.form.appendChild(b);
    }
}
