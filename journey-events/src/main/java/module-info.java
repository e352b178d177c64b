/**
 * JourneyKit events: customer event logs (CSV, JSON Lines, XES; gzip) read by streaming and
 * replayed through a journey map into an {@code ObservedJourney}. Start from
 * {@link dev.journeykit.events.EventLogs} (files) or {@link dev.journeykit.events.EventSink}
 * (events an application feeds one at a time).
 */
module dev.journeykit.events {
    requires transitive dev.journeykit.core;
    requires java.xml;
    requires com.fasterxml.jackson.core;

    exports dev.journeykit.events;
}
