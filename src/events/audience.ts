/**
 * An audience's fan-out: the subscriptions of one viewer, subscription and scope that have caught
 * up with the live events (src/events/stream.ts attaches each to its connection and, once nothing
 * is left to replay or queued, makes it a member). The audience is the one dispatcher sink of its
 * members: it resolves each live event once, renders it once per sink key (same document and
 * variables: src/graphql/shared-subscribe.ts) and writes it to every member's connection in one
 * loop, so an event reaches ten thousand subscribers without ten thousand chains of promises.
 */
import { AppError, ErrorCode } from "../errors";
import type { EventDispatcher, EventSink, OutboxEvent } from "./dispatcher";

/** What a subscriber waits on before it is too far behind (it can resubscribe with afterEventId). */
export const MAX_QUEUED = 10_000;

/**
 * Where an attached stream sends its payloads instead of yielding them: one subscription of one
 * connection (src/graphql/shared-subscribe.ts). Members of an audience with the same `renderKey`
 * render each payload once between them.
 */
export interface PayloadSink<R = unknown> {
  readonly renderKey: string;
  /** The payload as sent (executed and serialized). */
  render(payload: object): Promise<R>;
  /** Sends what `render` made; false when the connection is too far behind to take it. */
  send(rendered: R): boolean;
}

/** A subscription's stream as its audience sees it. */
export interface AudienceMember {
  /** Where its payloads go (set before it joins). */
  readonly sink?: PayloadSink;
  readonly isClosed: boolean;
  /** Whether the event `id` is its to receive (open, not failed, above its cursor). */
  wants(id: bigint): boolean;
  /** The payload of `event` for the members' viewer; retried while `wanted` (transient errors only). */
  deliver(event: OutboxEvent, wanted: () => boolean): Promise<unknown>;
  /** Ends it with `error`. */
  fail(error: Error): void;
  close(): void;
}

/** How a subscriber that fell behind (queue or connection) fails: it resubscribes with afterEventId. */
export const tooFarBehind = () =>
  new AppError(ErrorCode.CONFLICT, "This subscriber fell too far behind; subscribe again with afterEventId");

/**
 * The caught-up attached streams of one audience and scope: one dispatcher sink between them.
 * Each live event is resolved once (by any member: they are alike), rendered once per sink key,
 * and written to every member in one loop. Events are delivered one at a time, in id order; a
 * member takes only events above its cursor (set when it joined), so nothing it delivered itself
 * comes twice and nothing dispatched before it joined comes at all.
 */
export class Audience implements EventSink {
  /** The members by their sink's `renderKey`: each group renders an event once. */
  private readonly groups = new Map<string, Set<AudienceMember>>();
  private count = 0;
  private readonly queue: OutboxEvent[] = [];
  private running = false;
  private unsubscribe = (): void => undefined;

  private constructor(
    private readonly registry: Map<string, Audience>,
    private readonly key: string,
    /** Whether an event is in the members' scope (they share one). */
    private readonly matches: (event: OutboxEvent) => boolean,
    private readonly events: EventDispatcher,
  ) {}

  /** The audience `key` of `events`, made on first use. */
  static of(events: EventDispatcher, key: string, matches: (event: OutboxEvent) => boolean): Audience {
    let registry = audiences.get(events);
    if (!registry) audiences.set(events, (registry = new Map<string, Audience>()));
    let audience = registry.get(key);
    if (!audience) registry.set(key, (audience = new Audience(registry, key, matches, events)));
    return audience;
  }

  get size(): number {
    return this.count;
  }

  /** Adds a caught-up attached stream; the first one registers the audience with the dispatcher (a stopped one closes it at once). */
  join(stream: AudienceMember): void {
    const renderKey = stream.sink!.renderKey;
    let group = this.groups.get(renderKey);
    if (!group) this.groups.set(renderKey, (group = new Set()));
    group.add(stream);
    if (++this.count === 1) this.unsubscribe = this.events.subscribe(this);
  }

  leave(stream: AudienceMember): void {
    const renderKey = stream.sink!.renderKey;
    const group = this.groups.get(renderKey);
    if (!group?.delete(stream)) return;
    if (group.size === 0) this.groups.delete(renderKey);
    if (--this.count > 0) return;
    this.unsubscribe();
    this.queue.length = 0;
    if (this.registry.get(this.key) === this) this.registry.delete(this.key);
  }

  accept(event: OutboxEvent): void {
    if (!this.matches(event)) return;
    if (this.queue.length >= MAX_QUEUED) {
      for (const member of this.members()) member.fail(tooFarBehind());
      return;
    }
    this.queue.push(event);
    if (!this.running) void this.run();
  }

  close(): void {
    for (const member of this.members()) member.close();
  }

  /** Every member, as a list (failing or closing one changes the groups). */
  private members(): AudienceMember[] {
    return [...this.groups.values()].flatMap((group) => [...group]);
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      for (let event = this.queue.shift(); event && this.count > 0; event = this.queue.shift()) await this.deliver(event);
    } finally {
      this.running = false;
    }
  }

  private async deliver(event: OutboxEvent): Promise<void> {
    // Any member resolves it for all: they are alike.
    const first = this.groups.values().next().value?.values().next().value;
    if (!first) return;
    const id = BigInt(event.id);
    let payload: unknown;
    try {
      payload = await first.deliver(event, () => this.count > 0);
    } catch (error) {
      for (const member of this.members()) if (member.wants(id)) member.fail(error as Error);
      return;
    }
    if (typeof payload !== "object" || payload === null) return;
    // Members that joined while it resolved have a cursor at or above it, and skip it.
    const renderings: [AudienceMember[], Promise<{ value: unknown } | { error: Error }>][] = [];
    for (const group of this.groups.values()) {
      const due = [...group].filter((member) => member.wants(id));
      if (due.length === 0) continue;
      const rendering = due[0].sink!.render(payload).then(
        (value) => ({ value }),
        (error: Error) => ({ error }),
      );
      renderings.push([due, rendering]);
    }
    // One loop per group: the frame is the same for each of its members but for the subscription's id.
    for (const [due, rendering] of renderings) {
      const outcome = await rendering;
      for (const member of due) {
        if (member.isClosed) continue;
        if ("error" in outcome) member.fail(outcome.error);
        else if (!member.sink!.send(outcome.value)) member.fail(tooFarBehind());
      }
    }
  }
}

/** The audiences of each dispatcher (an app has one; tests start several in one process). */
const audiences = new WeakMap<EventDispatcher, Map<string, Audience>>();
