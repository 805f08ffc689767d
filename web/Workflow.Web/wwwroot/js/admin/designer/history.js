// Undo and redo (issue 12): every change the designer makes ends in model.markDirty(), which records the document as it
// was before; undo and redo swap whole documents, so no edit needs its own inverse.
export class History {
    constructor(model) {
        this.model = model;
        this.undoStack = [];
        this.redoStack = [];
        this.last = JSON.stringify(model.doc);
    }

    /** Called after a change: keeps the state before it, and forgets what could have been redone. */
    record() {
        const now = JSON.stringify(this.model.doc);
        if (now !== this.last) {
            this.undoStack.push(this.last);
            this.redoStack = [];
            this.last = now;
        }
    }

    get canUndo() {
        return this.undoStack.length > 0;
    }

    get canRedo() {
        return this.redoStack.length > 0;
    }

    undo() {
        return this.move(this.undoStack, this.redoStack);
    }

    redo() {
        return this.move(this.redoStack, this.undoStack);
    }

    move(from, to) {
        if (from.length === 0) {
            return false;
        }
        to.push(this.last);
        this.last = from.pop();
        this.model.restore(JSON.parse(this.last));
        return true;
    }
}
