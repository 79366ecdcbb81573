// Table tests for statements: invented sentences about invented people. Each row: report text in,
// the statements expected out as [speaker, position] (positions compared as written).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/extract/index.js';
import { article, nameOf } from '../../support/articles.js';

const statements = (text: string) => {
  const x = extract(article(text));
  return x.statements.map((s) => [nameOf(x, s.speaker), s.position]);
};

const table: [string, string, [string, string][]][] = [
  [
    'a headline line repeats the body: only the body sentence gives the position',
    'Minister Arvid Lindqvist says grain talks to resume\n\nForeign Minister Arvid Lindqvist said on Monday that the grain talks would resume in the spring.',
    [['Arvid Lindqvist', 'the grain talks would resume in the spring']],
  ],
  [
    'addressing an occasion is no position',
    'President Marta Kovalenko addressed the summit on Tuesday in the capital.',
    [],
  ],
  [
    'addressing a concern is a position',
    'President Marta Kovalenko addressed concerns about the new border fees on Tuesday.',
    [['Marta Kovalenko', 'addressed concerns about the new border fees on Tuesday']],
  ],
  [
    'conveying greetings is a courtesy, no position',
    'Foreign Minister Tomas Revel conveyed greetings from the king to President Ilse Marten.',
    [],
  ],
  [
    'agreeing to meet again is a meeting plan, no position',
    'Foreign Minister Tomas Revel agreed to meet again in May to review the customs accord.',
    [],
  ],
  [
    'agreeing to meet obligations is a position',
    'Foreign Minister Tomas Revel agreed to meet the obligations of the fisheries accord by next year.',
    [['Tomas Revel', 'agreed to meet the obligations of the fisheries accord by next year']],
  ],
  [
    "'CLAUSE, X said, adding that CLAUSE2' gives two positions of X",
    'The port would reopen by June, Transport Minister Ravi Okonkwo said, adding that customs checks would be simplified for small traders.',
    [
      ['Ravi Okonkwo', 'The port would reopen by June'],
      ['Ravi Okonkwo', 'customs checks would be simplified for small traders'],
    ],
  ],
  [
    'calling on a person is a courtesy call',
    'Trade Minister Leena Varga called on President Oskar Brandt earlier in the day.',
    [],
  ],
  [
    'calling on people to act is an appeal',
    'Trade Minister Leena Varga called on the two governments to resume the river talks without delay.',
    [['Leena Varga', 'called on the two governments to resume the river talks without delay']],
  ],
  [
    'a quoted sentence pointing back at the one before states nothing of its own',
    '"We will not accept new tariffs on our dairy farmers. That is the spirit in which we came to the table," Agriculture Minister Leena Varga said.',
    [['Leena Varga', 'We will not accept new tariffs on our dairy farmers']],
  ],
  [
    "'when they met …' after a position is its occasion, cut from it",
    'Prime Minister Selma Haddad recalled that she and President Jonas Brandt agreed on the need for safer ferries when they met in Valletta in March.',
    [['Selma Haddad', 'she and President Jonas Brandt agreed on the need for safer ferries']],
  ],
  [
    'a short quotation of two sentences is one position',
    '"The ferry link must reopen this year. Our islanders have waited long enough," Transport Minister Ravi Okonkwo said.',
    [['Ravi Okonkwo', 'The ferry link must reopen this year; Our islanders have waited long enough']],
  ],
  [
    'a long quotation gives a position per sentence',
    '"The ferry link between the two islands must reopen before the summer season begins in earnest. Our fishermen and their families have waited long enough for the ministry in the capital to act," Transport Minister Ravi Okonkwo said.',
    [
      ['Ravi Okonkwo', 'The ferry link between the two islands must reopen before the summer season begins in earnest'],
      [
        'Ravi Okonkwo',
        'Our fishermen and their families have waited long enough for the ministry in the capital to act',
      ],
    ],
  ],
  [
    'a name before an apposition with a relative clause is the subject',
    'Deputy Minister Ilse Marten arrived on Monday. Marten, a career diplomat who once led the trade office in Lyon, warned that new port fees were hurting fruit exporters.',
    [['Ilse Marten', 'new port fees were hurting fruit exporters']],
  ],
  [
    "', but VERB' after a sentence-opening subject shares it",
    'Foreign Minister Tomas Revel struck a softer tone, but called for the neighbours to reopen the rail crossing.',
    [['Tomas Revel', 'called for the neighbours to reopen the rail crossing']],
  ],
  [
    "a quoted readout 'The minister stressed …' is the minister's position, not the spokesman's",
    'Foreign Minister Tomas Revel met President Ilse Marten in Oslo. "Revel stressed the importance of keeping the fisheries talks on schedule despite the dispute," spokesman Ravi Okonkwo said.',
    [['Tomas Revel', 'stressed the importance of keeping the fisheries talks on schedule despite the dispute']],
  ],
  [
    "a long clause before 'X noted' turned by ', but' gives two positions",
    'The islands have no quarrel with the fishing fleets of the neighbouring states, and the dispute is old, but it is the duty of both capitals to settle the quota question, Foreign Minister Tomas Revel noted.',
    [
      [
        'Tomas Revel',
        'The islands have no quarrel with the fishing fleets of the neighbouring states, and the dispute is old',
      ],
      ['Tomas Revel', 'it is the duty of both capitals to settle the quota question'],
    ],
  ],
  [
    "'A and B held talks …, agreeing to …' is the position of both",
    'Prime Minister Selma Haddad and President Jonas Brandt held talks in Valletta last month, agreeing to expand the ferry service between the two islands.',
    [
      ['Selma Haddad', 'agreeing to expand the ferry service between the two islands'],
      ['Jonas Brandt', 'agreeing to expand the ferry service between the two islands'],
    ],
  ],
];

for (const [name, text, expected] of table) {
  test(`statements: ${name}`, () => {
    assert.deepEqual(statements(text), expected);
  });
}
