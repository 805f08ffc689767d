// The intake form's household rows: add a row from the template, remove a row, and keep the indexes of the field
// names contiguous (Members[0], Members[1] …) so the server binds every row.
(function () {
    "use strict";
    var body = document.querySelector("[data-members]");
    var template = document.getElementById("member-template");
    if (!body || !template) {
        return;
    }

    function renumber() {
        body.querySelectorAll("tr[data-member]").forEach(function (row, i) {
            row.querySelectorAll("input[name]").forEach(function (input) {
                input.name = input.name.replace(/Members\[(\d+|__i__)\]/, "Members[" + i + "]");
            });
        });
    }

    document.querySelectorAll("[data-add-member]").forEach(function (button) {
        button.addEventListener("click", function () {
            body.appendChild(document.importNode(template.content, true));
            renumber();
            var rows = body.querySelectorAll("tr[data-member]");
            rows[rows.length - 1].querySelector("input").focus();
        });
    });

    body.addEventListener("click", function (e) {
        var button = e.target.closest ? e.target.closest("[data-remove-member]") : null;
        if (!button) {
            return;
        }
        button.closest("tr").remove();
        renumber();
    });
})();
