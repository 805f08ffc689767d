// Collects script errors of this page so that the browser tests can assert there were none. Loaded first, in <head>.
(function () {
    "use strict";
    var errors = [];
    window.__wfErrors = errors;
    window.addEventListener("error", function (e) {
        errors.push(String(e.message || e.type) + (e.filename ? " @ " + e.filename + ":" + e.lineno : ""));
    });
    window.addEventListener("unhandledrejection", function (e) {
        errors.push("unhandled rejection: " + String(e.reason));
    });
})();
