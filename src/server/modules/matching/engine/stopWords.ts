// Words that say nothing about what is offered or needed, as text.ts sees them: lower case and
// accents folded ("für" is "fur", "από" is "απο"). Without them two Italian listings would "match on the
// words 'di', 'per', 'il'" — BM25's idf lowers such words but does not silence them where a network
// writes mostly in one language.
//
// English: the classic SMART/Lucene-style list plus the connective words that every generated offer or
// need sentence carries ("up to", "about") and the periods of quantities ("170 pallets/week"): the
// quantity fit compares amounts, and "week" in two texts says nothing about whether one covers the other.
//
// Other EU languages: articles, prepositions, conjunctions, pronouns and auxiliaries. A function word
// that is also a business word in English stays a term: Dutch "van" and "door", German "die" (die
// casting), "hat" and "bin", Italian "ai" and "dove", French "ce" (CE marking), Portuguese "os", "nas"
// and "sem", Polish "po" (purchase orders) and "pan", and "pro". Each list holds its language's words
// even where another list has them too ("per", "in", "de"), one letter long included: they also tell
// a listing's language (language.ts).
const english = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves per via etc incl
hour hours day days daily week weeks weekly month months monthly quarter quarters quarterly year years yearly annual`;

const lists: Readonly<Record<string, string>> = {
  english,
  italian: `e i a in per il lo la gli le un uno una di da del dello della dei degli delle al allo alla alle dal dalla dai dalle
    nel nello nella nei nelle sul sulla sui sulle con su tra fra ed che non si ci mi ti vi ne come anche sono siamo
    ha hanno abbiamo nostro nostra nostri nostre vostro vostra loro suo sua suoi sue questo questa questi queste
    quello quella o oppure`,
  french: `a y se le la les un une des du de au aux et ou en dans sur pour par avec sans que qui cette ces nous vous notre
    nos votre vos est sont sommes pas ne leur leurs son sa ses il elle ils elles chez entre`,
  german: `in an am es der das den dem des ein eine einen einem einer eines und oder mit von vom zu zum zur im auf aus bei nach
    uber fur ist sind wir sie ihr ihre unser unsere unseren unserer nicht auch als wie um bis`,
  spanish: `de la y o a el los las un una unos unas del al en por para con sin que se su sus nuestro nuestra nuestros nuestras
    es son somos lo le les como mas muy`,
  portuguese: `de e o a as um uma uns umas do da dos das em no na nos por para com ou que se ao aos nosso nossa nossos nossas`,
  dutch: `in is de het een en op te met voor aan bij uit naar om als dat wij ons onze zijn niet ook tot`,
  polish: `i w z o a do to na od dla ze za sie nie jest sa oraz lub przez przy pod nad jak ich nasz nasza nasze naszych naszej`,
  greek: `και το τα του της των τον την τη οι με σε για απο στο στη στην στα στον στις στους ενα μια ενας που να θα
    ειναι μας σας ως`,
  bulgarian: `на за от по да се не със към при са ще как като или`,
};

/** The function words of each language, by its English name ("italian"); they tell a text's language. */
export const stopWordsByLanguage: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(lists).map(([language, list]) => [language, new Set(list.split(/\s+/).filter(Boolean))]),
);

export const stopWords: ReadonlySet<string> = new Set(
  Object.values(stopWordsByLanguage).flatMap((words) => [...words]),
);
