/** Marks where the search text occurs, so the coordinator sees why a row matched. */
export function Highlight({ text, query }: { text: string; query: string }) {
  const q = query.trim();
  if (q.length < 2) return <>{text}</>;
  const at = text.toLocaleLowerCase('nl').indexOf(q.toLocaleLowerCase('nl'));
  // Case-folding can change a string's length (e.g. 'İ'); then we do not risk a wrong mark.
  if (at < 0 || text.toLocaleLowerCase('nl').length !== text.length) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark className="hl">{text.slice(at, at + q.length)}</mark>
      {text.slice(at + q.length)}
    </>
  );
}
