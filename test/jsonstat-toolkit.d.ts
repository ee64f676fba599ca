// jsonstat-toolkit ships no types; the part the tests use (an ES module: a default export).
declare module 'jsonstat-toolkit' {
  interface JsonStatCell {
    value: number | null;
    status: string | null;
  }
  interface JsonStatDimension {
    id: string[];
    label: string;
    length: number;
    Category(id: string): { label: string; index: number } | null;
  }
  interface JsonStat {
    class: string;
    version: string;
    id: string[];
    n: number;
    label: string;
    source: string;
    extension: Record<string, unknown> | null;
    Dimension(id: string): JsonStatDimension | null;
    Data(query: Record<string, string> | number | number[]): JsonStatCell | null;
  }
  export default function JSONstat(input: unknown): JsonStat;
}
