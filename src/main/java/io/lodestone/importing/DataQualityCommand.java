package io.lodestone.importing;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints the data-quality report of import files without touching any database: the format
 * problems if there are any, else the findings counted by class, the entities with most findings
 * and every finding with its {@code file:line}. Exit code 0 when nothing is wrong (warnings only),
 * 1 on errors. Runs without Spring:
 * {@code java -cp target/lodestone-*.jar -Dloader.main=io.lodestone.importing.DataQualityCommand
 * org.springframework.boot.loader.launch.PropertiesLauncher --import-dir import}
 */
@Command(name = "data-quality", mixinStandardHelpOptions = true,
        description = "Checks the import files and prints the data-quality report (docs/data-quality.md).")
public final class DataQualityCommand implements Callable<Integer> {

    @Option(names = "--import-dir", defaultValue = "import", description = "the import files; default ${DEFAULT-VALUE}")
    Path importDirectory;

    @Option(names = "--offenders", defaultValue = "10", description = "how many worst offenders to list; default ${DEFAULT-VALUE}")
    int offenders;

    private final PrintStream out;

    DataQualityCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DataQualityCommand(System.out)).execute(args));
    }

    @Override
    public Integer call() {
        try {
            ImportValidator.validate(importDirectory, ImportValidator.DEFAULT_MAX_FILE_BYTES);
        } catch (ImportRejectedException e) {
            out.println("The files do not pass the format checks; fix these first:");
            e.problems().forEach(problem -> out.println("  " + problem));
            return 1;
        }
        DataQuality.Report report = DataQuality.check(importDirectory);
        out.println("Data quality of " + importDirectory.toAbsolutePath().normalize());
        out.println();
        out.println("Findings by class:");
        for (DataQuality.Check check : DataQuality.Check.values()) {
            out.printf("  %-28s %-7s %d%n", check.label(), check.severity().name().toLowerCase(java.util.Locale.ROOT),
                    report.counts().get(check.label()));
        }
        out.println();
        out.println("Worst offenders (entities with most findings):");
        for (Map.Entry<String, Integer> offender : report.worstOffenders(offenders)) {
            out.printf("  %-50s %d%n", offender.getKey(), offender.getValue());
        }
        out.println();
        report.findings().forEach(finding -> out.println("  " + finding.check().severity().name().toLowerCase(java.util.Locale.ROOT)
                + " " + finding.problem()));
        return report.errors().isEmpty() ? 0 : 1;
    }
}
