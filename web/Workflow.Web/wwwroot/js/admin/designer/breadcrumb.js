// The breadcrumb above the canvas (issue 12): 主流程 › 子流程 › …, one button per level above the one shown, so an
// administrator can go back out to any level with the mouse or the keyboard. The level shown is plain text.
export class Breadcrumb {
    /** go(depth) shows the level of that depth (0 is the root). */
    constructor(nav, model, go) {
        this.nav = nav;
        this.model = model;
        this.go = go;
    }

    render() {
        const nav = this.nav;
        while (nav.firstChild) {
            nav.removeChild(nav.firstChild);
        }
        const levels = this.model.levels;
        nav.hidden = levels.length < 2;
        const ol = document.createElement("ol");
        levels.forEach((level, i) => {
            const li = document.createElement("li");
            if (i === levels.length - 1) {
                const current = document.createElement("span");
                current.setAttribute("aria-current", "location");
                current.textContent = level.name;
                li.appendChild(current);
            } else {
                const b = document.createElement("button");
                b.type = "button";
                b.className = "link-button";
                b.setAttribute("data-depth", String(level.depth));
                b.textContent = level.name;
                b.addEventListener("click", () => this.go(level.depth));
                li.appendChild(b);
            }
            ol.appendChild(li);
        });
        nav.appendChild(ol);
    }
}
