/**
 * Bank holidays in England and Wales, as GOV.UK publishes them at https://www.gov.uk/bank-holidays.json
 * (division "england-and-wales"; transcribed from that feed's data file in alphagov/frontend,
 * lib/data/bank-holidays.json, last updated 24 November 2025). A substitute day is listed on the day
 * off, not on the weekend date it replaces. When GOV.UK publishes another year, add its days here and
 * move `lastYear`; until then working-day sums in an uncovered year skip weekends only, and
 * bankHolidayCoverageWarning says so.
 */

export interface BankHoliday {
  /** YYYY-MM-DD. */
  date: string;
  title: string;
}

export interface BankHolidays {
  region: string;
  source: string;
  /** The first and last calendar years whose bank holidays are all listed. */
  firstYear: number;
  lastYear: number;
  days: readonly BankHoliday[];
}

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: BankHolidays = {
  region: 'England and Wales',
  source: 'https://www.gov.uk/bank-holidays.json',
  firstYear: 2024,
  lastYear: 2028,
  days: [
    // 2024
    { date: '2024-01-01', title: 'New Year’s Day' },
    { date: '2024-03-29', title: 'Good Friday' },
    { date: '2024-04-01', title: 'Easter Monday' },
    { date: '2024-05-06', title: 'Early May bank holiday' },
    { date: '2024-05-27', title: 'Spring bank holiday' },
    { date: '2024-08-26', title: 'Summer bank holiday' },
    { date: '2024-12-25', title: 'Christmas Day' },
    { date: '2024-12-26', title: 'Boxing Day' },
    // 2025
    { date: '2025-01-01', title: 'New Year’s Day' },
    { date: '2025-04-18', title: 'Good Friday' },
    { date: '2025-04-21', title: 'Easter Monday' },
    { date: '2025-05-05', title: 'Early May bank holiday' },
    { date: '2025-05-26', title: 'Spring bank holiday' },
    { date: '2025-08-25', title: 'Summer bank holiday' },
    { date: '2025-12-25', title: 'Christmas Day' },
    { date: '2025-12-26', title: 'Boxing Day' },
    // 2026
    { date: '2026-01-01', title: 'New Year’s Day' },
    { date: '2026-04-03', title: 'Good Friday' },
    { date: '2026-04-06', title: 'Easter Monday' },
    { date: '2026-05-04', title: 'Early May bank holiday' },
    { date: '2026-05-25', title: 'Spring bank holiday' },
    { date: '2026-08-31', title: 'Summer bank holiday' },
    { date: '2026-12-25', title: 'Christmas Day' },
    { date: '2026-12-28', title: 'Boxing Day (substitute day)' },
    // 2027
    { date: '2027-01-01', title: 'New Year’s Day' },
    { date: '2027-03-26', title: 'Good Friday' },
    { date: '2027-03-29', title: 'Easter Monday' },
    { date: '2027-05-03', title: 'Early May bank holiday' },
    { date: '2027-05-31', title: 'Spring bank holiday' },
    { date: '2027-08-30', title: 'Summer bank holiday' },
    { date: '2027-12-27', title: 'Christmas Day (substitute day)' },
    { date: '2027-12-28', title: 'Boxing Day (substitute day)' },
    // 2028
    { date: '2028-01-03', title: 'New Year’s Day (substitute day)' },
    { date: '2028-04-14', title: 'Good Friday' },
    { date: '2028-04-17', title: 'Easter Monday' },
    { date: '2028-05-01', title: 'Early May bank holiday' },
    { date: '2028-05-29', title: 'Spring bank holiday' },
    { date: '2028-08-28', title: 'Summer bank holiday' },
    { date: '2028-12-25', title: 'Christmas Day' },
    { date: '2028-12-26', title: 'Boxing Day' },
  ],
};
