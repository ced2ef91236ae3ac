import assert from 'node:assert/strict';
import { agendaItemSaid } from '../../src/questions/agendaItemSaid';

describe('an agenda item said in a message', () => {
  it('reads its title, type, lead and privacy however the secretary puts it', () => {
    assert.deepEqual(
      agendaItemSaid(
        'add an item to the private agenda: Estates sale update, paper, led by the Chief Finance Officer',
      ),
      { title: 'Estates sale update', type: 'Paper', lead: 'Chief Finance Officer', private: true },
    );
    assert.deepEqual(
      agendaItemSaid('add Estates sale update to the next board agenda, paper, led by the CFO'),
      {
        title: 'Estates sale update',
        type: 'Paper',
        lead: 'CFO',
      },
    );
    assert.deepEqual(
      agendaItemSaid(
        "put 'Freedom to Speak Up annual report' on the January agenda, presented by Beth Kendall",
      ),
      { title: 'Freedom to Speak Up annual report', lead: 'Beth Kendall' },
    );
    assert.deepEqual(
      agendaItemSaid(
        'can you add the Green Plan update to the next board agenda as a verbal item please',
      ),
      { title: 'Green Plan update', type: 'Verbal' },
    );
    assert.deepEqual(
      agendaItemSaid(
        'please add "Quality Account priorities" to the agenda - paper - lead: Group Chief Nurse',
      ),
      { title: 'Quality Account priorities', type: 'Paper', lead: 'Group Chief Nurse' },
    );
  });
  it('reads no item where none is named, nor in a move', () => {
    for (const text of [
      'add an item to the agenda',
      'add something to the agenda for the next board',
      'move the THRIVE item to after matters arising',
      'agenda edit: move item 10 THRIVE Strategy Update up to after item 5 matters arising please',
    ])
      assert.equal(agendaItemSaid(text), null, text);
  });
});
