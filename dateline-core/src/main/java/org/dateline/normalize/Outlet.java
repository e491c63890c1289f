package org.dateline.normalize;

import java.util.List;

/**
 * An entry of the outlet registry.
 *
 * @param id            short stable id, e.g. {@code tass}
 * @param name          display name, e.g. {@code TASS}
 * @param domains       web domains without {@code www.}
 * @param agencyMarkers how a wire dateline names it, e.g. {@code TASS}, {@code ТАСС}, {@code Reuters}
 * @param country       ISO 3166 code, or null
 * @param language      main language, or null
 * @param type          state-owned, public-broadcaster, independent, agency, channel, aggregator
 * @param owner         owner where public, or null
 * @param groups        user-defined groups, e.g. "Russian state media"
 * @param telegram      Telegram channel names of a channel outlet
 */
public record Outlet(String id, String name, List<String> domains, List<String> agencyMarkers, String country,
                     String language, String type, String owner, List<String> groups, List<String> telegram) {

    public Outlet {
        domains = domains == null ? List.of() : List.copyOf(domains);
        agencyMarkers = agencyMarkers == null ? List.of() : List.copyOf(agencyMarkers);
        groups = groups == null ? List.of() : List.copyOf(groups);
        telegram = telegram == null ? List.of() : List.copyOf(telegram);
    }

    /** An outlet known only by its web host: recorded so it can be described later. */
    public static Outlet unknownHost(String host) {
        return new Outlet(host, host, List.of(host), List.of(), null, null, null, null, List.of(), List.of());
    }
}
