/** A drawing pin: a pinned session stays where it is when the planner runs. */
export function PinIcon({ label, testId, className }: { label?: string; testId?: string; className?: string }) {
  return (
    <span className={className} role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true} title={label} data-testid={testId}>
      <svg viewBox="0 0 16 16" width="11" height="11" aria-hidden="true">
        <path d="M10.5 1.5 14.5 5.5 12 6.5 9.5 9 9.8 12.2 8.6 13.4 5.8 10.6 2.5 13.9 2.1 13.5 5.4 10.2 2.6 7.4 3.8 6.2 7 6.5 9.5 4z" fill="currentColor" />
      </svg>
    </span>
  );
}
