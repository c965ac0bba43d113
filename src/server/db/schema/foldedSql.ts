import { sql, type SQL } from 'drizzle-orm';
import { lettersWithDiacritics, plainLetters } from '../../../common/foldText.ts';

// Search text folded as common/foldText.ts folds query words: PostgreSQL's lower() and translate(),
// both immutable, so that the search indexes hold folded text and queries with the same expression
// use them.

/** The SQL text, lower-cased and without diacritics. */
export function foldedSql(text: SQL): SQL {
  return sql`translate(lower(${text}), ${sql.raw(`'${lettersWithDiacritics}'`)}, ${sql.raw(`'${plainLetters}'`)})`;
}
