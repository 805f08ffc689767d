// 审批意见常用语 (issue 12): choosing a phrase puts it into the opinion box named by data-phrase-target; text already
// typed is kept and the phrase is added on a new line. The choice is reset so the same phrase can be picked again.
(function () {
    'use strict';
    document.querySelectorAll('select[data-phrase-target]').forEach(function (picker) {
        picker.addEventListener('change', function () {
            var box = document.getElementById(picker.getAttribute('data-phrase-target'));
            var phrase = picker.value;
            if (!box || !phrase) {
                return;
            }
            var current = box.value.trim();
            box.value = current ? current + '\n' + phrase : phrase;
            box.dispatchEvent(new Event('input', { bubbles: true }));
            picker.value = '';
            box.focus();
        });
    });
})();
