package org.dateline.cli;

import org.dateline.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code dateline}: the command line. Each sub-command is a class of its own. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "Dateline 0.1.0",
        description = "Turns a stream of news reports into stories: grouped, deduplicated, ranked and explained.",
        subcommands = {DemoCommand.class, IngestCommand.class, StoriesCommand.class, StoryCommand.class,
                SearchCommand.class, EntityCommand.class, ExplainCommand.class, AnalyzeCommand.class, OutletsCommand.class, ServeCommand.class, KafkaCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class DatelineCli {

    /** Held so the setting is not garbage-collected with the logger. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        // Lucene announces its vector set-up at INFO on every start; users need not see it.
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code; used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new DatelineCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Errors a user can act on get one sentence, not a stack trace.
            if (ex instanceof StoreException || ex instanceof IllegalArgumentException
                    || ex instanceof java.io.UncheckedIOException || ex instanceof org.dateline.opensearch.ClusterException) {
                commandLine.getErr().println("dateline: " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
