/** Text cut to a length for a card or a chat line, at a word where it can be, with an ellipsis. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  // At the end of a word where one ends near the limit, not part-way through one ("ass…").
  const space = cut.lastIndexOf(' ');
  const atWord = /\s/.test(value[max - 1]!) || space < max * 0.75 ? cut : cut.slice(0, space);
  return `${atWord.trimEnd().replace(/[,;:–-]$/, '')}…`;
}
