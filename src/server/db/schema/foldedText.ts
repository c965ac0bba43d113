import { sql, type SQL } from 'drizzle-orm';

// Searches ignore diacritics, so that "lodz" finds "Łódź", "cafe" finds "Café" and "athina" finds
// "Αθήνα" as written with or without accents. Text and query words are lower-cased, then each letter
// below is replaced by its plain letter; PostgreSQL's translate() does it in the search indexes and
// the queries that must use them, foldText() in the query words. Letters not listed stay as written.

/** Lower-case letters with diacritics used across Europe (Latin and Greek), and their plain letters. */
const withDiacritics =
  'àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžșțάέήίόύώϊϋΐΰ';
const plain = 'aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzstαεηιουωιυιυ';

const plainOf = new Map([...withDiacritics].map((letter, i) => [letter, plain[i] as string]));

/** The SQL text, lower-cased and without diacritics: what the search indexes hold. */
export function foldedSql(text: SQL): SQL {
  return sql`translate(lower(${text}), ${sql.raw(`'${withDiacritics}'`)}, ${sql.raw(`'${plain}'`)})`;
}

/** The same folding in JavaScript, for the words of a query. */
export function foldText(text: string): string {
  return [...text.toLowerCase()].map((letter) => plainOf.get(letter) ?? letter).join('');
}
