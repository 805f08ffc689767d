// Small helpers for the pages; every page works without them. No inline script: the CSP allows only files from here.
(function () {
    "use strict";

    // A decision form goes out once: a second click while the first is on its way is ignored. (The request key in the
    // form already makes the engine record one decision; this spares the officer a confusing second answer.)
    // The comment is checked first where the step requires one for the chosen outcome.
    document.querySelectorAll("form[data-once]").forEach(function (form) {
        var sent = false;
        form.addEventListener("submit", function (e) {
            var button = e.submitter;
            var comment = form.querySelector("textarea[name=comment]");
            var required = (form.getAttribute("data-comment-required") || "").split(",").filter(Boolean);
            if (button && comment && required.indexOf(button.value) >= 0 && comment.value.trim() === "") {
                e.preventDefault();
                var alert = form.querySelector("[data-comment-alert]");
                if (alert) {
                    alert.hidden = false;
                }
                comment.setAttribute("aria-invalid", "true");
                comment.focus();
                return;
            }
            if (sent) {
                e.preventDefault();
                return;
            }
            sent = true;
            form.setAttribute("aria-busy", "true");
            // Disabled only after this event: a button disabled now would drop its own value from the form.
            window.setTimeout(function () {
                form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
            }, 0);
        });
    });

    // Print buttons (the print stylesheet lays the page out on A4).
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });
})();
