/** Types for wink-porter2-stemmer (the package ships none): the Porter2 (Snowball English) stemmer. */
declare module 'wink-porter2-stemmer' {
  function stem(word: string): string;
  export = stem;
}
