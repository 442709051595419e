/**
 * The record shapes a SIEM export's JSON or CSV rows are read as, in the order they are told apart (`index.ts`
 * reads each record by the first that matches; the error for an input of none names them all): a new reader is one
 * entry here and its folder's mapper.
 */
import type { InputFormat, InputWarning, NormalizedEvent } from '../../src/model/event.js';
import type { FieldSelection } from '../../src/model/reader.js';
import { type Json, type RecordPlace, isObject, text } from './common.js';
import { detectionEvents, isChainsawDetection, isEvtxCrateEvent, mapEvtxCrateEvent } from './chainsaw/mapper.js';
import { isEcsDocument, mapEcs } from './ecs/mapper.js';
import { type EvtxecmdState, isEvtxecmdRecord, isHiddenRecord, mapEvtxecmd } from './evtxecmd/mapper.js';
import { isFlatRecord, isNxlogRecord, mapFlat, type NxlogState } from './nxlog/mapper.js';
import { mapSentinel, sentinelTable } from './sentinel/mapper.js';
import { mapClassic } from './splunk/classic.js';
import {
  isVelociraptorEvtx,
  isVelociraptorHunter,
  mapVelociraptorEvtx,
  mapVelociraptorHunter,
} from './velociraptor/mapper.js';
import { isWinlogbeat6, mapWinlogbeat6 } from './winlogbeat6/mapper.js';
import { eventsFromXml } from './xml.js';

/** What one input's records tell the reader beyond their events (its warnings say them once, at the end). */
export interface ShapeCounts {
  readonly nxlog: NxlogState;
  readonly evtxecmd: EvtxecmdState;
  /** EvtxECmd's CSV and JSON rows (not `--fj`'s whole events): they keep no ActivityID. */
  evtxecmdRows: number;
  /** EvtxECmd rows recovered from slack (`HiddenRecord`), left out. */
  hidden: number;
  /** Chainsaw detections' documents that carry no event. */
  detectionsWithout: number;
}

/** What a shape reads a record with: the reader's field selection, warnings and counts. */
export interface ShapeContext {
  readonly select: FieldSelection | undefined;
  readonly warn: (w: InputWarning) => void;
  readonly counts: ShapeCounts;
}

/** One record's events, mapped one event at a time (a mapping that fails costs its own event only). */
type Mapping = () => NormalizedEvent[];

export interface RecordShape {
  /** As the error for an input of no known shape names it. */
  readonly name: string;
  is(doc: Json): boolean;
  read(doc: Json, place: RecordPlace, ctx: ShapeContext): Mapping[];
}

/** The event's own XML where the record carries it whole (`<Event`), else its fields mapped. */
const xmlOr =
  (xml: string | undefined, place: RecordPlace, format: InputFormat, ctx: ShapeContext, fields: Mapping): Mapping =>
  () =>
    xml?.trimStart().startsWith('<Event') ? eventsFromXml(xml, place, format, ctx.warn) : fields();

/** A shape whose record is one event, its fields mapped. */
const oneEvent = (
  name: string,
  is: (doc: Json) => boolean,
  map: (doc: Json, place: RecordPlace, select: FieldSelection | undefined) => NormalizedEvent,
): RecordShape => ({ name, is, read: (doc, place, ctx) => [() => [map(doc, place, ctx.select)]] });

export const RECORD_SHAPES: readonly RecordShape[] = [
  {
    name: 'Splunk (XmlWinEventLog _raw, classic WinEventLog)',
    is: (doc) => text(doc._raw) !== undefined,
    read: (doc, place, ctx) => {
      const raw = text(doc._raw)!;
      return [
        raw.trimStart().startsWith('<')
          ? () => eventsFromXml(raw, place, 'splunk-xml', ctx.warn)
          : () => [mapClassic(raw, place, ctx.select, 0)],
      ];
    },
  },
  {
    name: 'Elastic ECS',
    is: isEcsDocument,
    read: (doc, place, ctx) => {
      const original = isObject(doc.event) ? text(doc.event.original) : text(doc['event.original']);
      return [xmlOr(original, place, 'ecs', ctx, () => [mapEcs(doc, place, ctx.select)])];
    },
  },
  oneEvent('Winlogbeat 6', isWinlogbeat6, mapWinlogbeat6),
  {
    name: 'Sentinel (WindowsEvent, SecurityEvent, Event)',
    is: (doc) => sentinelTable(doc) !== undefined,
    read: (doc, place, ctx) => [
      xmlOr(text(doc.RawEventData), place, 'sentinel-windowsevent', ctx, () => [
        mapSentinel(doc, sentinelTable(doc)!, place, ctx.select),
      ]),
    ],
  },
  // The forensic tools' shapes, before flat JSON: a Velociraptor row also has flat `Channel` and `EventID` columns.
  oneEvent("Velociraptor's EVTX rows", isVelociraptorEvtx, mapVelociraptorEvtx),
  oneEvent("Velociraptor's EvtxHunter rows", isVelociraptorHunter, mapVelociraptorHunter),
  {
    name: 'EvtxECmd',
    is: isEvtxecmdRecord,
    read: (doc, place, ctx) => {
      ctx.counts.evtxecmdRows++;
      if (!isHiddenRecord(doc)) return [() => [mapEvtxecmd(doc, place, ctx.select, ctx.counts.evtxecmd)]];
      ctx.counts.hidden++;
      return [];
    },
  },
  oneEvent("Chainsaw's dump", isEvtxCrateEvent, mapEvtxCrateEvent),
  {
    name: "Chainsaw's hunt",
    is: isChainsawDetection,
    read: (doc, place, ctx) => {
      const { events, without } = detectionEvents(doc);
      ctx.counts.detectionsWithout += without;
      return events.map((data) => () => [mapEvtxCrateEvent(data, { file: place.file, line: place.line }, ctx.select)]);
    },
  },
  {
    name: 'NXLog and flat JSON',
    is: (doc) => isNxlogRecord(doc) || isFlatRecord(doc),
    read: (doc, place, ctx) => [() => [mapFlat(doc, place, ctx.select, ctx.counts.nxlog)]],
  },
];
