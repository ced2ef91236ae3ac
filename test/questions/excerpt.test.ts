import assert from 'node:assert/strict';
import { excerptOf } from '../../src/questions/answer/search';

describe('the excerpt a search answer shows', () => {
  it('starts at the sentence that holds the rarer words asked about, not the first mention of the title', () => {
    const text =
      'Applications open for the next cohort of Talent Matters: developing diverse leadership. ' +
      'Talent Matters focuses on engagement, development and support, and equips employees at all ' +
      'levels with the skills, commitment and behaviours to lead. Previous cohorts were well received ' +
      'across both trusts and many participants have since moved into new roles. Colleagues in Bands ' +
      '5, 6 and 7 with an ethnic and cultural minority background can apply and sessions will run ' +
      'until June 2026.';
    const excerpt = excerptOf(text, ['talent', 'apply', 'run']);
    assert.match(excerpt, /^…Colleagues in Bands 5, 6 and 7 .* until June 2026\.$/);
  });

  it('runs on to the sentence that holds the words the first part leaves out', () => {
    const text =
      'Promoting Environmental Benefits. We have appointed 17 Green Champions from across our ' +
      'services. They meet regularly and communicate initiatives with staff which is helping to foster ' +
      'a sense of ownership. Vehicle Emissions. There has been an increase in the number of staff who ' +
      'have opted for Ultra-Low emissions vehicles (ULEV) and Zero emissions vehicles (ZEV), including ' +
      "vehicles on order, there will soon be a total of 23 ZEV's and 39 ULEV's across our salary " +
      'sacrifice and lease car users. We change light bulbs to LED when an opportunity arises.';
    const excerpt = excerptOf(text, ['green', 'champions', 'lease', 'cars']);
    assert.match(excerpt, /^…We have appointed 17 Green Champions .* lease car users\.$/);
  });

  it('adds a second part for words asked far from the first', () => {
    const filler = 'The committee noted the report and its recommendations. '.repeat(6);
    const text = `Solar panels are planned at two sites. ${filler}Heat pumps replace gas boilers in 2026.`;
    const excerpt = excerptOf(text, ['solar', 'heat', 'pumps']);
    assert.match(excerpt, /Solar panels/);
    assert.match(excerpt, /…Heat pumps replace gas boilers in 2026\.$/);
  });

  it('adds a third part for words neither of the first two holds', () => {
    const filler = 'The committee noted the report and its recommendations. '.repeat(5);
    const text = `Solar panels are planned at two sites. ${filler}Heat pumps replace gas boilers in 2026. ${filler}Wind turbines were ruled out in March.`;
    const excerpt = excerptOf(text, ['solar', 'heat', 'pumps', 'wind', 'turbines']);
    assert.match(excerpt, /Solar panels/);
    assert.match(excerpt, /…Heat pumps replace gas boilers in 2026\./);
    assert.match(excerpt, /…Wind turbines were ruled out in March\.$/);
  });

  it('shows a short passage whole', () => {
    assert.equal(excerptOf('Sickness overall 6.0%.', ['sickness']), 'Sickness overall 6.0%.');
  });

  it("runs on to the sentence the question's other words prefer, keeping numbered paragraphs whole", () => {
    const text =
      "3.1 As a reminder, the Trust agreed the following service plans in March 2023: Adults', " +
      "Children and Young People's, Dental. 3.2 Progress with implementing service plans is reported " +
      'bi-monthly to Clinical Operational Board with the most recent report in September 2023. 3.2.1 ' +
      'Luton Adults Services. Most of the objectives are on track or have already been achieved.';
    const excerpt = excerptOf(
      text,
      ['service', 'plans'],
      false,
      'service plans - which forum do they report into and how often',
    );
    assert.match(
      excerpt,
      /^3\.1 As a reminder.* 3\.2 Progress with implementing service plans is reported bi-monthly to Clinical Operational Board with the most recent report in September 2023\.$/,
    );
    assert.doesNotMatch(
      excerptOf(text, ['service', 'plans']),
      /Clinical Operational Board/,
      'no other words: the first part alone',
    );
  });
});
