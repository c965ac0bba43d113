// Searches ignore case and diacritics, so that "lodz" finds "Łódź", "cafe" finds "Café" and "αθηνα"
// finds "Αθήνα": text is lower-cased, then each letter below is replaced by its plain letter. The
// server's search indexes fold the same way in SQL (db/schema/foldedSql.ts); letters not listed stay
// as written.

/** Lower-case letters with diacritics used across Europe (Latin and Greek), and their plain letters. */
export const lettersWithDiacritics =
  'àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžșțάέήίόύώϊϋΐΰ';
export const plainLetters =
  'aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzstαεηιουωιυιυ';

const plainOf = new Map([...lettersWithDiacritics].map((letter, i) => [letter, plainLetters[i] as string]));

/** The text lower-cased and without the diacritics above. */
export function foldText(text: string): string {
  return [...text.toLowerCase()].map((letter) => plainOf.get(letter) ?? letter).join('');
}
