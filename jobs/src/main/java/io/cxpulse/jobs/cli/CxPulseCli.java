package io.cxpulse.jobs.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/** The {@code bin/cx-pulse} command line: one sub-command per task. */
public final class CxPulseCli {

    /** A sub-command; returns the process exit code. */
    interface Command {
        int run(String[] args) throws Exception;
    }

    static final String USAGE = """
            Usage: cx-pulse <command> [options]

            Commands:
              demo [--follow] [--replay-seconds N] [--sample-data DIR]
                                               run the whole job on an in-process Kafka broker
                                               with the sample data, then print a summary
              backfill --input DIR --output DIR [--key value ...]
                                               run the job over JSONL files in batch mode
              run --config FILE [--from-savepoint PATH] [--key value ...]
                                               run the production job, Kafka in and out;
                                               resumes from its latest checkpoint or savepoint
              stop --config FILE [--drain] [--key value ...]
                                               stop that run with a savepoint; print its path
              topics --create|--check [--partitions N] [--replication.factor N]
                     [--config FILE] [--key value ...]
                                               create the job's missing Kafka topics, or check
                                               them against the plan in docs/deploy.md
              score [--language auto|en|he] [--lexicon FILE] [--eval FILE]
                                               score one text per stdin line, JSON per line out;
                                               --eval prints accuracy, macro-F1 and confusion
                                               for a label<TAB>text file
              sample [--output DIR] [--seed N] write the deterministic sample data
              replay --bootstrap.servers HOST:PORT [--sample-data DIR] [--replay-seconds N]
                     [--config FILE] [--key value ...]
                                               replay the sample data into the input topics of
                                               a Kafka cluster, paced over N seconds (60)
              bench [--records N] [--customers C] [--runs R] [--parallelism P]
                    [--state-backend hashmap|rocksdb|both] [--profile] [--<setting> VALUE]...
                                               Kafka-to-Kafka throughput against a passthrough
                                               with production-like input (4,000,000 records,
                                               50,000 customers, 2 runs, both backends); any
                                               other --key value is a job setting for the runs
              alert-bench [--rate N] [--seconds S] [--warmup W] [--parallelism P] [--customers C]
                                               alert latency, event sent to alert readable
              help                             print this help

            Settings (for run and backfill) are listed in docs/configuration.md.
            """;

    private CxPulseCli() {}

    public static void main(String[] args) throws java.io.IOException {
        RunTempFolder.install();
        System.exit(run(args, System.err));
    }

    static int run(String[] args, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        Map<String, Command> commands = Map.of(
                "demo", DemoCommand::run,
                "backfill", BackfillCommand::run,
                "run", RunCommand::run,
                "topics", TopicsCommand::run,
                "stop", StopCommand::run,
                "score", ScoreCommand::run,
                "sample", SampleCommand::run,
                "replay", ReplayCommand::run,
                "bench", BenchCommand::run,
                "alert-bench", AlertBenchCommand::run);
        String name = args[0];
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            System.out.print(USAGE);
            return 0;
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println("cx-pulse: unknown command \"" + name + "\"");
            err.print(USAGE);
            return 2;
        }
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length));
        } catch (UsageException | IllegalArgumentException e) {
            err.println("cx-pulse " + name + ": " + e.getMessage());
            err.println("Run 'cx-pulse help' for usage.");
            return 2;
        } catch (Exception e) {
            err.println("cx-pulse " + name + " failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }
}
