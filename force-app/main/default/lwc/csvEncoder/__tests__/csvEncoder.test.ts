import { csvField, csvRows } from 'c/csvEncoder';
import { CSV_FIELD_CASES } from './csvCases';

describe('the CSV encoder', () => {
  it.each(CSV_FIELD_CASES)('encodes $what as a field a spreadsheet shows as text', (testCase) => {
    expect(csvField(testCase.value)).toBe(testCase.field);
  });

  it('joins fields with commas and ends every row, the last too, with CRLF', () => {
    expect(
      csvRows([
        ['a', 'b;c'],
        ['=1', '']
      ])
    ).toBe('a,"b;c"\r\n\'=1,\r\n');
  });

  it('writes nothing for no rows', () => {
    expect(csvRows([])).toBe('');
  });
});
