import assert from 'node:assert/strict';
import { asTyped } from '../../src/questions/spoken';

describe('a dictated question, as a director would have typed it', () => {
  const cases: [string, string][] = [
    ['what is baf three scored at', 'what is baf 3 scored at'],
    ['risk number five please', 'risk number 5 please'],
    ['Group BAF twenty-one', 'Group BAF 21'],
    ['actions due march twenty twenty five', 'actions due march 2025'],
    ['by end of June twenty twenty-six', 'by end of June 2026'],
    ['in two thousand and twenty six', 'in 2026'],
    ['due the thirty first of march', 'due 31 march'],
    ['what happens on April the first', 'what happens on April 1'],
    ['which one was only on eighty percent', 'which one was only on 80%'],
    ['ninety five per cent', '95%'],
    ['risks sitting at twenty at the moment', 'risks sitting at 20 at the moment'],
    ['tell me about L P T baf five', 'tell me about LPT baf 5'],
    ['any f t s u actions', 'any ftsu actions'],
    ['group baff too about', 'group BAF 2 about'],
    ['what is baf for?', 'what is baf 4?'],
    ['risk won score', 'risk 1 score'],
    ['baf one', 'baf 1'],
    ['one percent', '1%'],
    ['risks scored at nine', 'risks scored at 9'],
  ];
  for (const [dictated, typed] of cases)
    it(`reads "${dictated}" as "${typed}"`, () => assert.equal(asTyped(dictated), typed));

  const unchanged = [
    'the research one',
    'which one leads on it',
    'report the BAF to the board',
    'the risk for LPT',
    'part two decisions at the may board',
    'was may the first ever group board meeting?',
    'a b c of governance',
    'I think it was the first meeting',
    'who is the second lead',
    'BAF paper says three actions went to SEB',
    'the two trusts',
  ];
  for (const text of unchanged)
    it(`leaves "${text}" as it is`, () => assert.equal(asTyped(text), text));
});
