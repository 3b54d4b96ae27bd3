/** One dispatched server-sent event. */
export interface SSEEvent {
  /** The `event` field; "message" when the stream gave none, as the HTML standard says. */
  event: string;
  /** Every `data` line of the event, joined with "\n". */
  data: string;
  /** The last event ID in force when this event was dispatched (`id` persists across events). */
  id: string | undefined;
  /** The last reconnection time (`retry`, milliseconds) the stream announced so far. */
  retry: number | undefined;
}
