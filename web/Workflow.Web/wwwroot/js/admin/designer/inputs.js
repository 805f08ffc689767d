// Reading and writing an activity's inputs in Elsa 3's shape: {typeName, expression: {type, value}}. An Object input
// holds its value as JSON text, as Elsa stores it.

export function expressionValue(a, key) {
    const input = a[key];
    return input && input.expression ? input.expression.value : undefined;
}

/** A Literal input; an empty value removes the input, so the engine's default applies. */
export function literal(a, key, typeName, value) {
    if (value === "" || value === null || value === undefined) {
        delete a[key];
        return;
    }
    a[key] = { typeName: typeName, expression: { type: "Literal", value: String(value) } };
}

export function objectValue(a, key) {
    const text = expressionValue(a, key);
    if (typeof text !== "string" || text.trim() === "") {
        return null;
    }
    try {
        return JSON.parse(text);
    } catch (e) {
        return null;
    }
}

export function setObject(a, key, value) {
    a[key] = { typeName: "Object", expression: { type: "Object", value: JSON.stringify(value) } };
}

/** The string list an Object input holds, or the fallback when it holds none. */
export function list(a, key, fallback) {
    const v = objectValue(a, key);
    return Array.isArray(v) ? v.map(String) : fallback;
}

/** Sets one property of an Object input (candidate.post), starting from the fallback when the input is absent. */
export function objectField(a, key, prop, value, fallback) {
    const o = objectValue(a, key) || fallback;
    o[prop] = value;
    setObject(a, key, o);
}

/** A default from the engine's table (InputDefault): an Object value is written as JSON text, any other as text. */
export function applyDefault(a, d) {
    if (d.expressionType === "Object") {
        setObject(a, d.input, d.value);
    } else {
        a[d.input] = { typeName: d.typeName, expression: { type: d.expressionType, value: String(d.value) } };
    }
}

export function csv(text) {
    return text.split(/[,，、\s]+/).filter(Boolean);
}
