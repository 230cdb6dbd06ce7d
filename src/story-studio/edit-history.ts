/**
 * Undo and redo over whole documents: each edit keeps the state before it.
 * Typing in one field makes one step, not one per key: an edit with the same
 * key as the one before it, within a short while, replaces that step.
 *
 * @module
 */

/** How long (ms) edits of one field join into one undo step. */
export const COALESCE_MS = 1500;

/** The undo and redo stacks of a document of type `T`. */
export class EditHistory<T> {
  private readonly undoStack: T[] = [];
  private readonly redoStack: T[] = [];
  private lastKey: string | undefined;
  private lastTime = 0;

  /** How many steps back and forward there are. */
  get depth(): { readonly undo: number; readonly redo: number } {
    return { undo: this.undoStack.length, redo: this.redoStack.length };
  }

  /** Records that `before` was replaced by an edit with `key` at time `now`. */
  record(before: T, key: string, now: number): void {
    const joins = key === this.lastKey && now - this.lastTime < COALESCE_MS;
    if (!joins) this.undoStack.push(before);
    this.redoStack.length = 0;
    this.lastKey = key;
    this.lastTime = now;
  }

  /** The state to go back to from `current`, or undefined when there is none. */
  undo(current: T): T | undefined {
    const previous = this.undoStack.pop();
    if (previous === undefined) return undefined;
    this.redoStack.push(current);
    this.lastKey = undefined;
    return previous;
  }

  /** The state undone last, or undefined when there is none. */
  redo(current: T): T | undefined {
    const next = this.redoStack.pop();
    if (next === undefined) return undefined;
    this.undoStack.push(current);
    this.lastKey = undefined;
    return next;
  }

  /** Forgets every step (another document was opened). */
  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
    this.lastKey = undefined;
  }
}
