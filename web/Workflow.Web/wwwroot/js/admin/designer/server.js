// Talking to the page's handlers: every call posts JSON with the anti-forgery token in a header, and every answer
// carries the engine's validation problems by activity, shown in the list and on the nodes. Save and publish live here.

export class Messages {
    constructor(box) {
        this.box = box;
    }

    show(kind, title, detail) {
        while (this.box.firstChild) {
            this.box.removeChild(this.box.firstChild);
        }
        const div = document.createElement("div");
        div.className = "message " + kind;
        div.setAttribute("role", kind === "success" ? "status" : "alert");
        const strong = document.createElement("strong");
        strong.textContent = title;
        div.appendChild(strong);
        if (detail) {
            const span = document.createElement("span");
            span.textContent = " " + detail;
            div.appendChild(span);
        }
        this.box.appendChild(div);
    }
}

export class Server {
    /** redraw() shows the problems on the canvas and in the panel. */
    constructor(root, model, view, messages, redraw) {
        this.root = root;
        this.model = model;
        this.view = view;
        this.messages = messages;
        this.redraw = redraw;
        this.token = document.querySelector("#designer-token input[name=__RequestVerificationToken]").value;
    }

    post(url, body) {
        this.root.setAttribute("aria-busy", "true");
        return fetch(url, {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", "RequestVerificationToken": this.token },
            body: JSON.stringify(body)
        }).then((response) => response.json()
            .catch(() => ({ title: "服务器没有返回结果", detail: "状态码 " + response.status }))
            .then((json) => ({ ok: response.ok, body: json }))
        ).finally(() => {
            this.root.removeAttribute("aria-busy");
        });
    }

    showProblems(problems) {
        const byActivity = {};
        const ul = document.getElementById("designer-problems");
        while (ul.firstChild) {
            ul.removeChild(ul.firstChild);
        }
        (problems || []).forEach((p) => {
            const li = document.createElement("li");
            li.className = p.isError ? "error" : "warning";
            li.setAttribute("data-activity", p.activityId || "");
            const code = document.createElement("code");
            code.textContent = p.path;
            li.appendChild(code);
            li.appendChild(document.createTextNode(" " + (p.isError ? "错误：" : "警告：") + p.message));
            ul.appendChild(li);
            if (p.activityId && p.isError) {
                (byActivity[p.activityId] = byActivity[p.activityId] || []).push(p.message);
            }
        });
        if (!problems || problems.length === 0) {
            const ok = document.createElement("li");
            ok.className = "ok";
            ok.textContent = "校验通过，没有错误。";
            ul.appendChild(ok);
        }
        this.view.problems = byActivity;
        this.redraw();
    }

    after(result, success) {
        this.showProblems(result.body.problems);
        if (result.ok) {
            this.model.markSaved();
            success(result.body);
        } else {
            this.messages.show("error", result.body.title || "操作失败", result.body.detail);
        }
    }

    wireSaveAndPublish() {
        document.getElementById("designer-save").addEventListener("click", () => {
            this.post(this.root.getAttribute("data-save"), this.model.doc).then((result) => {
                this.after(result, (body) => {
                    const errors = (body.problems || []).filter((p) => p.isError).length;
                    if (errors > 0) {
                        this.messages.show("warning", "草稿已保存，但有 " + errors + " 个错误", "修正标红的环节后才能发布。");
                    } else {
                        this.messages.show("success", "草稿已保存", "校验通过，可以发布。");
                    }
                });
            });
        });
        document.getElementById("designer-publish").addEventListener("click", () => {
            this.post(this.root.getAttribute("data-publish"), this.model.doc).then((result) => {
                this.after(result, (body) => {
                    this.root.setAttribute("data-published-version", String(body.version));
                    this.messages.show("success", "已发布第 " + body.version + " 版", "新受理的案件使用新版本；在办案件仍按原版本办理。");
                });
            });
        });
    }
}
