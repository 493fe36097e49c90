// date-chinese ships declarations but does not name them in its package «exports», which NodeNext
// resolution requires; this is the part of its API that lunar.ts uses, as the package declares it.
declare module 'date-chinese' {
  export interface GregorianDate {
    year: number;
    month: number;
    day: number;
  }
  export class CalendarVietnamese {
    constructor(cycle?: number, year?: number, month?: number, leap?: number, day?: number);
    fromGregorian(year: number, month: number, day: number): this;
    /** [cycle, year in cycle, month, leap, day] */
    get(): [number, number, number, boolean, number];
    toGregorian(gyear: number): GregorianDate;
  }
}
