package org.dateline.cli;

import org.dateline.Config;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Options every command shares: where the data lives, and settings overrides. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "dateline-data",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a setting of dateline.properties, e.g. --set story.join.threshold=0.3")
    Map<String, String> overrides = new LinkedHashMap<>();

    Config config() {
        return Config.load(data, overrides);
    }
}
