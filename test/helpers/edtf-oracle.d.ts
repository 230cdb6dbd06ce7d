// The `edtf` package (dev dependency: the oracle our own EDTF parser is tested
// against, src/model/edtf-date.test.ts) ships no types; this is the part the tests use.
declare module 'edtf' {
  /** A parsed EDTF value: its first and last millisecond (null: unknown end; ±Infinity: open). */
  interface EdtfValue {
    readonly type: string;
    readonly min: number | null;
    readonly max: number | null;
  }
  /** The parse tree: what the string says, before any arithmetic. */
  interface EdtfParsed {
    readonly type: string;
    readonly level: number;
    readonly values: readonly unknown[];
    readonly approximate?: boolean;
    readonly uncertain?: boolean;
  }
  export function parse(input: string, options?: { level?: 0 | 1 | 2 }): EdtfParsed;
  export default function edtf(input: string, options?: { level?: 0 | 1 | 2 }): EdtfValue;
}
