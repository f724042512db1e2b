/** Steps that undo a batch's changes, run newest first when the batch fails part-way. */
export class UndoLog {
  private readonly steps: (() => void)[] = [];

  record(undo: () => void): void {
    this.steps.push(undo);
  }

  rollback(): void {
    for (let i = this.steps.length - 1; i >= 0; i--) this.steps[i]!();
  }
}
