// The post as the person wrote it, with the findings' words marked. Text nodes only: a post
// that contains HTML or script shows as the characters typed.
import type { Finding } from '@/rules/types';

/** Pieces of `text`, each marked or not; overlapping findings merge into one mark. */
export function markedPieces(text: string, findings: Pick<Finding, 'start' | 'end'>[]): { text: string; marked: boolean }[] {
  const ranges = findings
    .filter((finding) => finding.end > finding.start && finding.start >= 0 && finding.end <= text.length)
    .map((finding) => [finding.start, finding.end] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const pieces: { text: string; marked: boolean }[] = [];
  let position = 0;
  for (const [start, end] of merged) {
    if (start > position) pieces.push({ text: text.slice(position, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    position = end;
  }
  if (position < text.length) pieces.push({ text: text.slice(position), marked: false });
  return pieces;
}

export function PostPreview({ text, findings, label }: { text: string; findings: Finding[]; label: string }) {
  return (
    <blockquote className="post-preview" aria-label={label}>
      {markedPieces(text, findings).map((piece, index) =>
        piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
      )}
    </blockquote>
  );
}
