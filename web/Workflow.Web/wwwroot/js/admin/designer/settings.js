// The definition's own settings, shown in the side panel while no node is selected (issue 12): the whole-case time
// limit (customProperties.caseTimeLimit, working days, read by DefinitionReader) and the workflow variables (Elsa's
// variables: name, typeName, value; a known variable's Chinese name beside it, from the engine's VariableNames). Edits go into the document at once and are recorded for undo.
import { TableField } from "./table.js";

const STORAGE = "Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core";

/** The Elsa type names a variable may have here, with their Chinese names. */
const VARIABLE_TYPES = [
    { value: "String", label: "文本" },
    { value: "Int32", label: "整数" },
    { value: "Decimal", label: "小数" },
    { value: "Boolean", label: "是/否" },
    { value: "DateTime", label: "日期时间" },
    { value: "Object", label: "对象" },
];

const VARIABLES = {
    name: "variables",
    label: "流程变量",
    columns: [
        { name: "name", label: "变量名", input: "name", editor: "Text" },
        { name: "typeName", label: "类型", input: "typeName", editor: "Choice", choices: VARIABLE_TYPES, default: "String" },
        { name: "value", label: "默认值", input: "value", editor: "Text" },
    ],
};

export class DefinitionSettings {
    /** changed() redraws after an edit. */
    constructor(form, model, changed) {
        this.form = form;
        this.model = model;
        this.changed = changed;
        this.table = new TableField(form, () => this.render());
        form.addEventListener("submit", (e) => e.preventDefault());
    }

    hide() {
        this.form.hidden = true;
    }

    render() {
        const form = this.form;
        while (form.firstChild) {
            form.removeChild(form.firstChild);
        }
        form.hidden = false;
        const heading = document.createElement("h3");
        heading.id = "designer-definition-heading";
        heading.textContent = "流程设置";
        form.appendChild(heading);
        const doc = this.model.doc;
        const custom = doc.customProperties || {};
        const label = document.createElement("label");
        label.htmlFor = "field-caseTimeLimit";
        label.textContent = "办结时限（工作日，留空为不限） ";
        const input = document.createElement("input");
        input.type = "number";
        input.min = "1";
        input.max = "365";
        input.id = "field-caseTimeLimit";
        input.name = "caseTimeLimit";
        input.value = custom.caseTimeLimit === undefined || custom.caseTimeLimit === null ? "" : String(custom.caseTimeLimit);
        input.addEventListener("change", () => this.apply((d) => {
            d.customProperties = d.customProperties || {};
            const v = input.value.trim();
            if (v === "") {
                delete d.customProperties.caseTimeLimit;
            } else {
                d.customProperties.caseTimeLimit = Number.isNaN(Number(v)) ? v : Number(v);
            }
        }));
        label.appendChild(input);
        form.appendChild(label);
        const rows = Array.isArray(doc.variables) ? doc.variables : [];
        const catalog = this.model.catalog;
        const described = Object.assign({ describe: (c, v) => (c.name === "name" ? catalog.variableLabel(v) : null) }, VARIABLES);
        this.table.render(described, rows, (edited) => this.apply((d) => {
            d.variables = edited.map((v) => Object.assign({ isArray: false, storageDriverTypeName: STORAGE }, v, { id: v.name || "" }));
        }));
    }

    apply(edit) {
        edit(this.model.doc);
        this.model.markDirty();
        this.changed();
    }
}
