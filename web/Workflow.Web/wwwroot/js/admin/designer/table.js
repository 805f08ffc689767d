// A table of objects edited in the side panel: a Table settings field (FieldEditor.Table: a chain's levels, with the
// cells the engine's table names in SettingField.Columns) or the definition's variables. One row per entry; rows are
// added, removed and moved; every edit hands the whole array to store(rows), which writes it into the document.
import { objectValue } from "./inputs.js";

/** The array of objects an Object input holds (a Table field's rows), or an empty one. */
export function tableRows(a, key) {
    const value = objectValue(a, key);
    return Array.isArray(value) ? value.map((r) => (r && typeof r === "object" ? r : {})) : [];
}

/** A cell as stored: a Number cell a plain number, a Script cell a JavaScript expression, any other text. */
function cellValue(c, v) {
    if (c.editor === "Script") {
        return { type: "JavaScript", value: v };
    }
    return c.editor === "Number" && !Number.isNaN(Number(v)) ? Number(v) : v;
}

export class TableField {
    /** rerender() redraws the panel after a row is added, moved or removed. */
    constructor(form, rerender) {
        this.form = form;
        this.rerender = rerender;
    }

    /**
     * f: {name, label, columns: [{name, label, input, editor, choices, default}], describe(column, value): a cell's
     * Chinese name or null}; rows: the entries; store(rows).
     */
    render(field, rows, store) {
        const f = Object.assign({}, field, { store: store });
        const fieldset = document.createElement("fieldset");
        fieldset.className = "designer-table";
        fieldset.id = "field-" + f.name;
        const legend = document.createElement("legend");
        legend.textContent = f.label;
        fieldset.appendChild(legend);
        const table = document.createElement("table");
        const head = table.createTHead().insertRow();
        ["序号"].concat(f.columns.map((c) => c.label), ["操作"]).forEach((text) => {
            const th = document.createElement("th");
            th.scope = "col";
            th.textContent = text;
            head.appendChild(th);
        });
        const body = table.createTBody();
        rows.forEach((row, i) => this.renderRow(body, f, rows, row, i));
        const scroll = document.createElement("div");
        scroll.className = "scroll";
        scroll.appendChild(table);
        fieldset.appendChild(scroll);
        fieldset.appendChild(this.button("添加一行", f.name + "-add", "添加一行", () => {
            const fresh = {};
            f.columns.forEach((c) => {
                if (c.editor === "Choice" && c.default) {
                    fresh[c.input] = c.default;
                }
            });
            rows.push(fresh);
            this.save(f, rows, true);
        }));
        this.form.appendChild(fieldset);
    }

    renderRow(body, f, rows, row, i) {
        const tr = body.insertRow();
        const number = document.createElement("th");
        number.scope = "row";
        number.textContent = String(i + 1);
        tr.appendChild(number);
        f.columns.forEach((c) => {
            const td = tr.insertCell();
            const id = "field-" + f.name + "-" + i + "-" + c.name;
            const label = document.createElement("label");
            label.htmlFor = id;
            label.className = "visually-hidden";
            label.textContent = "第 " + (i + 1) + " 行" + c.label;
            td.appendChild(label);
            const own = row[c.input];
            const input = this.cell(c, c.editor === "Script" && own && typeof own === "object" ? own.value : own);
            input.id = id;
            input.name = id;
            td.appendChild(input);
            this.describe(f, c, td, input);
            input.addEventListener("change", () => {
                const v = input.value.trim();
                if (v === "") {
                    delete row[c.input];
                } else {
                    row[c.input] = cellValue(c, v);
                }
                this.save(f, rows, false);
            });
        });
        const actions = tr.insertCell();
        actions.className = "actions";
        const who = "第 " + (i + 1) + " 行";
        if (i > 0) {
            actions.appendChild(this.button("上移", f.name + "-" + i + "-up", who + "上移", () => this.move(f, rows, i, i - 1)));
        }
        if (i < rows.length - 1) {
            actions.appendChild(this.button("下移", f.name + "-" + i + "-down", who + "下移", () => this.move(f, rows, i, i + 1)));
        }
        actions.appendChild(this.button("删除", f.name + "-" + i + "-remove", who + "删除", () => {
            rows.splice(i, 1);
            this.save(f, rows, true);
        }));
    }

    /** A cell's Chinese name (a variable's, a case's step) beside the code typed, which goes on hover: f.describe(c, v). */
    describe(f, c, td, input) {
        const name = f.describe ? f.describe(c, input.value.trim()) : null;
        if (!name) {
            return;
        }
        const span = document.createElement("span");
        span.className = "cell-name";
        span.id = input.id + "-name";
        span.textContent = name;
        input.title = "标识：" + input.value;
        input.setAttribute("aria-describedby", span.id);
        td.appendChild(span);
    }

    cell(c, value) {
        let input;
        if (c.editor === "Choice") {
            input = document.createElement("select");
            c.choices.forEach((choice) => {
                const o = document.createElement("option");
                o.value = choice.value;
                o.textContent = choice.label;
                input.appendChild(o);
            });
            input.value = value === undefined || value === null ? (c.default || "") : String(value);
            return input;
        }
        input = document.createElement("input");
        input.type = c.editor === "Number" ? "number" : "text";
        input.value = value === undefined || value === null ? "" : String(value);
        return input;
    }

    move(f, rows, from, to) {
        const [row] = rows.splice(from, 1);
        rows.splice(to, 0, row);
        this.save(f, rows, true);
    }

    save(f, rows, redraw) {
        f.store(rows);
        if (redraw) {
            this.rerender();
        }
    }

    button(text, id, label, handler) {
        const b = document.createElement("button");
        b.type = "button";
        b.id = "designer-" + id;
        b.textContent = text;
        b.setAttribute("aria-label", label);
        b.addEventListener("click", handler);
        return b;
    }
}
