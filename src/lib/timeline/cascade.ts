/**
 * The cascade at a glance (social card): for each provider, the first day on
 * the timeline on which its status in Hong Kong changed, and to what;
 * earliest first, providers without a change last (in dataset order).
 */
import type { Provider, Status } from '../data/schema';
import type { Timeline } from './model';

export interface CascadeRow {
  id: string;
  name: string;
  /** First day of a Hong Kong status change, if any. */
  day?: string;
  status: Status;
}

export function cascade(timeline: Timeline, providers: readonly Provider[]): CascadeRow[] {
  const rows = providers.map((p): CascadeRow => {
    let before = timeline.statusAt(p.id, 'hong-kong', timeline.first).status;
    const first = timeline.statusAt(p.id, 'hong-kong', timeline.first);
    if (first.change && first.change.date === timeline.first)
      return { id: p.id, name: p.name, day: timeline.first, status: first.status };
    for (const day of timeline.changeDays) {
      const now = timeline.statusAt(p.id, 'hong-kong', day).status;
      if (now !== before) return { id: p.id, name: p.name, day, status: now };
      before = now;
    }
    return { id: p.id, name: p.name, status: before };
  });
  const order = (r: CascadeRow) => r.day ?? '9999-99-99';
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (order(a.r) < order(b.r) ? -1 : order(a.r) > order(b.r) ? 1 : a.i - b.i))
    .map(({ r }) => r);
}
