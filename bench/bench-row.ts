/** One line of the `npm run bench` table: a measured number and its target. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
  met: boolean | null;
}
