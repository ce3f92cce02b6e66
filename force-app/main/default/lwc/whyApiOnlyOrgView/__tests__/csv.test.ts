import { CSV_FIELD_CASES } from '../../csvEncoder/__tests__/csvCases';
import { csvDataUri, toCsv } from '../csv';

const HEADERS = {
  name: 'Name',
  username: 'Username',
  profile: 'Profile',
  license: 'Licence',
  active: 'Active',
  why: 'Why'
};
const row = {
  userId: '005000000000001AAA',
  name: 'Jane',
  username: 'jane@example.com',
  profile: 'P',
  license: 'L',
  isActive: false,
  why: 'because'
};

describe('csv of the org-wide view', () => {
  it('defuses values a spreadsheet would run as formulas', () => {
    const csv = toCsv(
      HEADERS,
      [{ ...row, name: '=HYPERLINK("x")', profile: '+1', license: '@a' }],
      {
        yes: 'Yes',
        no: 'No'
      }
    );
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",jane@example.com,'+1,'@a,No,because`);
  });

  // The same table as `why-api-only audit --csv` (c/csvEncoder): one encoder, one behaviour.
  it.each(CSV_FIELD_CASES)(
    'writes $what in a name as a field a spreadsheet shows as text',
    (testCase) => {
      const csv = toCsv(HEADERS, [{ ...row, name: testCase.value }], { yes: 'Yes', no: 'No' });
      expect(csv).toContain(`\r\n${testCase.field},jane@example.com,P,L,No,because\r\n`);
    }
  );

  it('quotes line breaks inside a value', () => {
    const csv = toCsv(HEADERS, [{ ...row, why: 'one\ntwo' }], { yes: 'Yes', no: 'No' });
    expect(csv).toContain('"one\ntwo"');
  });

  it('encodes the CSV into a data URI that decodes back to the same text', () => {
    const csv = 'a,b\r\nü,"c"\r\n';
    const uri = csvDataUri(csv);
    expect(uri).toBe(`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`);
    expect(decodeURIComponent(uri.split(',').slice(1).join(','))).toBe(csv);
  });
});
