import { listOf } from '../../patterns/evidence.js';
import type { EventMatcher } from '../../patterns/types.js';
import { channelNamed, findChannel } from '../../src/model/channels.js';
import { EVENTS, type EventRow } from '../../src/model/events.js';

/** The rows a matcher's event `id` can be: of its providers (any if none) and in its channels (any if none). */
export function rowsOf(m: EventMatcher, id: number): EventRow[] {
  const providers = listOf(m.provider).map((p) => p.toLowerCase());
  const channels = listOf(m.channel).map((c) => channelNamed(c));
  return EVENTS.filter(
    (r) =>
      r.id === id &&
      (providers.length === 0 || providers.includes(r.provider.toLowerCase())) &&
      (channels.length === 0 ||
        [r.channel, ...(r.alsoIn ?? [])].map((c) => findChannel(c)).some((c) => c && channels.includes(c))),
  );
}
