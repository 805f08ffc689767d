// Checks a 居民身份证号 as it is typed (GB 11643-1999): 17 digits, a real birth date, and the check digit
// computed with the standard weights. The message beside the field is a hint only: the server validates again.
(function () {
    "use strict";
    var weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    var checks = "10X98765432";

    function checkDigit(first17) {
        var sum = 0;
        for (var i = 0; i < 17; i++) {
            sum += Number(first17.charAt(i)) * weights[i];
        }
        return checks.charAt(sum % 11);
    }

    function validDate(yyyymmdd) {
        var y = Number(yyyymmdd.slice(0, 4)), m = Number(yyyymmdd.slice(4, 6)), d = Number(yyyymmdd.slice(6, 8));
        var date = new Date(Date.UTC(y, m - 1, d));
        return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && date.getTime() <= Date.now();
    }

    // Answers [message, ok]; an empty field says nothing.
    function describe(value) {
        var v = value.trim().toUpperCase();
        if (v === "") {
            return ["", true];
        }
        if (!/^\d{0,17}[\dX]?$/.test(v) || (v.length < 18 && v.indexOf("X") >= 0)) {
            return ["身份证号只能由数字和末位 X 组成", false];
        }
        if (v.length < 18) {
            return ["已输入 " + v.length + " 位，应为 18 位", false];
        }
        if (!validDate(v.slice(6, 14))) {
            return ["身份证号中的出生日期无效", false];
        }
        if (checkDigit(v.slice(0, 17)) !== v.charAt(17)) {
            return ["身份证号校验位不正确，请核对", false];
        }
        return ["身份证号格式正确", true];
    }

    function messageFor(input) {
        var next = input.nextElementSibling;
        return next && next.hasAttribute("data-idnumber-message") ? next : null;
    }

    function update(input) {
        var box = messageFor(input);
        var result = describe(input.value);
        if (box) {
            box.textContent = result[0];
            box.className = "id-check " + (result[0] === "" ? "" : result[1] ? "ok" : "bad");
        }
        input.setAttribute("aria-invalid", result[1] ? "false" : "true");
    }

    // Delegated, so household rows added later are checked too.
    document.addEventListener("input", function (e) {
        if (e.target && e.target.matches && e.target.matches("input[data-idnumber]")) {
            update(e.target);
        }
    });
    document.querySelectorAll("input[data-idnumber]").forEach(function (input) {
        if (input.value !== "") {
            update(input);
        }
    });
    window.wfIdNumber = { describe: describe, checkDigit: checkDigit };
})();
