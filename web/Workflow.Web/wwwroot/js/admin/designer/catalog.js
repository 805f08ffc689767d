// What the designer knows about activity types, read from the engine's activity table (GET /api/designer/activities,
// Api/DesignerApi.cs): labels, port rules, the inputs a new node starts with, and the settings fields. Nothing about
// a particular type is written in these scripts, so a new type is one row of the engine's table (issue 13).
import { list } from "./inputs.js";

export async function loadCatalog(url) {
    const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!response.ok) {
        throw new Error("状态码 " + response.status);
    }
    return new Catalog(await response.json());
}

export class Catalog {
    constructor(body) {
        this.rootType = body.rootType;
        this.types = new Map(body.types.map((t) => [t.type, t]));
        this.portLabels = body.portLabels;
        this.variableLabels = body.variableLabels || {};
        /** The name of an activity of the document by id, or null; set by the designer (a switch's cases name steps). */
        this.nameOf = () => null;
        this.fallbackPorts = body.fallbackPorts;
    }

    type(name) {
        return this.types.get(name) || null;
    }

    label(name) {
        const t = this.type(name);
        return t ? t.label : name;
    }

    /** A port in Chinese: the engine's word for it, else the name of the step it is named after (退回点), else as written. */
    portLabel(port) {
        if (Object.prototype.hasOwnProperty.call(this.portLabels, port)) {
            return this.portLabels[port];
        }
        return this.nameOf(port) || port;
    }

    /** Whether portLabel shows something other than the code, so the code goes on hover. */
    hasPortLabel(port) {
        return this.portLabel(port) !== port;
    }

    /** The Chinese name of a workflow variable (the engine's VariableNames), or null. */
    variableLabel(name) {
        return Object.prototype.hasOwnProperty.call(this.variableLabels, name) ? this.variableLabels[name] : null;
    }

    /** The input an InputList port rule reads (the outcomes list), so its panel can name the ports in Chinese. */
    portsInput(a) {
        const t = this.type(a.type);
        return t && t.ports.source === "InputList" ? t.ports.input : null;
    }

    isStart(a) {
        const t = this.type(a.type);
        return Boolean(t && t.isStart);
    }

    awaitsDecision(a) {
        const t = this.type(a.type);
        return Boolean(t && t.awaitsDecision);
    }

    fields(a) {
        const t = this.type(a.type);
        return t ? t.fields : [];
    }

    defaults(type) {
        const t = this.type(type);
        return t ? t.defaults : [];
    }

    /** The ports a node completes with, by its type's rule (PortRule.cs), worked out from the node as edited. */
    ports(a) {
        const t = this.type(a.type);
        if (!t) {
            return this.fallbackPorts.slice();
        }
        const rule = t.ports;
        switch (rule.source) {
            case "InputList":
                return list(a, rule.input, rule.ports.slice());
            case "CaseLabels":
                return (a[rule.input] || []).map((c) => c.label).concat(rule.ports);
            default:
                return rule.ports.slice();
        }
    }
}
