/** Bounds for an imported register, whatever its format, and the refusal that says why a file was not read. */
export const GRID_LIMITS = {
  /** Rows and columns read per sheet; a register is far smaller. */
  rows: 100_000,
  columns: 500,
  /** A CSV file, or an .ods content.xml once inflated. */
  maxTextBytes: 64 * 1024 * 1024,
};

export class ImportRefusal extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ImportRefusal';
  }
}
