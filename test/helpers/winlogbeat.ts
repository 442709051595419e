/** One Winlogbeat 8 hit as an Elasticsearch export writes it (one NDJSON line), for generated fleet exports. */
export interface WinlogbeatHit {
  index: string;
  id: string;
  ms: number;
  computer: string;
  provider: string;
  channel: string;
  eventId: number;
  recordId: number;
  data: Record<string, string>;
  /** The event's fields as UserData (RCM, LSM, Gateway) rather than EventData. */
  userData: boolean;
  activity?: string;
}

export function winlogbeatHit(h: WinlogbeatHit): string {
  return JSON.stringify({
    _index: h.index,
    _id: h.id,
    _source: {
      '@timestamp': new Date(h.ms).toISOString(),
      host: { name: 'wec01.corp.example.test' },
      event: { code: String(h.eventId) },
      winlog: {
        channel: h.channel,
        provider_name: h.provider,
        event_id: String(h.eventId),
        record_id: h.recordId,
        computer_name: h.computer,
        ...(h.activity ? { activity_id: h.activity } : {}),
        ...(h.userData ? { user_data: h.data } : { event_data: h.data }),
      },
    },
  });
}
